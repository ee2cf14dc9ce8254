package dev.spanweave.internal;

import dev.spanweave.spi.AsyncCompletion;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/** The one-shot end of an asynchronous call's span: the first outcome wins, others are ignored. */
final class SpanCompletion implements AsyncCompletion {

  /**
   * Marks a span whose work was cancelled. Spelled as OpenTelemetry's own instrumentations spell
   * their cancellation attributes ({@code reactor.canceled}, {@code guava.canceled}).
   */
  static final AttributeKey<Boolean> CANCELED = AttributeKey.booleanKey("spanweave.canceled");

  private static final AtomicIntegerFieldUpdater<SpanCompletion> ENDED =
      AtomicIntegerFieldUpdater.newUpdater(SpanCompletion.class, "ended");

  private final MethodTrace trace;
  private final Span span;
  private final Context caller;
  private volatile int ended;

  /** @param caller the context current on the calling thread once the span's scope is closed */
  SpanCompletion(MethodTrace trace, Span span, Context caller) {
    this.trace = trace;
    this.span = span;
    this.caller = caller;
  }

  @Override
  public void succeeded(Object value) {
    if (claim()) {
      trace.succeeded(span, value);
    }
  }

  @Override
  public void failed(Throwable error) {
    if (error == null) {
      abandon();
    } else if (isCancellation(error)) {
      cancelled();
    } else if (claim()) {
      trace.failed(span, error);
    }
  }

  @Override
  public void cancelled() {
    if (claim()) {
      try {
        span.setAttribute(CANCELED, true);
      } catch (Throwable problem) {
        Problems.report("cancel:" + trace.functionName(),
            "could not mark the span of " + trace.functionName() + " as cancelled", problem);
      }
      trace.succeeded(span, null);
    }
  }

  /** Ends the span now, recording nothing: the support could not take the result over. */
  void abandon() {
    if (claim()) {
      trace.succeeded(span, null);
    }
  }

  boolean isEnded() {
    return ended != 0;
  }

  @Override
  public Context context() {
    return SpanContexts.with(caller, span);
  }

  private boolean claim() {
    return ended == 0 && ENDED.compareAndSet(this, 0, 1);
  }

  private static boolean isCancellation(Throwable error) {
    return error instanceof CancellationException
        || Throwables.unwrap(error) instanceof CancellationException;
  }
}
