package dev.spanweave.internal.kotlin;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import kotlin.coroutines.AbstractCoroutineContextElement;
import kotlin.coroutines.CoroutineContext;
import kotlinx.coroutines.ThreadContextElement;

/**
 * A traced call's OpenTelemetry context as a coroutine context element: kotlinx-coroutines makes
 * it current on the thread whenever a coroutine carrying it runs, and puts the thread's previous
 * context back when it suspends, so {@code launch}, {@code async} and {@code withContext} started
 * under the call, and every resume of the call, run under its span. What {@code
 * opentelemetry-extension-kotlin}'s {@code asContextElement()} does; spanweave has its own so that
 * an application needs no extra library (1.68's is built by Kotlin 2.4, whose metadata the Kotlin
 * 2.2 compiler of Spring Boot 4.0 refuses to read), and a user's own element, keyed apart, still
 * works beside it.
 */
final class ContextElement extends AbstractCoroutineContextElement
    implements ThreadContextElement<Scope> {

  static final CoroutineContext.Key<ContextElement> KEY = new CoroutineContext.Key<>() {};

  private final Context context;

  ContextElement(Context context) {
    super(KEY);
    this.context = context;
  }

  @Override
  public Scope updateThreadContext(CoroutineContext coroutineContext) {
    return context.makeCurrent();
  }

  @Override
  public void restoreThreadContext(CoroutineContext coroutineContext, Scope scope) {
    scope.close();
  }

  @Override
  public String toString() {
    return "spanweave.Context[" + context + "]";
  }
}
