package dev.spanweave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Micrometer Tracing's OpenTelemetry bridge sees a traced call's span as current, although the
 * call was made in a scope the bridge opened (which records the bridge's own current span in the
 * context).
 */
class SpanContextsTest {

  private final SdkTracerProvider provider = SdkTracerProvider.builder().build();
  private final io.opentelemetry.api.trace.Tracer otel = provider.get("test");
  private final OtelCurrentTraceContext current = new OtelCurrentTraceContext();
  private final OtelTracer micrometer = new OtelTracer(
      otel, current, event -> {}, new OtelBaggageManager(current, List.of(), List.of()));

  @Test
  void theBridgeSeesTheTracedCallsSpanInsideAScopeItOpened() {
    io.micrometer.tracing.Span server = micrometer.nextSpan().name("server").start();
    try (OtelTracer.SpanInScope inServer = micrometer.withSpan(server)) {
      Span call = otel.spanBuilder("call").startSpan();

      try (Scope inCall = SpanContexts.with(Context.current(), call).makeCurrent()) {
        assertThat(micrometer.currentSpan().context().spanId())
            .isEqualTo(call.getSpanContext().getSpanId());
      }
      try (Scope plain = Context.current().with(call).makeCurrent()) {
        assertThat(micrometer.currentSpan().context().spanId())
            .as("what the bridge sees without SpanContexts: the scope's span, not the call's")
            .isEqualTo(server.context().spanId());
      }
      call.end();
    }
    server.end();
  }

  @Test
  void outsideTheBridgesScopesTheContextIsTheParentWithTheSpan() {
    Span call = otel.spanBuilder("call").startSpan();

    Context context = SpanContexts.with(Context.root(), call);

    assertThat(Span.fromContext(context)).isSameAs(call);
    assertThat(context.toString()).isEqualTo(Context.root().with(call).toString());
    call.end();
  }
}
