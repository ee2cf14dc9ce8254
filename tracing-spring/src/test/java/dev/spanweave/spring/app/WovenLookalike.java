package dev.spanweave.spring.app;

import dev.spanweave.annotations.TracedSpan;
import dev.spanweave.internal.Woven;

/**
 * Carries the mark spanweave's aspect puts on the methods it weaves (tracing-it-ctw checks that it
 * does), so the proxy must leave the call to the woven code.
 */
public class WovenLookalike {

  @TracedSpan("woven")
  @Woven
  public String call() {
    return "woven";
  }

  @TracedSpan("not-woven")
  public String other() {
    return "proxied";
  }
}
