package dev.spanweave.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import dev.spanweave.test.SpanweaveExtension;
import dev.spanweave.test.SpanweaveTest;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;

/** tracing-test-spring on Spring Boot 3.5.7 (Spring Framework 6.2): the same zero set-up. */
@SpringBootTest(classes = Boot3SpanweaveTestTest.App.class)
@SpanweaveTest
class Boot3SpanweaveTestTest {

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    @Bean
    Orders orders() {
      return new Orders();
    }
  }

  public static class Orders {
    @TracedSpan("orders.place")
    public String place(@SpanAttribute("app.order") String order) {
      return order;
    }
  }

  @Autowired OpenTelemetry openTelemetry;
  @Autowired Orders orders;

  @Test
  void theApplicationsOpenTelemetryIsTheKits(SpanweaveExtension spans) {
    assertThat(openTelemetry.getClass().getName())
        .isEqualTo("dev.spanweave.test.spring.CapturedOpenTelemetry");

    orders.place("o-1");

    spans.assertTrace("""
        orders.place
           app.order = o-1
        """, dev.spanweave.test.tree.TreeMatch.EXACT);
  }
}
