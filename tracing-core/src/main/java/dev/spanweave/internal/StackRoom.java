package dev.spanweave.internal;

/**
 * Whether the current thread's stack has room left for ending a span, asked only on the failure
 * path after a {@link StackOverflowError}. The SDK marks a span ended before it calls the span
 * processors' {@code onEnd}: a span ended with too little stack is ended for the SDK but never
 * reaches the exporter. So ending waits, through {@link Unfinished}, for a caller whose stack has
 * room for a descent somewhat deeper than ending takes with the SDK's processors.
 */
final class StackRoom {

  /** Frames of the descent; ending a span through a batch or simple processor takes far fewer. */
  static final int FRAMES = 96;

  private StackRoom() {}

  /** {@code true} when {@link #FRAMES} calls still fit; never throws. */
  static boolean enough() {
    try {
      return descend(FRAMES, 0L, 0L) == FRAMES;
    } catch (StackOverflowError tooDeep) {
      return false;
    }
  }

  // The extra arguments give each frame some weight, as the SDK's frames have.
  private static long descend(int frames, long a, long b) {
    return frames == 0 ? a - b : 1 + descend(frames - 1, a + frames, b + frames);
  }
}
