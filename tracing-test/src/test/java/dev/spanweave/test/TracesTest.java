package dev.spanweave.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code traces()} prints every attribute and event in the notation assertions read. */
class TracesTest {

  @RegisterExtension
  static final SpanweaveExtension spans = SpanweaveExtension.create();

  private final Tracer tracer = GlobalOpenTelemetry.getTracer("traces");

  @Test
  void everyTypeIsSpelledAsItReadsBack() {
    Span root = tracer.spanBuilder("checkout").setSpanKind(SpanKind.SERVER).startSpan();
    try (Scope ignored = root.makeCurrent()) {
      tracer.spanBuilder("price")
          .setAttribute("a.string", "3")
          .setAttribute("b.plain", "ada lovelace")
          .setAttribute("c.long", 3L)
          .setAttribute("d.double", 2.0)
          .setAttribute("e.boolean", "true")
          .setAttribute(AttributeKey.stringArrayKey("f.strings"), List.of("a, b", "c"))
          .setAttribute(AttributeKey.doubleArrayKey("g.doubles"), List.of(1.5, 2.0))
          .setAttribute(AttributeKey.booleanArrayKey("h.booleans"), List.of(true))
          .setAttribute("i.star", "*")
          .startSpan().end();
      tracer.spanBuilder("pay").setSpanKind(SpanKind.CLIENT).startSpan()
          .addEvent("retry").end();
    } finally {
      root.end();
    }
    Span other = tracer.spanBuilder("nightly-job").startSpan();
    other.end();

    String printed = """
        checkout  [SERVER]
        ├─ price
        │     a.string = "3"
        │     b.plain = ada lovelace
        │     c.long = 3
        │     d.double = 2.0
        │     e.boolean = "true"
        │     f.strings = ["a, b", c]
        │     g.doubles = [1.5, 2.0]
        │     h.booleans = [true]
        │     i.star = "*"
        └─ pay  [CLIENT]
              event retry

        nightly-job
        """;
    assertThat(spans.traces()).isEqualTo(printed);
    // and what it prints is what it asserts
    spans.assertTraces(printed, dev.spanweave.test.tree.TreeMatch.EXACT);
  }
}
