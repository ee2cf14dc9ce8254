package dev.spanweave.internal.kotlin;

import dev.spanweave.internal.Problems;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import kotlin.Result;
import kotlin.coroutines.Continuation;
import kotlin.coroutines.CoroutineContext;
import kotlin.coroutines.jvm.internal.CoroutineStackFrame;

/**
 * Stands between a traced suspending call and its caller's continuation: the call's state machine
 * resumes it exactly once, with the result or the exception, and it ends the span before handing
 * the very same outcome to the caller.
 *
 * <p>It is a {@link CoroutineStackFrame} so that the call's own continuation, which names its
 * completion as its caller frame, can be told apart from a caller's continuation (see {@link
 * SuspendCalls#resume}); debuggers and coroutine stack traces walk through it unchanged.
 */
abstract class TracedContinuation implements Continuation<Object>, CoroutineStackFrame {

  private final Continuation<Object> caller;
  /**
   * Made on first use: a function that returns without suspending and has no state machine never
   * asks. A continuation is used by one coroutine at a time, so no two threads race to make it.
   */
  private CoroutineContext coroutineContext;
  /** The span's context, made current on every resume of the call. */
  final Context context;
  /** The context the call was made in, current again while the caller resumes. */
  private final Context parent;

  TracedContinuation(Continuation<Object> caller, Context context, Context parent) {
    this.caller = caller;
    this.context = context;
    this.parent = parent;
  }

  /** Ends the span: {@code error} is null for a result. Never throws. */
  abstract void end(Object value, Throwable error);

  @Override
  public CoroutineContext getContext() {
    CoroutineContext made = coroutineContext;
    if (made == null) {
      made = CoroutineContexts.with(caller.getContext(), context);
      coroutineContext = made;
    }
    return made;
  }

  @Override
  public void resumeWith(Object result) {
    try {
      if (result instanceof Result.Failure failure) {
        // with the caller's context current, as a synchronous call's failure is recorded after
        // its scope closed: a traced caller failed by the same exception then finds it recorded
        try (Scope ignored = parent.makeCurrent()) {
          end(null, failure.exception);
        }
      } else {
        end(result, null);
      }
    } catch (Throwable problem) {
      Problems.report("resume", "could not end the span of a suspend function", problem);
    }
    // The caller goes on in this very stack: with its own context, not the finished span's (the
    // dispatcher made the span's current for the resumed call, and restores only afterwards).
    try (Scope ignored = parent.makeCurrent()) {
      caller.resumeWith(result);
    }
  }

  @Override
  public CoroutineStackFrame getCallerFrame() {
    return caller instanceof CoroutineStackFrame frame ? frame : null;
  }

  @Override
  public StackTraceElement getStackTraceElement() {
    return null;
  }

  @Override
  public String toString() {
    return "TracedContinuation[" + caller + "]";
  }
}
