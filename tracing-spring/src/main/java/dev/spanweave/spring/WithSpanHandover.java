package dev.spanweave.spring;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * With OpenTelemetry's Spring Boot starter on the class path, spanweave takes over its
 * {@code @WithSpan} aspect's job: the aspect's default becomes off, so that a {@code @WithSpan}
 * method gets one span, spanweave's, whether its class is woven or proxied. A default only: an
 * application that sets {@code otel.instrumentation.annotations.enabled} itself decides, and
 * {@code spanweave.enabled=false} leaves the starter's default alone.
 */
final class WithSpanHandover implements EnvironmentPostProcessor, Ordered {

  static final String PROPERTY = "otel.instrumentation.annotations.enabled";

  private static final String OTEL_ASPECT =
      "io.opentelemetry.instrumentation.spring.autoconfigure.internal.instrumentation.annotations"
          + ".InstrumentationAnnotationsAutoConfiguration";

  private final String otelAspect;

  WithSpanHandover() {
    this(OTEL_ASPECT);
  }

  /** For tests: the class whose presence means OpenTelemetry's starter is there. */
  WithSpanHandover(String otelAspect) {
    this.otelAspect = otelAspect;
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!ClassUtils.isPresent(otelAspect, WithSpanHandover.class.getClassLoader())
        || !environment.getProperty("spanweave.enabled", Boolean.class, true)) {
      return;
    }
    environment.getPropertySources().addLast(
        new MapPropertySource("spanweave-takes-over-withspan", Map.of(PROPERTY, "false")));
  }

  @Override
  public int getOrder() {
    // after the application's own configuration files are read
    return Ordered.LOWEST_PRECEDENCE;
  }
}
