package dev.spanweave.internal;

/**
 * Marks the thread while spanweave computes an attribute value, which can run user code ({@code
 * toString()}, a collection's iterator): a traced method called from there runs untraced, so
 * that a value whose rendering calls traced code cannot make one call produce spans without end.
 *
 * <p>A thread-local flag: checked on every traced call with tracing on (a thread-local read),
 * set and cleared around the recording of a call's values.
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

  /** Whether this thread is computing a value for spanweave now. */
  static boolean active() {
    return ON_THREAD.get().depth > 0;
  }

  /** Marks this thread until the caller decrements {@link #depth} of the mark returned. */
  static Rendering enter() {
    Rendering rendering = ON_THREAD.get();
    rendering.depth++;
    return rendering;
  }
}
