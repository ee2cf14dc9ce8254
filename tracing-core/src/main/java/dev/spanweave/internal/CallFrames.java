package dev.spanweave.internal;

import io.opentelemetry.api.trace.Span;

/**
 * The per-thread state of the traced calls in progress on a thread, innermost last: their spans,
 * start times and the log-context values they replaced. Reused for the life of the thread, so a
 * call allocates nothing; a popped frame keeps no reference to its span or values.
 */
final class CallFrames {

  /** Saved MDC values per frame, one per {@link LogCorrelation} key. */
  static final int SAVED_PER_FRAME = LogCorrelation.KEY_COUNT;

  /** Deeper than this, frames are not kept (a runaway recursion or an adapter that never exits). */
  static final int MAX_DEPTH = 4096;

  private static final ThreadLocal<CallFrames> CURRENT = ThreadLocal.withInitial(CallFrames::new);

  private Span[] spans = new Span[8];
  private long[] starts = new long[8];
  private String[] arguments = new String[8];
  private String[] saved = new String[8 * SAVED_PER_FRAME];
  private int depth;

  static CallFrames current() {
    return CURRENT.get();
  }

  /** Reports, once per method, a call that found {@link #MAX_DEPTH} calls in progress. */
  static void reportTooDeep(String functionName, String without) {
    Problems.report("frames:" + functionName, "more than " + MAX_DEPTH
        + " traced calls in progress on one thread; " + functionName + " runs without " + without,
        null);
  }

  /** Pushes a frame for {@code span}; returns its index, or -1 if the stack is full. */
  int push(Span span, long startNanos, String renderedArguments) {
    if (depth == MAX_DEPTH) {
      return -1;
    }
    if (depth == spans.length) {
      grow();
    }
    spans[depth] = span;
    starts[depth] = startNanos;
    arguments[depth] = renderedArguments;
    return depth++;
  }

  /** The index of {@code span}'s frame, searching from the innermost; -1 if it has none. */
  int indexOf(Span span) {
    for (int i = depth - 1; i >= 0; i--) {
      if (spans[i] == span) {
        return i;
      }
    }
    return -1;
  }

  long start(int frame) {
    return starts[frame];
  }

  String arguments(int frame) {
    return arguments[frame];
  }

  String saved(int frame, int key) {
    return saved[frame * SAVED_PER_FRAME + key];
  }

  void save(int frame, int key, String value) {
    saved[frame * SAVED_PER_FRAME + key] = value;
  }

  /** Drops {@code frame} and every frame above it (left by calls that never exited). */
  void popTo(int frame) {
    for (int i = depth - 1; i >= frame; i--) {
      spans[i] = null;
      arguments[i] = null;
      for (int k = 0; k < SAVED_PER_FRAME; k++) {
        saved[i * SAVED_PER_FRAME + k] = null;
      }
    }
    depth = frame;
  }

  int depth() {
    return depth;
  }

  private void grow() {
    int length = spans.length * 2;
    spans = java.util.Arrays.copyOf(spans, length);
    starts = java.util.Arrays.copyOf(starts, length);
    arguments = java.util.Arrays.copyOf(arguments, length);
    saved = java.util.Arrays.copyOf(saved, length * SAVED_PER_FRAME);
  }
}
