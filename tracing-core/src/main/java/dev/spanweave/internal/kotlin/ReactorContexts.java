package dev.spanweave.internal.kotlin;

import dev.spanweave.internal.SubscriberContexts;
import io.opentelemetry.context.Context;
import kotlin.coroutines.CoroutineContext;
import kotlinx.coroutines.reactor.ReactorContext;

/**
 * The Reactor context of a coroutine that has one (kotlinx-coroutines-reactor's {@link
 * ReactorContext}: Spring runs suspend controller functions in one), with a traced call's span
 * added as {@link SubscriberContexts} writes it. What the call awaits is subscribed with that
 * context ({@code awaitSingle()}, {@code awaitBody()} of a {@code WebClient}), and Spring's
 * propagation restores the thread's state from it on every resume, so that instrumentation there
 * finds the call's span rather than the request's. Loaded only when kotlinx-coroutines-reactor is
 * on the class path.
 */
final class ReactorContexts {

  private ReactorContexts() {}

  static CoroutineContext with(CoroutineContext coroutineContext, Context traced) {
    ReactorContext reactor = coroutineContext.get(ReactorContext.Key);
    if (reactor == null) {
      return coroutineContext;
    }
    reactor.util.context.Context written = SubscriberContexts.write(reactor.getContext(), traced);
    return written == null ? coroutineContext : coroutineContext.plus(new ReactorContext(written));
  }
}
