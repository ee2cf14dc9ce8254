package dev.spanweave.internal;

import dev.spanweave.spi.AsyncCompletion;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.util.context.Context;

/**
 * Passes every signal on unchanged and tells the completion about the terminal one first, so the
 * span has ended by the time the subscriber sees the outcome (a {@code block()} that returned
 * means an ended span). Not fuseable on purpose: fusion would bypass these signals.
 */
final class SignalSubscriber<T> implements CoreSubscriber<T>, Subscription {

  private final CoreSubscriber<? super T> actual;
  private final AsyncCompletion completion;
  private final boolean mono;
  /** The context {@link SubscriberContexts} wrote for this subscription; null: {@code actual}'s. */
  private final Context context;
  private Subscription upstream;

  SignalSubscriber(CoreSubscriber<? super T> actual, AsyncCompletion completion, boolean mono,
      Context context) {
    this.actual = actual;
    this.completion = completion;
    this.mono = mono;
    this.context = context;
  }

  @Override
  public Context currentContext() {
    return context != null ? context : actual.currentContext();
  }

  @Override
  public void onSubscribe(Subscription subscription) {
    this.upstream = subscription;
    actual.onSubscribe(this);
  }

  @Override
  public void onNext(T value) {
    if (mono) {
      // A Mono's value is its outcome; the onComplete that follows changes nothing.
      completion.succeeded(value);
    }
    actual.onNext(value);
  }

  @Override
  public void onError(Throwable error) {
    completion.failed(error);
    actual.onError(error);
  }

  @Override
  public void onComplete() {
    completion.succeeded(null);
    actual.onComplete();
  }

  @Override
  public void request(long n) {
    upstream.request(n);
  }

  @Override
  public void cancel() {
    completion.cancelled();
    upstream.cancel();
  }
}
