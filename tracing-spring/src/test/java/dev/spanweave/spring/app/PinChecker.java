package dev.spanweave.spring.app;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;

/**
 * Proxied only by the redaction test: a method's redaction is fixed when it is first described,
 * so no other context may describe it before {@code spanweave.redact-pattern} is set.
 */
public class PinChecker {

  @TracedSpan("check-pin")
  public boolean check(@SpanAttribute("app.user") String user, @SpanAttribute("app.pin") String pin) {
    return pin.length() == 4;
  }
}
