package dev.spanweave.test.spring.app;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The endpoint; its handler's span is a child of the HTTP server span. */
@RestController
@TracedSpan
public class GreetingController {

  private final GreetingService greetings;

  public GreetingController(GreetingService greetings) {
    this.greetings = greetings;
  }

  @GetMapping("/greetings/{name}")
  public String greet(@PathVariable @SpanAttribute("app.name") String name) {
    return greetings.greet(name);
  }
}
