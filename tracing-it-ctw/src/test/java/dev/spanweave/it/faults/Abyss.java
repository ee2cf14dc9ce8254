package dev.spanweave.it.faults;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;

/**
 * Traced recursion without end, as a user's bug writes it. Every level notes the overflow that
 * passes through it using only field accesses (no call, so no stack of its own): the deepest
 * level sees it first, every level above must see that same instance.
 */
final class Abyss {

  StackOverflowError first;
  int levelsThatSawAnother;
  int deepest;

  @TracedSpan
  int dive(int depth) {
    deepest = depth;
    try {
      return dive(depth + 1) + 1;
    } catch (StackOverflowError passing) {
      if (first == null) {
        first = passing;
      } else if (passing != first) {
        levelsThatSawAnother++;
      }
      throw passing;
    }
  }

  @TracedSpan
  int diveWithArgument(@SpanAttribute("app.depth") int depth, @SpanAttribute String label) {
    deepest = depth;
    try {
      return diveWithArgument(depth + 1, label) + 1;
    } catch (StackOverflowError passing) {
      if (first == null) {
        first = passing;
      } else if (passing != first) {
        levelsThatSawAnother++;
      }
      throw passing;
    }
  }
}
