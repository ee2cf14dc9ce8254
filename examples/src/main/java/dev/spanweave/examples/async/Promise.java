package dev.spanweave.examples.async;

import java.util.function.BiConsumer;

/**
 * A stand-in for an asynchronous result type spanweave does not know, to show
 * {@link PromiseSupport} (docs/async.md): it offers a completion callback.
 */
public interface Promise<T> {

  /** Calls {@code callback} once with the value, or with the error, when the work completes. */
  void onDone(BiConsumer<? super T, ? super Throwable> callback);
}
