package org.apache.myapp;

import dev.spanweave.annotations.TracedSpan;

/** An application of an Apache project's own. */
@TracedSpan
public class Greeter {

  public String greet(String name) {
    return "hello " + name;
  }
}
