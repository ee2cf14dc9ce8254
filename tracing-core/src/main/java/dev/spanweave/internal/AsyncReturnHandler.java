package dev.spanweave.internal;

import dev.spanweave.spi.AsyncResultSupport;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;

/**
 * Hands the result of a method with an asynchronous return type to its {@link
 * AsyncResultSupport}, and keeps the promise of {@link ReturnHandler} when the support misbehaves:
 * the span then ends at once and the caller gets the untouched result.
 */
final class AsyncReturnHandler implements ReturnHandler {

  private final AsyncResultSupport support;
  private final Class<?> declaredType;

  AsyncReturnHandler(AsyncResultSupport support, Class<?> declaredType) {
    this.support = support;
    this.declaredType = declaredType;
  }

  @Override
  public Object onReturn(MethodTrace trace, Span span, Object result) {
    if (result == null) {
      trace.succeeded(span, null);
      return null;
    }
    SpanCompletion completion = new SpanCompletion(trace, span, Context.current());
    Object returned;
    try {
      returned = support.onReturn(result, completion);
    } catch (Throwable problem) {
      report(trace, "threw " + problem, problem);
      completion.abandon();
      return result;
    }
    if (returned != result && !declaredType.isInstance(returned)) {
      report(trace, "returned " + (returned == null ? "null" : "a " + returned.getClass().getName())
          + " where a " + declaredType.getName() + " is needed", null);
      completion.abandon();
      return result;
    }
    return returned;
  }

  private void report(MethodTrace trace, String what, Throwable problem) {
    Problems.report("async:" + support.getClass().getName() + ":" + trace.functionName(),
        support.getClass().getName() + " " + what + " for " + trace.functionName()
            + "; its span ends at return and the result is passed on untouched. Fix its"
            + " onReturn(): it must not throw, and must return the value it was given or an"
            + " instance of the method's declared return type", problem);
  }

  AsyncResultSupport support() {
    return support;
  }

  @Override
  public String toString() {
    return "AsyncReturnHandler[" + support.getClass().getName() + " for "
        + declaredType.getName() + "]";
  }
}
