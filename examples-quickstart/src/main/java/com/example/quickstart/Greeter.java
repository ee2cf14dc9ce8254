package com.example.quickstart;

// tag::greeter[]
import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.Span;

public class Greeter {

  @TracedSpan("greet")
  public String greet(@SpanAttribute("app.user_id") String userId) {
    String greeting = "Hello, " + userId;
    // the span is open for the whole body: this attribute lands on it
    Span.current().setAttribute("app.greeting_length", greeting.length());
    return greeting;
  }
}
// end::greeter[]
