package dev.spanweave.benchmarks;

import static dev.spanweave.benchmarks.fixture.Greeter.COUNT_KEY;
import static dev.spanweave.benchmarks.fixture.Greeter.SPAN_NAME;
import static dev.spanweave.benchmarks.fixture.Greeter.USER_KEY;

import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.Person;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Objects;

/**
 * Runs before timing, in the fork: a candidate that does not produce what it claims fails the run
 * instead of being timed.
 */
final class SanityCheck {

  private SanityCheck() {}

  static void inProcess(CandidateBenchmark candidate, TracingMode mode, Person user) {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    Greeter greeter = candidate.greeter(mode.checking(exporter));
    user.resetToStringCalls();
    String result = greeter.greet(user, CandidateBenchmark.COUNT);
    check(user.greeting().equals(result), candidate, mode, "returned " + result);
    List<SpanData> spans = exporter.getFinishedSpanItems();
    int toStringCalls = user.toStringCalls();
    String what;
    if (mode == TracingMode.sampled && candidate.traces()) {
      check(spans.size() == 1, candidate, mode, "expected one span, got " + spans);
      SpanData span = spans.get(0);
      check(span.getName().equals(SPAN_NAME), candidate, mode, "span name " + span.getName());
      Object userValue = span.getAttributes().get(AttributeKey.stringKey(USER_KEY));
      check("ada".equals(userValue), candidate, mode, "attribute user: " + span.getAttributes());
      Object count = span.getAttributes().get(AttributeKey.longKey(COUNT_KEY));
      if (count == null) {
        // Micrometer records every tag as a string
        count = span.getAttributes().get(AttributeKey.stringKey(COUNT_KEY));
      }
      check(count != null && Objects.equals(String.valueOf(count), "3"), candidate, mode,
          "attribute count: " + span.getAttributes());
      what = "1 span '" + span.getName() + "' " + span.getAttributes().asMap();
    } else {
      check(spans.isEmpty(), candidate, mode, "expected no exported span, got " + spans);
      what = "no span exported";
    }
    if (mode != TracingMode.sampled && candidate.promisesLazyAttributes()) {
      check(toStringCalls == 0, candidate, mode,
          "an argument's toString() ran " + toStringCalls + " times for an untraced call");
    }
    report(candidate, mode, what + "; user.toString() calls: " + toStringCalls);
  }

  static void check(boolean condition, CandidateBenchmark candidate, TracingMode mode,
      String problem) {
    if (!condition) {
      throw new IllegalStateException(
          "SANITY CHECK FAILED for " + candidate.candidateName() + " (" + mode + "): " + problem);
    }
  }

  static void report(CandidateBenchmark candidate, TracingMode mode, String what) {
    System.out.println("[sanity] " + candidate.candidateName() + " " + mode + ": OK, " + what);
  }
}
