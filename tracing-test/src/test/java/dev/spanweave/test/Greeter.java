package dev.spanweave.test;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.Span;
import java.util.ArrayList;
import java.util.List;

/** Code under test, woven at compile time by this module's test build. */
class Greeter {

  /** The span of the last {@link #remember} call, kept beyond its end (which is the bug). */
  Span remembered;

  @TracedSpan
  String hello(@SpanAttribute String who, @SpanAttribute("greeting.count") int count) {
    return ("hello " + who + " ").repeat(count).trim();
  }

  @TracedSpan(value = "greet-all", resultSizeAttribute = "greeting.size")
  List<String> helloAll(List<String> people) {
    List<String> greetings = new ArrayList<>();
    for (String who : people) {
      greetings.add(hello(who, 1));
    }
    return greetings;
  }

  @TracedSpan
  void remember() {
    remembered = Span.current();
  }
}
