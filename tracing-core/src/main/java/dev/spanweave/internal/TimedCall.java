package dev.spanweave.internal;

import io.opentelemetry.api.trace.Span;

/**
 * The {@link CallObserver} of a synchronous method whose features only record how each call ended
 * (timers, span log lines that show no arguments): all a call keeps is its start time, which the
 * adapter holds in a local variable of the call ({@link #began}); for an adapter of the earlier
 * protocol ({@link #started}), in the thread's {@link CallFrames}. Nothing else is decided per
 * call. A method that also writes the MDC, logs its arguments or returns asynchronous work has an
 * {@link ObservedCall}.
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
    if (CallFrames.current().push(span, System.nanoTime(), null) < 0) {
      CallFrames.reportTooDeep(functionName, "timing");
    }
  }

  @Override
  public long began(Span span, Object arg0, Object arg1, Object arg2, Object[] args) {
    return System.nanoTime();
  }

  @Override
  public void exited(Span span, Throwable error, long began) {
    long start = began == MethodTrace.STARTED ? startOnThread(span) : began;
    if (start != MethodTrace.NO_START) {
      OutcomeRecorder.recordAll(recorders, span, System.nanoTime() - start, error, null);
    }
  }

  private static long startOnThread(Span span) {
    CallFrames frames = CallFrames.current();
    int frame = frames.indexOf(span);
    if (frame < 0) {
      return MethodTrace.NO_START;
    }
    long start = frames.start(frame);
    frames.popTo(frame);
    return start;
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
