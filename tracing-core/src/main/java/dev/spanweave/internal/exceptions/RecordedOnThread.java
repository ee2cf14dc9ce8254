package dev.spanweave.internal.exceptions;

import io.opentelemetry.api.trace.Span;
import java.lang.ref.WeakReference;

/**
 * The exception this thread last recorded, and the span that was current when it was: the span of
 * the traced caller it escapes to next. An exception travels up one thread's stack, so a caller
 * whose span is that span and who fails with the very same instance fails because of it, and
 * leaves the event where it is; a sibling call that throws the same instance (a shared, prebuilt
 * exception) has another current span and records its own. Weak references: a pooled thread does
 * not keep its last failure, nor the span it ended, alive.
 */
final class RecordedOnThread {

  private record Mark(WeakReference<Throwable> error, WeakReference<Span> caller, String traceId) {}

  private static final ThreadLocal<Mark> LAST = new ThreadLocal<>();

  private RecordedOnThread() {}

  /** Whether {@code error} was recorded by a call that {@code span}'s call made, in its trace. */
  static boolean below(Span span, Throwable error) {
    Mark mark = LAST.get();
    return mark != null
        && mark.error.get() == error
        && mark.caller.get() == span
        && mark.traceId.equals(span.getSpanContext().getTraceId());
  }

  /** {@code error} failed {@code span} and goes on to the caller whose span is current now. */
  static void carriedUp(Span span, Throwable error) {
    LAST.set(new Mark(new WeakReference<>(error), new WeakReference<>(Span.current()),
        span.getSpanContext().getTraceId()));
  }
}
