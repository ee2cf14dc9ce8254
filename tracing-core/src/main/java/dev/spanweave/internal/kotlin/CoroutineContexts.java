package dev.spanweave.internal.kotlin;

import io.opentelemetry.context.Context;
import kotlin.coroutines.CoroutineContext;

/**
 * Adds an OpenTelemetry context to a coroutine context (see {@link ContextElement}): the element
 * needs kotlinx-coroutines; without it (a suspend function on Kotlin's standard library alone)
 * the coroutine context is left as it is, and the function's own code still sees the span. A
 * coroutine that carries a Reactor context also gets the span there (see {@link
 * ReactorContexts}).
 */
final class CoroutineContexts {

  private static final boolean COROUTINES = present("kotlinx.coroutines.ThreadContextElement");
  private static final boolean REACTOR =
      COROUTINES && present("kotlinx.coroutines.reactor.ReactorContext");

  private CoroutineContexts() {}

  static CoroutineContext with(CoroutineContext coroutineContext, Context context) {
    if (!COROUTINES) {
      return coroutineContext;
    }
    CoroutineContext made = coroutineContext.plus(new ContextElement(context));
    return REACTOR ? ReactorContexts.with(made, context) : made;
  }

  private static boolean present(String name) {
    try {
      Class.forName(name, false, CoroutineContexts.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }
}
