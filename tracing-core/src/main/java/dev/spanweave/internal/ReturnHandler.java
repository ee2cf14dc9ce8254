package dev.spanweave.internal;

import io.opentelemetry.api.trace.Span;

/**
 * Ends the span of a call that returned normally: at once for ordinary values, or when the
 * returned work completes for asynchronous types. Chosen once per method from its declared return
 * type by {@link ReturnHandlers#forType}.
 */
public interface ReturnHandler {

  /** Ends the span now: the return value is the outcome. */
  ReturnHandler SYNCHRONOUS = (trace, span, result) -> {
    trace.succeeded(span, result);
    return result;
  };

  /**
   * Arranges for {@code span} to be ended through {@link MethodTrace#succeeded} or {@link
   * MethodTrace#failed(Span, Throwable)} exactly once, and returns what the caller gets: {@code
   * result} itself or an equivalent object. Called after the span's scope is closed, so {@code
   * Context.current()} is the caller's context.
   */
  Object onReturn(MethodTrace trace, Span span, Object result);
}
