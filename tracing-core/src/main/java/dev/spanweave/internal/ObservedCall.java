package dev.spanweave.internal;

import io.opentelemetry.api.trace.Span;

/**
 * The {@link CallObserver} of a method with log correlation on (the MDC holds the span's ids
 * while the method runs), arguments shown in its span log lines, or asynchronous work to time; its
 * recorders get each call's duration and outcome (timers, span log lines). Synchronous methods are
 * recorded when they exit, on the calling thread; asynchronous ones when their work completes. A
 * synchronous method that only records outcomes has a {@link TimedCall}.
 */
final class ObservedCall implements CallObserver {

  private final String functionName;
  private final LogCorrelation correlation;
  private final OutcomeRecorder[] recorders;
  private final boolean timed;
  private final boolean async;
  private final LoggedArguments arguments;

  /**
   * @param correlation null when log correlation is off
   * @param recorders empty when nothing is timed
   * @param arguments the arguments shown in span log lines, null for none
   */
  ObservedCall(String functionName, LogCorrelation correlation, OutcomeRecorder[] recorders,
      boolean async, LoggedArguments arguments) {
    this.functionName = functionName;
    this.correlation = correlation;
    this.recorders = recorders.length == 0 ? OutcomeRecorder.NONE : recorders.clone();
    this.timed = recorders.length > 0;
    this.async = async;
    this.arguments = arguments;
  }

  @Override
  public void started(Span span, Object arg0, Object arg1, Object arg2, Object[] args) {
    String rendered = arguments == null ? null : arguments.render(arg0, arg1, arg2, args);
    long start = timed ? System.nanoTime() : 0L;
    CallFrames frames = CallFrames.current();
    int frame = frames.push(span, start, rendered);
    if (frame < 0) {
      CallFrames.reportTooDeep(functionName, "log correlation and timing");
      return;
    }
    if (correlation != null) {
      correlation.enter(frames, frame, span.getSpanContext());
    }
    if (async && timed) {
      AsyncStarts.put(span, start, rendered);
    }
  }

  @Override
  public void exited(Span span, Throwable error, long began) {
    CallFrames frames = CallFrames.current();
    int frame = frames.indexOf(span);
    if (frame < 0) {
      return;
    }
    if (timed && !async) {
      OutcomeRecorder.recordAll(recorders, span, System.nanoTime() - frames.start(frame), error,
          frames.arguments(frame));
    }
    if (correlation != null) {
      correlation.leave(frames, frame);
    }
    frames.popTo(frame);
  }

  @Override
  public void ended(Span span, Throwable error) {
    if (timed && async) {
      AsyncStarts.Started start = AsyncStarts.remove(span);
      if (start != null) {
        OutcomeRecorder.recordAll(recorders, span, System.nanoTime() - start.nanos(), error,
            start.arguments());
      }
    }
  }

  @Override
  public OutcomeRecorder[] recorders() {
    return recorders;
  }

  @Override
  public String toString() {
    return "ObservedCall[" + functionName + (correlation != null ? ", log correlation" : "")
        + ", " + recorders.length + " recorder(s)" + (async ? ", async" : "") + "]";
  }
}
