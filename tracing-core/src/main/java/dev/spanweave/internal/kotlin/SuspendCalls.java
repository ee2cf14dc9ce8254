package dev.spanweave.internal.kotlin;

import dev.spanweave.internal.MethodTrace;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import kotlin.coroutines.Continuation;
import kotlin.coroutines.jvm.internal.CoroutineStackFrame;

/**
 * The adapters' entry for suspend functions (the aspect's suspending advice, the Spring
 * interceptor): called only for methods whose last parameter is a {@code Continuation}.
 *
 * <pre>{@code
 * Scope resumed = SuspendCalls.resume(trace, continuation);
 * if (resumed != null) { try { return proceed(continuation); } finally { resumed.close(); } }
 * Context parent = Context.current();
 * Span span = trace.start(tracer, parent, ...); // MethodTrace's earlier protocol: a suspend
 *                                              // function's work is timed when it completes
 * context = SpanContexts.with(parent, span);
 * Object traced = SuspendCalls.continuation(trace, span, context, continuation);
 * scope = context.makeCurrent();
 * result = proceed(traced);                    // the rest of that protocol unchanged
 * }</pre>
 */
public final class SuspendCalls {

  /** What a suspend function returns when it suspended ({@code COROUTINE_SUSPENDED}). */
  public static final Object SUSPENDED = SuspendReturnHandler.SUSPENDED;

  private SuspendCalls() {}

  /**
   * If {@code continuation} is the function's own (the call resumes it after a suspension), makes
   * the span's context current and returns the scope to close after the call; otherwise null: a
   * first call, to be traced (also a call the function makes to itself, see {@link ResumeMarks}).
   */
  public static Scope resume(MethodTrace trace, Object continuation) {
    if (continuation instanceof CoroutineStackFrame frame
        && frame.getCallerFrame() instanceof SuspendCall call
        && call.trace == trace
        && ResumeMarks.resuming(continuation)) {
      return call.context.makeCurrent();
    }
    return null;
  }

  /**
   * The continuation to call the function with in place of the caller's: it ends {@code span}
   * when the function completes after suspending (when it completes without, the adapter's {@code
   * returned} or {@code thrown} ends it as for any method).
   */
  @SuppressWarnings("unchecked")
  public static Object continuation(MethodTrace trace, Span span, Context context,
      Object continuation) {
    if (!(continuation instanceof Continuation<?> caller)) {
      return continuation;
    }
    return new SuspendCall(trace, span, context, (Continuation<Object>) caller, Context.current());
  }

  /** Whether a result means the call suspended: its span then ends when it completes. */
  public static boolean suspended(Object result) {
    return result == SUSPENDED;
  }
}
