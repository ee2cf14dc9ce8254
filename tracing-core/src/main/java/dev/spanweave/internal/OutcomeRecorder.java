package dev.spanweave.internal;

import io.opentelemetry.api.trace.Span;

/** Records one finished call: a timer, a log line. Never throws. */
interface OutcomeRecorder {

  /**
   * @param nanos how long the call (or its asynchronous work) took
   * @param error what it failed with, {@code null} for a success
   * @param arguments the rendered arguments of a method that opted in to log them, else null
   */
  void record(Span span, long nanos, Throwable error, String arguments);

  /**
   * A change of setting replaced this recorder by {@code replacement} (null when the method has
   * none of its kind any more), outside any call.
   */
  default void replacedBy(OutcomeRecorder replacement) {}
}
