package dev.spanweave.it;

import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.instrumentation.annotations.AddingSpanAttributes;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;

/** Code written for the OpenTelemetry agent, woven by spanweave instead. */
class OpenTelemetryFixtures {

  @WithSpan
  String plain() {
    return "p";
  }

  @WithSpan(value = "otel.named", kind = SpanKind.CLIENT)
  String named(@SpanAttribute("otel.key") String key, @SpanAttribute long amount) {
    return key + amount;
  }

  @WithSpan(inheritContext = false)
  void root() {}

  @WithSpan("outer.with-span")
  void callsAdding(String order) {
    adding(order, 3);
  }

  @AddingSpanAttributes
  void adding(@SpanAttribute("order.id") String order, @SpanAttribute("order.items") int items) {}

  @TracedSpan("both.annotations")
  @WithSpan("ignored.name")
  String both(@dev.spanweave.annotations.SpanAttribute("mine") String mine,
      @SpanAttribute("theirs") String theirs) {
    return mine + theirs;
  }
}
