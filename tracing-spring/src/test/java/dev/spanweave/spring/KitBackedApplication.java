package dev.spanweave.spring;

import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

/**
 * A Spring Boot application test whose {@code OpenTelemetry} bean is the test kit's SDK, as the
 * README shows: every span of the application (Boot's HTTP spans, spanweave's) lands in {@link
 * #spans}, every request sampled, and no metrics pushed anywhere. Subclasses name {@link Spans}
 * among their {@code @SpringBootTest} classes.
 */
@TestPropertySource(properties = {
  "management.tracing.sampling.probability=1.0",
  "management.otlp.metrics.export.enabled=false"
})
public abstract class KitBackedApplication {

  /** The spans of the application under test. */
  @RegisterExtension protected static final SpanweaveExtension spans = SpanweaveExtension.create();

  /** The test kit's SDK as the application's OpenTelemetry. */
  @TestConfiguration
  public static class Spans {
    @Bean
    OpenTelemetry openTelemetry() {
      return spans.openTelemetry();
    }
  }

  /** The port of the application's embedded server. */
  @LocalServerPort protected int port;
}
