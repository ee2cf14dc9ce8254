package dev.spanweave.internal.spi;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * A user's own asynchronous type, for the SPI tests. Deliberately sloppy: it notifies its
 * listeners on every completion call, so a support built on it must rely on spanweave's
 * "first outcome wins".
 */
public final class Promise<T> {

  private final List<BiConsumer<? super T, ? super Throwable>> listeners =
      new CopyOnWriteArrayList<>();

  public void onDone(BiConsumer<? super T, ? super Throwable> listener) {
    listeners.add(listener);
  }

  public void complete(T value) {
    listeners.forEach(listener -> listener.accept(value, null));
  }

  public void fail(Throwable error) {
    listeners.forEach(listener -> listener.accept(null, error));
  }
}
