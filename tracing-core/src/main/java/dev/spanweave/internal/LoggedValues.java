package dev.spanweave.internal;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import java.util.concurrent.TimeUnit;

/**
 * Renders argument values for span log lines through the very code that records them as
 * attributes, {@link AttributeWriter#write}: whatever that applies to a value (type mapping,
 * element caps, and any redaction or length limit) applies to a logged value too.
 */
final class LoggedValues {

  private LoggedValues() {}

  /** {@code value} as {@code writer} would record it, as text; {@code null} for no value. */
  static String render(AttributeWriter writer, Object value) {
    Captured captured = new Captured();
    // a toString() that calls traced code runs it untraced, as when recording the attribute
    Rendering rendering = Rendering.enter();
    try {
      writer.write(captured, value);
    } finally {
      rendering.depth--;
    }
    return captured.value == null ? null : String.valueOf(captured.value);
  }

  /** A span that only remembers the last attribute value written to it. */
  private static final class Captured implements Span {
    Object value;

    @Override
    public <T> Span setAttribute(AttributeKey<T> key, T value) {
      this.value = value;
      return this;
    }

    @Override
    public Span addEvent(String name, Attributes attributes) {
      return this;
    }

    @Override
    public Span addEvent(String name, Attributes attributes, long timestamp, TimeUnit unit) {
      return this;
    }

    @Override
    public Span setStatus(StatusCode statusCode, String description) {
      return this;
    }

    @Override
    public Span recordException(Throwable exception, Attributes additionalAttributes) {
      return this;
    }

    @Override
    public Span updateName(String name) {
      return this;
    }

    @Override
    public void end() {}

    @Override
    public void end(long timestamp, TimeUnit unit) {}

    @Override
    public SpanContext getSpanContext() {
      return SpanContext.getInvalid();
    }

    @Override
    public boolean isRecording() {
      return true;
    }
  }
}
