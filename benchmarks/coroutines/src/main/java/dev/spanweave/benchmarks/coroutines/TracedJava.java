package dev.spanweave.benchmarks.coroutines;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;

/** The plain traced Java method the non-suspending path is compared with. */
public class TracedJava {

  @TracedSpan
  public int call(@SpanAttribute("id") String id) {
    return id.length();
  }
}
