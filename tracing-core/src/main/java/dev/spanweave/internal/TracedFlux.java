package dev.spanweave.internal;

import dev.spanweave.spi.AsyncCompletion;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxOperator;

/** The {@code Flux} a traced method's caller gets: see {@link ReactorSupport}. */
final class TracedFlux<T> extends FluxOperator<T, T> {

  private final AsyncCompletion completion;

  TracedFlux(Flux<? extends T> source, AsyncCompletion completion) {
    super(source);
    this.completion = completion;
  }

  @Override
  public void subscribe(CoreSubscriber<? super T> actual) {
    SubscriberContexts.subscribe(source, actual, completion, false);
  }
}
