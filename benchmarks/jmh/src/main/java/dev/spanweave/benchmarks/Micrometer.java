package dev.spanweave.benchmarks;

import io.micrometer.common.annotation.ValueExpressionResolver;
import io.micrometer.common.annotation.ValueResolver;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.OpenTelemetry;
import java.util.List;
import java.util.function.Function;

/** Micrometer Tracing on the same OpenTelemetry instance, through its OpenTelemetry bridge. */
final class Micrometer {

  private Micrometer() {}

  static Tracer tracer(OpenTelemetry openTelemetry) {
    OtelCurrentTraceContext context = new OtelCurrentTraceContext();
    return new OtelTracer(
        openTelemetry.getTracer("micrometer"),
        context,
        event -> {},
        new OtelBaggageManager(context, List.of(), List.of()));
  }

  /** A registry whose only handler turns observations into spans (no metrics). */
  static ObservationRegistry tracingRegistry(OpenTelemetry openTelemetry) {
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(
        new DefaultTracingObservationHandler(tracer(openTelemetry)));
    return registry;
  }

  /** The fixtures use neither custom resolvers nor expressions: values come from toString(). */
  static final Function<Class<? extends ValueResolver>, ? extends ValueResolver> NO_RESOLVERS =
      type -> {
        throw new UnsupportedOperationException("no ValueResolver " + type);
      };

  static final Function<Class<? extends ValueExpressionResolver>, ? extends ValueExpressionResolver>
      NO_EXPRESSIONS =
          type -> {
            throw new UnsupportedOperationException("no ValueExpressionResolver " + type);
          };
}
