package dev.spanweave.spring.boot41;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.spring.versions.BootVersionContract;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

/**
 * tracing-spring's auto-configuration in Spring Boot 4.1.2 contexts, on the OpenTelemetry version
 * Boot manages.
 */
class Boot41Test extends BootVersionContract {

  @Test
  void runsOnSpringBoot41WithItsOpenTelemetry() {
    assertThat(SpringBootVersion.getVersion()).startsWith("4.1.");
    // the API Boot 4.1.2 manages, not the newer one spanweave is built against
    assertThat(OpenTelemetry.class.getPackage().getImplementationVersion()).isEqualTo("1.62.0");
  }
}
