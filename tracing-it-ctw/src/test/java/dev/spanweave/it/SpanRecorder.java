package dev.spanweave.it;

import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;

/** Shorthands over the test kit's extension for this suite's assertions. */
final class SpanRecorder {

  private final SpanweaveExtension spans;

  SpanRecorder(SpanweaveExtension spans) {
    this.spans = spans;
  }

  OpenTelemetry sdk() {
    return spans.openTelemetry();
  }

  List<SpanData> spans() {
    return spans.spans();
  }

  SpanData only() {
    List<SpanData> all = spans();
    if (all.size() != 1) {
      throw new AssertionError("expected exactly one span, got " + all);
    }
    return all.get(0);
  }

  SpanData named(String name) {
    return spans.span(name);
  }

  static boolean noSpanIsCurrent() {
    return !Span.current().getSpanContext().isValid() && Context.current() == Context.root();
  }
}
