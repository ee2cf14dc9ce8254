package dev.spanweave.internal;

/**
 * Marks the thread while spanweave computes an attribute value, which can run user code ({@code
 * toString()}, a collection's iterator): a traced method called from there runs untraced, so
 * that a value whose rendering calls traced code cannot make one call produce spans without end.
 *
 * <p>A thread-local mark: a traced call with tracing on reads it once ({@link #current}), checks
 * it and, when the call's values are recorded, sets and clears it around them.
 */
final class Rendering {

  private static final ThreadLocal<Rendering> ON_THREAD = ThreadLocal.withInitial(Rendering::new);

  /**
   * Nested marks happen when an asynchronous result completes while a value is computed. Callers
   * decrement it themselves in a {@code finally}: a field write needs no stack, a call might not
   * get any, and a mark left set would leave the thread untraced.
   */
  int depth;

  private Rendering() {}

  /** This thread's mark: computing a value for spanweave while its {@link #depth} is above 0. */
  static Rendering current() {
    return ON_THREAD.get();
  }

  /** Marks this thread until the caller decrements {@link #depth} of the mark returned. */
  static Rendering enter() {
    Rendering rendering = ON_THREAD.get();
    rendering.depth++;
    return rendering;
  }
}
