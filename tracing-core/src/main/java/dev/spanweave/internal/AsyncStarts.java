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

  static final long MISSING = Long.MIN_VALUE;

  private static final Map<Span, Long> STARTS = Collections.synchronizedMap(new WeakHashMap<>());

  private AsyncStarts() {}

  static void put(Span span, long startNanos) {
    STARTS.put(span, startNanos);
  }

  /** The start time of {@code span}, forgotten; {@link #MISSING} if it has none. */
  static long remove(Span span) {
    Long start = STARTS.remove(span);
    return start == null ? MISSING : start;
  }
}
