package dev.spanweave.internal;

import io.opentelemetry.api.trace.Span;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The start times of timed asynchronous calls whose work is still running: their end may come on
 * another thread, where the calling thread's {@link CallFrames} are out of reach. Weak keys, so a
 * span whose work never completes (a Mono never subscribed) leaves nothing behind.
 */
final class AsyncStarts {

  /** When a call started, and its rendered arguments if its span log line shows them. */
  record Started(long nanos, String arguments) {}

  private static final Map<Span, Started> STARTS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private AsyncStarts() {}

  static void put(Span span, long startNanos, String arguments) {
    STARTS.put(span, new Started(startNanos, arguments));
  }

  /** The start of {@code span}, forgotten; null if it has none. */
  static Started remove(Span span) {
    return STARTS.remove(span);
  }
}
