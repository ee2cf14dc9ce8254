package dev.spanweave.benchmarks;

import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.ObservedGreeter;
import io.micrometer.observation.aop.ObservationKeyValueAnnotationHandler;
import io.micrometer.observation.aop.ObservedAspect;
import io.opentelemetry.api.OpenTelemetry;

/** Micrometer's {@code @Observed} through its ObservedAspect, spans via the OpenTelemetry bridge. */
public class MicrometerObservedBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    ObservedAspect aspect = new ObservedAspect(Micrometer.tracingRegistry(openTelemetry));
    aspect.setObservationKeyValueAnnotationHandler(
        new ObservationKeyValueAnnotationHandler(Micrometer.NO_RESOLVERS, Micrometer.NO_EXPRESSIONS));
    return SpringAop.proxy(new ObservedGreeter(), aspect);
  }
}
