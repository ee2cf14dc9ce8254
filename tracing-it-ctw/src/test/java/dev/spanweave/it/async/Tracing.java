package dev.spanweave.it.async;

import dev.spanweave.Spanweave;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.testing.time.TestClock;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;

/** An SDK for one test: in-memory exporter, a clock the work advances by hand. */
final class Tracing {

  final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  final TestClock clock = TestClock.create();
  final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder()
          .setClock(clock)
          .addSpanProcessor(SimpleSpanProcessor.create(exporter))
          .build())
      .build();

  Tracing() {
    Spanweave.useOpenTelemetry(sdk);
  }

  List<SpanData> spans() {
    return exporter.getFinishedSpanItems();
  }

  SpanData span(String name) {
    return spans().stream().filter(s -> s.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no ended span " + name + " in " + spans()));
  }

  /**
   * Waits until {@code count} spans have ended. A caller woken by {@code join()} may run before
   * the future's other callbacks, spanweave's included, so "ended" can trail "completed" a little.
   */
  List<SpanData> awaitSpans(int count) throws InterruptedException {
    for (int i = 0; i < 1000 && spans().size() < count; i++) {
      Thread.sleep(10);
    }
    return spans();
  }

  static boolean hasCurrentSpan() {
    return Span.current().getSpanContext().isValid();
  }
}
