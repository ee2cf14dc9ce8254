package dev.spanweave.internal;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;

/**
 * Spans a traced call could not end because the stack had overflowed: the call that threw a
 * {@link StackOverflowError} has too little stack left to record and end its span, but the
 * failing traced calls further up have more, and the first of them that can ends these.
 *
 * <p>Kept per thread, touched only on the failure path, and without logging or string building:
 * the code that runs here may have almost no stack. A span kept on a thread that never fails a
 * traced call again stays open, as it would if the thread had died.
 */
final class Unfinished {

  private static final ThreadLocal<Unfinished> ON_THREAD = new ThreadLocal<>();

  private Span[] spans = new Span[16];
  private int count;

  private Unfinished() {}

  /** Keeps {@code span} to be ended later; may itself overflow the stack. */
  static void keep(Span span) {
    Unfinished unfinished = ON_THREAD.get();
    if (unfinished == null) {
      unfinished = new Unfinished();
      ON_THREAD.set(unfinished);
    }
    if (unfinished.count == unfinished.spans.length) {
      unfinished.spans = java.util.Arrays.copyOf(unfinished.spans, unfinished.count * 2);
    }
    unfinished.spans[unfinished.count++] = span;
  }

  /** {@link #keep}, giving up silently when even that has no stack left. */
  static void keepQuietly(Span span) {
    try {
      keep(span);
    } catch (Throwable tooDeep) {
      Orphans.SLOTS[Orphans.written++ & (Orphans.SLOTS.length - 1)] = span;
    }
  }

  /**
   * Ends the spans kept on this thread as failed by {@code error} (the same error travelling up),
   * innermost first.
   */
  static void endAll(Throwable error) {
    if (Orphans.ended != Orphans.written) {
      endOrphans();
    }
    Unfinished unfinished = ON_THREAD.get();
    if (unfinished == null || unfinished.count == 0) {
      return;
    }
    while (unfinished.count > 0 && StackRoom.enough()) {
      Span span = unfinished.spans[0];
      span.setStatus(StatusCode.ERROR);
      span.setAttribute(MethodTrace.ERROR_TYPE, error.getClass().getName());
      span.end();
      // removed only once ended: a new overflow here leaves it for the next call up
      System.arraycopy(unfinished.spans, 1, unfinished.spans, 0, --unfinished.count);
      unfinished.spans[unfinished.count] = null;
    }
  }

  private static void endOrphans() {
    int written = Orphans.written;
    Span[] slots = Orphans.SLOTS;
    for (int i = 0; i < slots.length; i++) {
      Span orphan = slots[i];
      if (orphan != null) {
        if (!StackRoom.enough()) {
          return;
        }
        slots[i] = null;
        orphan.setStatus(StatusCode.ERROR);
        orphan.end();
      }
    }
    Orphans.ended = written;
  }
}
