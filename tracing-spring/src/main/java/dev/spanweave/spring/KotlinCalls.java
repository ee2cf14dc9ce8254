package dev.spanweave.spring;

import dev.spanweave.internal.MethodTrace;
import dev.spanweave.internal.kotlin.SuspendCalls;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;

/**
 * A bean's Kotlin suspend function through the proxy: the target runs with a continuation that
 * ends the span when the function completes (see {@code dev.spanweave.internal.kotlin}). Spring
 * 6.1+ either calls the function with the arguments as given (it then returns {@code
 * COROUTINE_SUSPENDED} or its value) or, with kotlinx-coroutines-reactor present, runs it as a
 * {@code Mono} and awaits that with the continuation argument: the very array entry replaced
 * here, so that either way the span ends with the function.
 */
final class KotlinCalls {

  private KotlinCalls() {}

  /** Puts the tracing continuation in the arguments' last place; whether it could. */
  static boolean continueWithSpan(MethodTrace trace, Span span, Context context, Object[] args) {
    if (args.length == 0) {
      return false;
    }
    int last = args.length - 1;
    Object traced = SuspendCalls.continuation(trace, span, context, args[last]);
    args[last] = traced;
    return traced != null;
  }

  /** What the caller gets; the span ends here only if the function completed without the proxy. */
  static Object returned(MethodTrace trace, Span span, Object result) {
    if (SuspendCalls.suspended(result) || awaitedBySpring(result)) {
      // the continuation ends the span; returned() runs the end-of-call observers only
      trace.returned(span, SuspendCalls.SUSPENDED);
      return result;
    }
    return trace.returned(span, result);
  }

  private static boolean awaitedBySpring(Object result) {
    return Publisher.TYPE != null && Publisher.TYPE.isInstance(result);
  }

  /**
   * Reactive Streams' {@code Publisher} as Spring sees it, looked up once: Spring hands a
   * publisher back only when kotlinx-coroutines-reactor is visible to its own class loader, which
   * is this one's.
   */
  private static final class Publisher {

    static final Class<?> TYPE = find();

    private static Class<?> find() {
      try {
        return Class.forName("org.reactivestreams.Publisher", false,
            KotlinCalls.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError absent) {
        return null;
      }
    }
  }
}
