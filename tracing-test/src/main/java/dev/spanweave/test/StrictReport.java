package dev.spanweave.test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadableSpan;
import java.util.ArrayList;
import java.util.List;

/** Collects what strict mode found in one test and turns it into one failure. */
final class StrictReport {

  static final String HOW_TO_TURN_OFF =
      "(strict mode is on: turn it off for a test class with SpanweaveExtension.create().lenient()"
          + " or @SpanweaveTest(strict = false))";

  private final List<String> problems = new ArrayList<>();
  private final List<Throwable> locations = new ArrayList<>();

  void endedSpanWrite(EndedSpanWrites.Write write) {
    String where = write.stack().length > 0 ? "called at " + write.stack()[0] + " " : "called ";
    String problem = write.operation() + "() on " + describe(write) + " after it had ended, so the"
        + " SDK dropped it; " + where + "on thread '" + write.thread() + "'";
    problems.add(problem);
    Throwable location = new Throwable("the dropped " + write.operation() + "() was called here");
    location.setStackTrace(write.stack());
    locations.add(location);
  }

  private static String describe(EndedSpanWrites.Write write) {
    if (write.span() != null) {
      return "span '" + write.span().getName() + "'";
    }
    ReadableSpan current = write.currentSpan();
    if (current != null && current.hasEnded()) {
      return "an ended span, probably '" + current.getName() + "' (the current span then)";
    }
    return "a span (which one could not be told)";
  }

  void neverEnded(ReadableSpan span) {
    problems.add("span '" + span.getName() + "' was started during the test but never ended");
  }

  void leakedContext(Context context) {
    Span span = Span.fromContextOrNull(context);
    String content = span instanceof ReadableSpan readable
        ? " (its span is '" + readable.getName() + "')"
        : span != null ? " (its span is " + span.getSpanContext() + ")" : "";
    problems.add("the test left a Context current on its thread" + content + ": a Scope from"
        + " makeCurrent() was not closed (use try-with-resources)");
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  AssertionError toError() {
    StringBuilder message = new StringBuilder("spanweave strict mode: ")
        .append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        .append(" with spans in this test");
    for (String problem : problems) {
      message.append("\n  - ").append(problem);
    }
    message.append("\n").append(HOW_TO_TURN_OFF);
    AssertionError error = new AssertionError(message.toString());
    locations.forEach(error::addSuppressed);
    return error;
  }
}
