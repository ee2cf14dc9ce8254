package dev.spanweave.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.Spanweave;
import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.Test;

class SmokeTest {
  static class Svc {
    @TracedSpan
    String hello(@SpanAttribute String who, @SpanAttribute("n") int n) {
      Span.current().setAttribute("inner", true);
      return who + n;
    }
  }

  @Test
  void works() {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    Spanweave.useOpenTelemetry(OpenTelemetrySdk.builder().setTracerProvider(
        SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()).build());
    assertThat(new Svc().hello("x", 3)).isEqualTo("x3");
    System.out.println(exporter.getFinishedSpanItems());
    assertThat(exporter.getFinishedSpanItems()).hasSize(1);
  }
}
