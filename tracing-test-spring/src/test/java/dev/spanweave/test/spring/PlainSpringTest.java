package dev.spanweave.test.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.test.SpanweaveTest;
import io.opentelemetry.api.OpenTelemetry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** Any Spring test context gets the bean, not only Spring Boot's; classes without the kit do not. */
@SpringJUnitConfig(PlainSpringTest.Empty.class)
@SpanweaveTest
class PlainSpringTest {

  @Configuration
  static class Empty {}

  @Autowired OpenTelemetry openTelemetry;

  @Test
  void theOnlyOpenTelemetryBeanIsTheKits() {
    assertThat(openTelemetry).isInstanceOf(CapturedOpenTelemetry.class);
  }

  @Test
  void onlyTestClassesThatUseTheKit() {
    CapturedSpansCustomizerFactory factory = new CapturedSpansCustomizerFactory();
    assertThat(factory.createContextCustomizer(SharedContexts.class, List.of())).isNull();
    // equal customizers: one cached context per configuration
    assertThat(factory.createContextCustomizer(PlainSpringTest.class, List.of()))
        .isEqualTo(factory.createContextCustomizer(SecondClassTest.class, List.of()))
        .isNotNull();
  }
}
