package dev.spanweave.it.faults;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;

/** Values whose rendering calls traced code, as fluent and self-describing objects do. */
final class Reentrant {

  /** A value whose toString calls a traced method that records the value again. */
  final class Recorder {
    @Override
    public String toString() {
      return "recorded " + record(this);
    }
  }

  /** A builder whose toString goes through a traced fluent self(). */
  final class Builder {
    @TracedSpan
    Builder self() {
      return this;
    }

    @Override
    public String toString() {
      return "builder@" + self().hashCode();
    }
  }

  @TracedSpan
  String record(@SpanAttribute("app.value") Object value) {
    return "ok";
  }

  @TracedSpan
  String build(@SpanAttribute("app.builder") Builder builder) {
    return "built";
  }

  @TracedSpan(resultAttribute = "app.report")
  Object report() {
    return new Object() {
      @Override
      public String toString() {
        return "report of " + describe();
      }
    };
  }

  @TracedSpan
  String describe() {
    return "described";
  }
}
