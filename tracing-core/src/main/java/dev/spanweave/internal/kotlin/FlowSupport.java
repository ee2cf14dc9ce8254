package dev.spanweave.internal.kotlin;

import dev.spanweave.spi.AsyncCompletion;
import dev.spanweave.spi.AsyncResultSupport;
import kotlinx.coroutines.flow.Flow;

/**
 * kotlinx-coroutines' {@link Flow}, as Reactor's {@code Flux}: the span starts at the call and
 * ends when the first collection ends (completion, exception, or cancellation, which includes a
 * collector that stops early, as {@code first()} or {@code take(n)} do). That collection runs
 * under the span: the flow's code, and coroutines it starts, are its children. Later collections
 * pass through. Loaded by name, only when kotlinx-coroutines is on the class path. Only the
 * declared type {@code Flow} itself: a {@code StateFlow} cannot be wrapped without losing its
 * value.
 */
public final class FlowSupport implements AsyncResultSupport {

  /** Made by tracing-core's return handlers, by name, when kotlinx-coroutines is present. */
  public FlowSupport() {}

  @Override
  public boolean supports(Class<?> declaredReturnType) {
    return declaredReturnType == Flow.class;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object onReturn(Object returned, AsyncCompletion completion) {
    if (returned instanceof Flow<?> flow) {
      return new TracedFlow<>((Flow<Object>) flow, completion);
    }
    completion.succeeded(returned);
    return returned;
  }
}
