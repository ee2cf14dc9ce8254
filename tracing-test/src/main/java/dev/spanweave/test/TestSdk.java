package dev.spanweave.test;

import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/**
 * The one SDK of the test JVM. One instance for all test classes, so that a tracer a class under
 * test keeps in a static field (obtained from the global instance during an earlier test class)
 * still reports to the exporter the current test reads.
 */
final class TestSdk {

  static final TestSdk INSTANCE = new TestSdk();

  final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  final SpanTracker tracker = new SpanTracker();
  final SwitchableClock clock = new SwitchableClock();
  final OpenTelemetrySdk openTelemetry;

  private TestSdk() {
    SdkTracerProvider tracerProvider =
        SdkTracerProvider.builder()
            .setClock(clock)
            // exporter first: the tracker wakes waiters, who must find the span already exported
            .addSpanProcessor(SimpleSpanProcessor.create(exporter))
            .addSpanProcessor(tracker)
            .build();
    openTelemetry =
        OpenTelemetrySdk.builder()
            .setTracerProvider(tracerProvider)
            .setPropagators(
                ContextPropagators.create(
                    TextMapPropagator.composite(
                        W3CTraceContextPropagator.getInstance(),
                        W3CBaggagePropagator.getInstance())))
            .build();
  }

  /** Forgets the spans of earlier tests. */
  void reset() {
    exporter.reset();
    tracker.reset();
  }
}
