package dev.spanweave.internal;

import io.opentelemetry.api.common.Attributes;

/**
 * The exception event of a {@link StackOverflowError}. It passes through every traced call of the
 * recursion that overflowed (thousands), and its stack trace is the JVM's maximum (1,024 frames by
 * default): recorded by the SDK, every one of those spans would print all of it again. Here the
 * stack trace is cut to its first {@link #FRAMES} frames and the attributes are built once per
 * error instance and thread.
 */
final class Overflows {

  /** Frames kept in {@code exception.stacktrace}: a recursion repeats itself after a few. */
  static final int FRAMES = 32;

  private static final ThreadLocal<Overflows> LAST = new ThreadLocal<>();

  /** Built when the class loads, so that the classes building the event are loaded too. */
  static final StackOverflowError PRELOADED = preload();

  private final StackOverflowError error;
  private final Attributes attributes;

  private Overflows(StackOverflowError error, Attributes attributes) {
    this.error = error;
    this.attributes = attributes;
  }

  static Attributes attributes(StackOverflowError error) {
    Overflows last = LAST.get();
    if (last != null && last.error == error) {
      return last.attributes;
    }
    Attributes attributes = build(error);
    LAST.set(new Overflows(error, attributes));
    return attributes;
  }

  private static StackOverflowError preload() {
    StackOverflowError sample = new StackOverflowError();
    build(sample);
    return sample;
  }

  private static Attributes build(StackOverflowError error) {
    StackTraceElement[] frames = error.getStackTrace();
    StringBuilder trace = new StringBuilder(64 * FRAMES).append(error.getClass().getName());
    int shown = Math.min(frames.length, FRAMES);
    for (int i = 0; i < shown; i++) {
      trace.append("\n\tat ").append(frames[i]);
    }
    if (frames.length > shown) {
      trace.append("\n\t... ").append(frames.length - shown).append(" more");
    }
    return Attributes.of(Throwables.EXCEPTION_TYPE, error.getClass().getName(),
        Throwables.EXCEPTION_STACKTRACE, trace.toString());
  }
}
