package dev.spanweave.internal;

import io.opentelemetry.api.trace.Span;

/**
 * What a method's optional features (log correlation, span log lines, timers) do around each of
 * its calls. Composed once per method by {@link Observers} from the features that are on, so that
 * a method with every feature off holds {@link #NONE} and its calls pay an empty virtual call.
 *
 * <p>Implementations never throw: a failing feature reports through {@link Problems} and the call
 * goes on.
 */
interface CallObserver {

  /** Observes nothing. */
  CallObserver NONE = new CallObserver() {
    @Override
    public String toString() {
      return "CallObserver.NONE";
    }
  };

  /**
   * The call's span was started, on the calling thread, before it is made current; the arguments
   * are those the adapter passed to {@link MethodTrace#start} (all null when it passed none).
   */
  default void started(Span span, Object arg0, Object arg1, Object arg2, Object[] args) {}

  /**
   * As {@link #started}, for an adapter that keeps what this returns in a local variable of the
   * call and hands it back to {@link #exited}: an observer that needs nothing else per call keeps
   * nothing on the thread. By default {@link #started} and {@link MethodTrace#NO_START}.
   */
  default long began(Span span, Object arg0, Object arg1, Object arg2, Object[] args) {
    started(span, arg0, arg1, arg2, args);
    return MethodTrace.NO_START;
  }

  /**
   * The call left the method, on the calling thread, with the span's scope closed: {@code error}
   * is what it threw, {@code null} when it returned (for asynchronous methods the work may still
   * be running). {@code began} is what {@link #began} returned for the call, {@link
   * MethodTrace#NO_START} if it was not called or failed, or {@link MethodTrace#STARTED} for a call
   * that began with {@link #started}.
   */
  default void exited(Span span, Throwable error, long began) {}

  /**
   * The span is ending, on whatever thread completed the work: {@code error} is the failure,
   * {@code null} for a success.
   */
  default void ended(Span span, Throwable error) {}

  /** What this observer hands each call's outcome to (timers, span log lines); none by default. */
  default OutcomeRecorder[] recorders() {
    return OutcomeRecorder.NONE;
  }

  /**
   * A change of setting replaced this observer by {@code next}, outside any call: each recorder
   * hears of its successor of the same kind (see {@link OutcomeRecorder#replacedBy}).
   */
  default void replacedBy(CallObserver next) {
    OutcomeRecorder.handOver(recorders(), next.recorders());
  }
}
