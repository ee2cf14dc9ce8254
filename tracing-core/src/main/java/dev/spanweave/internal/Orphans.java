package dev.spanweave.internal;

import io.opentelemetry.api.trace.Span;

/**
 * Where a span goes when the stack overflowed so far that its call cannot even call {@link
 * MethodTrace#thrown} or keep the span on its thread ({@link Unfinished}): an adapter's failure
 * path writes a slot with array and field operations only, which need no stack, and the next
 * failure path with room ends what the slots hold. Public for the woven advice, not API.
 *
 * <p>Racy on purpose: any thread's next failure path ends them, and a slot overwritten before that
 * loses one span, as no slot at all would.
 */
public final class Orphans {

  /** The slots; their number is a power of two, so that a writer finds its slot with a mask. */
  public static final Span[] SLOTS = new Span[64];

  /** How many spans were put into {@link #SLOTS}: the next writer's slot, masked. */
  public static int written;

  /** {@link #written} as it was when the slots were last all ended. */
  static int ended;

  private Orphans() {}
}
