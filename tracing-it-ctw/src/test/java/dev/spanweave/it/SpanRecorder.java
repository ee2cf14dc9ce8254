package dev.spanweave.it;

import dev.spanweave.Spanweave;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Installs an SDK with an in-memory exporter for spanweave around each test. */
final class SpanRecorder implements BeforeEachCallback, AfterEachCallback {

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private OpenTelemetrySdk sdk;

  @Override
  public void beforeEach(ExtensionContext context) {
    sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter))
            .build())
        .build();
    Spanweave.useOpenTelemetry(sdk);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Spanweave.useGlobalOpenTelemetry();
    sdk.close();
    exporter.reset();
  }

  OpenTelemetrySdk sdk() {
    return sdk;
  }

  List<SpanData> spans() {
    return exporter.getFinishedSpanItems();
  }

  SpanData only() {
    List<SpanData> spans = spans();
    if (spans.size() != 1) {
      throw new AssertionError("expected exactly one span, got " + spans);
    }
    return spans.get(0);
  }

  SpanData named(String name) {
    return spans().stream().filter(s -> s.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no span named " + name + " in " + spans()));
  }

  static boolean noSpanIsCurrent() {
    return !Span.current().getSpanContext().isValid() && Context.current() == Context.root();
  }
}
