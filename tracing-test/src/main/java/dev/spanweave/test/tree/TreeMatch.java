package dev.spanweave.test.tree;

/**
 * How strictly an expected tree is matched (see {@link SpanTrees#assertTrace}); without any, the
 * spans written must exist with the parents, order, attributes and events written, and
 * everything not written is ignored.
 */
public enum TreeMatch {

  /**
   * Nothing but what is written: no other span, attribute or event, and a span's kind and status
   * must be written unless they are {@code INTERNAL} and {@code UNSET} (the tree {@link
   * SpanTrees#render} prints matches exactly).
   */
  EXACT,

  /**
   * Children of one parent may have started in any order (concurrent work); without it they
   * match in the order they started.
   */
  ANY_SIBLING_ORDER
}
