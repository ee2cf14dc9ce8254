package io.micrometer.myapp;

import dev.spanweave.annotations.TracedSpan;

/** A class of the Micrometer organisation's that is not one of its libraries. */
public class Checker {

  @TracedSpan("check")
  public boolean check() {
    return true;
  }
}
