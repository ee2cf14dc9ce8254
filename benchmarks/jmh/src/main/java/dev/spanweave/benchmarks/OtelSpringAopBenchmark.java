package dev.spanweave.benchmarks;

import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.WithSpanGreeter;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.spring.autoconfigure.internal.instrumentation.annotations.InstrumentationAnnotationsAutoConfiguration;
import java.lang.reflect.Method;

/**
 * OpenTelemetry's {@code @WithSpan} through the aspect of its Spring Boot starter, built by the
 * starter's own configuration method (package-private, hence the reflection, once per setup).
 */
public class OtelSpringAopBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    return SpringAop.proxy(new WithSpanGreeter(), withSpanAspect(openTelemetry));
  }

  private static Object withSpanAspect(OpenTelemetry openTelemetry) {
    try {
      Method factory =
          InstrumentationAnnotationsAutoConfiguration.class.getDeclaredMethod(
              "otelInstrumentationWithSpanAspect", OpenTelemetry.class);
      factory.setAccessible(true);
      return factory.invoke(new InstrumentationAnnotationsAutoConfiguration(), openTelemetry);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("OpenTelemetry's WithSpanAspect is not where expected", e);
    }
  }
}
