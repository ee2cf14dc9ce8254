package dev.spanweave.spring.app;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;

public class TracedGreeter implements Greeter {

  @Override
  @TracedSpan("greet")
  public String greet(@SpanAttribute("app.name") String name) {
    return "hello " + name;
  }
}
