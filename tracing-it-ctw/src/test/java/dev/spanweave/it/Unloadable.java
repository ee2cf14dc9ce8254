package dev.spanweave.it;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;

/**
 * Loaded by {@link ClassUnloadingTest} in a class loader of its own. No nested classes: they would
 * come from the parent loader.
 */
public class Unloadable {

  @TracedSpan
  public String greet(@SpanAttribute("user") String user) {
    return "hello " + user;
  }
}
