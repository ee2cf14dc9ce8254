package dev.spanweave.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.spring.versions.BootVersionContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

/** tracing-spring's auto-configuration in Spring Boot 3.5.7 contexts. */
class Boot3Test extends BootVersionContract {

  @Test
  void runsOnSpringBoot35() {
    assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
  }
}
