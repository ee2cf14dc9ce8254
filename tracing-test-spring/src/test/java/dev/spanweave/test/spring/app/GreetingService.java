package dev.spanweave.test.spring.app;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import org.springframework.stereotype.Service;

/** The work behind the endpoint. */
@Service
public class GreetingService {

  @TracedSpan(value = "compose-greeting", resultSizeAttribute = "app.greeting_length")
  public String greet(@SpanAttribute("app.name") String name) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("no name");
    }
    return "hello " + name;
  }
}
