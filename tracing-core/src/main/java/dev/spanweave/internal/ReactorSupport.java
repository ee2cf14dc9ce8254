package dev.spanweave.internal;

import dev.spanweave.spi.AsyncCompletion;
import dev.spanweave.spi.AsyncResultSupport;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reactor's {@link Mono} and {@link Flux}. Loaded by name, only when Reactor is on the class path:
 * it is the only way in to the classes that name Reactor types.
 *
 * <p>The span starts at the call, as for any traced method, so it also covers the time until the
 * publisher is subscribed. The caller gets a wrapper that ends the span at the first terminal
 * signal of any subscription: the value of a {@code Mono} (recorded as the result), completion,
 * error or cancellation. Later subscriptions pass through without touching the span. A publisher
 * that is never subscribed never ends its span: it is never exported and is garbage-collected
 * with the publisher. Each subscription is made with the method's span current, so work that runs
 * during {@code subscribe} (for example a {@code Mono.fromCallable} without {@code subscribeOn})
 * gets it as parent.
 *
 * <p>Only the declared types {@code Mono} and {@code Flux} themselves: a subtype (say {@code
 * ConnectableFlux}) cannot be wrapped without losing its own methods, so it stays synchronous.
 */
final class ReactorSupport implements AsyncResultSupport {

  @Override
  public boolean supports(Class<?> declaredReturnType) {
    return declaredReturnType == Mono.class || declaredReturnType == Flux.class;
  }

  @Override
  public Object onReturn(Object returned, AsyncCompletion completion) {
    if (returned instanceof Mono<?> mono) {
      return new TracedMono<>(mono, completion);
    }
    if (returned instanceof Flux<?> flux) {
      return new TracedFlux<>(flux, completion);
    }
    return returned;
  }
}
