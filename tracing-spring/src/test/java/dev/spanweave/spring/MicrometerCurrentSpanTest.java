package dev.spanweave.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.internal.SpanContexts;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With the bridge's key registered, Micrometer Tracing sees a traced call's span as current
 * inside a scope the bridge opened; a context made with OpenTelemetry's API alone is not seen.
 */
class MicrometerCurrentSpanTest {

  private final Tracer otel = SdkTracerProvider.builder().build().get("test");
  private final OtelCurrentTraceContext current = new OtelCurrentTraceContext();
  private final OtelTracer micrometer = new OtelTracer(
      otel, current, event -> {}, new OtelBaggageManager(current, List.of(), List.of()));

  @Test
  void theBridgeSeesTheTracedCallsSpanInsideAScopeItOpened() {
    MicrometerCurrentSpan.register();
    io.micrometer.tracing.Span server = micrometer.nextSpan().name("server").start();
    try (OtelTracer.SpanInScope inServer = micrometer.withSpan(server)) {
      Span call = otel.spanBuilder("call").startSpan();

      try (Scope inCall = SpanContexts.with(Context.current(), call).makeCurrent()) {
        assertThat(micrometer.currentSpan().context().spanId())
            .isEqualTo(call.getSpanContext().getSpanId());
      }
      try (Scope plain = Context.current().with(call).makeCurrent()) {
        assertThat(micrometer.currentSpan().context().spanId())
            .as("the bridge's record wins over a span made current with OpenTelemetry's API")
            .isEqualTo(server.context().spanId());
      }
      call.end();
    } finally {
      server.end();
      SpanContexts.clear(null);
    }
  }
}
