package dev.spanweave.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class WithSpanHandoverTest {

  private static final String PRESENT = WithSpanHandoverTest.class.getName();

  private static StandardEnvironment environment(Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("application", properties));
    return environment;
  }

  @Test
  void withOpenTelemetrysStarterItsWithSpanAspectIsOffByDefault() {
    StandardEnvironment environment = environment(Map.of());
    new WithSpanHandover(PRESENT).postProcessEnvironment(environment, null);

    assertThat(environment.getProperty(WithSpanHandover.PROPERTY)).isEqualTo("false");
  }

  @Test
  void theApplicationsOwnSettingWins() {
    StandardEnvironment environment = environment(Map.of(WithSpanHandover.PROPERTY, "true"));
    new WithSpanHandover(PRESENT).postProcessEnvironment(environment, null);

    assertThat(environment.getProperty(WithSpanHandover.PROPERTY)).isEqualTo("true");
  }

  @Test
  void nothingChangesWhenSpanweaveIsDisabledOrTheStarterIsAbsent() {
    StandardEnvironment disabled = environment(Map.of("spanweave.enabled", "false"));
    new WithSpanHandover(PRESENT).postProcessEnvironment(disabled, null);
    StandardEnvironment absent = environment(Map.of());
    new WithSpanHandover("no.such.Starter").postProcessEnvironment(absent, null);

    assertThat(disabled.getProperty(WithSpanHandover.PROPERTY)).isNull();
    assertThat(absent.getProperty(WithSpanHandover.PROPERTY)).isNull();
  }
}
