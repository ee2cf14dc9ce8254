package dev.spanweave.internal;

import dev.spanweave.spi.AsyncCompletion;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;

/** The {@code Mono} a traced method's caller gets: see {@link ReactorSupport}. */
final class TracedMono<T> extends MonoOperator<T, T> {

  private final AsyncCompletion completion;

  TracedMono(Mono<? extends T> source, AsyncCompletion completion) {
    super(source);
    this.completion = completion;
  }

  @Override
  public void subscribe(CoreSubscriber<? super T> actual) {
    SubscriberContexts.subscribe(source, actual, completion, true);
  }
}
