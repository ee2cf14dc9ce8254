package dev.spanweave.internal;

import io.opentelemetry.api.trace.Span;

/**
 * The {@link CallObserver} of a synchronous method whose features only record how each call ended
 * (timers, span log lines that show no arguments): all a call keeps is its start time, in {@link
 * CallStarts}, and nothing is decided per call. A method that also writes the MDC, logs its
 * arguments or returns asynchronous work has an {@link ObservedCall}.
 */
final class TimedCall implements CallObserver {

  private final String functionName;
  private final OutcomeRecorder[] recorders;

  TimedCall(String functionName, OutcomeRecorder[] recorders) {
    this.functionName = functionName;
    this.recorders = recorders.clone();
  }

  @Override
  public void started(Span span, Object arg0, Object arg1, Object arg2, Object[] args) {
    if (!CallStarts.current().push(span, System.nanoTime())) {
      CallFrames.reportTooDeep(functionName, "timing");
    }
  }

  @Override
  public void exited(Span span, Throwable error) {
    CallStarts starts = CallStarts.current();
    int frame = starts.pop(span);
    if (frame < 0) {
      return;
    }
    OutcomeRecorder.recordAll(recorders, span, System.nanoTime() - starts.start(frame), error,
        null);
  }

  @Override
  public OutcomeRecorder[] recorders() {
    return recorders;
  }

  @Override
  public String toString() {
    return "TimedCall[" + functionName + ", " + recorders.length + " recorder(s)]";
  }
}
