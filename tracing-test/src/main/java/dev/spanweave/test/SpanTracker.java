package dev.spanweave.test;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * Remembers every span started since the last {@link #reset} and wakes up waiters whenever one
 * ends. Registered after the exporting processor, so a woken waiter already finds the ended span
 * among the exported ones.
 */
final class SpanTracker implements SpanProcessor {

  // Read without a lock (also from the JUL handler, which runs while a span's own lock is held):
  // no monitor here may ever be held while calling into a span.
  private final List<ReadableSpan> started = new CopyOnWriteArrayList<>();
  // Ended as the processors see it, after the exporter: a span's hasEnded() turns true before its
  // processors run, so a waiter trusting it could look for the span before it was exported.
  private final Set<ReadableSpan> ended = ConcurrentHashMap.newKeySet();
  private final Object endings = new Object();
  private long endCount; // guarded by endings

  @Override
  public void onStart(Context parentContext, ReadWriteSpan span) {
    started.add(span);
  }

  @Override
  public boolean isStartRequired() {
    return true;
  }

  @Override
  public void onEnd(ReadableSpan span) {
    ended.add(span);
    synchronized (endings) {
      endCount++;
      endings.notifyAll();
    }
  }

  @Override
  public boolean isEndRequired() {
    return true;
  }

  @Override
  public CompletableResultCode shutdown() {
    return CompletableResultCode.ofSuccess();
  }

  void reset() {
    started.clear();
    ended.clear();
  }

  /** The spans started since the last {@link #reset}, in start order. */
  List<ReadableSpan> started() {
    return List.copyOf(started);
  }

  /** The spans started since the last {@link #reset} that have not ended yet. */
  List<ReadableSpan> open() {
    List<ReadableSpan> open = new ArrayList<>();
    for (ReadableSpan span : started) {
      if (!ended.contains(span)) {
        open.add(span);
      }
    }
    return open;
  }

  /**
   * Waits until {@code condition} holds, re-checking it whenever a span ends, for at most {@code
   * timeout}. Returns whether it holds. The condition is evaluated without holding any lock.
   */
  boolean await(BooleanSupplier condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long seen;
      synchronized (endings) {
        seen = endCount;
      }
      if (condition.getAsBoolean()) {
        return true;
      }
      synchronized (endings) {
        if (endCount != seen) {
          continue; // a span ended meanwhile: look again
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          return false;
        }
        try {
          endings.wait(Math.max(1, remaining / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return condition.getAsBoolean();
        }
      }
    }
  }
}
