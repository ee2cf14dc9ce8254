package dev.spanweave.internal;

import io.opentelemetry.api.trace.Span;

/** Records one finished call: a timer, a log line. Never throws. */
interface OutcomeRecorder {

  OutcomeRecorder[] NONE = new OutcomeRecorder[0];

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

  /** Hands one finished call to each of {@code recorders}. */
  static void recordAll(OutcomeRecorder[] recorders, Span span, long nanos, Throwable error,
      String arguments) {
    for (OutcomeRecorder recorder : recorders) {
      recorder.record(span, nanos, error, arguments);
    }
  }

  /** Tells each of {@code before} its replacement of the same class in {@code after}, or null. */
  static void handOver(OutcomeRecorder[] before, OutcomeRecorder[] after) {
    for (OutcomeRecorder recorder : before) {
      OutcomeRecorder replacement = null;
      for (OutcomeRecorder candidate : after) {
        if (candidate.getClass() == recorder.getClass()) {
          replacement = candidate;
        }
      }
      recorder.replacedBy(replacement);
    }
  }
}
