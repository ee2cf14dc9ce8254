package dev.spanweave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.Spanweave;
import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bad value on a hot path is reported once at WARN, never per call, and never to the caller. */
class ProblemsReportedOnceTest {

  static class Service {
    @TracedSpan
    String save(@SpanAttribute("order") Object order) {
      return "saved";
    }
  }

  static final class BrokenOrder {
    @Override
    public String toString() {
      throw new IllegalStateException("lazy collection not initialised");
    }
  }

  private final PrintStream originalErr = System.err;

  @AfterEach
  void restore() {
    System.setErr(originalErr);
    Spanweave.useGlobalOpenTelemetry();
  }

  @Test
  void aThrowingToStringIsLoggedOnceWithTheMethodAndTheKey() throws Exception {
    Spanweave.useOpenTelemetry(OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(InMemorySpanExporter.create()))
            .build())
        .build());
    MethodTrace trace = MethodTraces.describe(
        Service.class.getDeclaredMethod("save", Object.class), null);
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));

    for (int i = 0; i < 100; i++) {
      Span span = trace.start(TracerHolder.tracer(), new BrokenOrder(), null, null);
      assertThat(span).isNotNull();
      assertThat(trace.returned(span, "saved")).isEqualTo("saved");
    }

    String log = captured.toString(StandardCharsets.UTF_8);
    long warnings = Arrays.stream(log.split("\n")).filter(line -> line.contains("WARN")).count();
    assertThat(warnings).isEqualTo(1);
    assertThat(log)
        .contains("dev.spanweave")
        .contains("could not record the argument of "
            + "dev.spanweave.internal.ProblemsReportedOnceTest$Service.save as attribute 'order'")
        .contains("lazy collection not initialised")
        .contains("the call is not affected");
  }
}
