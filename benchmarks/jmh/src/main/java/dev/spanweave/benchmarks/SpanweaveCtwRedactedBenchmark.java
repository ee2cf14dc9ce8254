package dev.spanweave.benchmarks;

import static dev.spanweave.benchmarks.fixture.Greeter.USER_KEY;

import dev.spanweave.Spanweave;
import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.Person;
import dev.spanweave.benchmarks.fixture.SpanweaveRedactingGreeter;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;

/**
 * spanweave, woven at compile time, with the {@code user} parameter redacted: what redaction
 * costs per call (the writer is chosen once per method, so it should cost nothing, and it skips the
 * argument's {@code toString()}).
 */
public class SpanweaveCtwRedactedBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    Spanweave.useOpenTelemetry(openTelemetry);
    return new SpanweaveRedactingGreeter();
  }

  @Override
  protected boolean promisesLazyAttributes() {
    return true;
  }

  /** The shared sanity check expects {@code user=ada}; this candidate must record the marker. */
  @Override
  protected Greeter prepare(TracingMode mode, Person user) {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    user.resetToStringCalls();
    greeter(mode.checking(exporter)).greet(user, COUNT);
    List<SpanData> spans = exporter.getFinishedSpanItems();
    if (mode == TracingMode.sampled) {
      Object recorded = spans.isEmpty() ? null
          : spans.get(0).getAttributes().get(AttributeKey.stringKey(USER_KEY));
      SanityCheck.check("[REDACTED]".equals(recorded), this, mode, "spans " + spans);
    }
    SanityCheck.check(user.toStringCalls() == 0, this, mode, "the redacted argument was read");
    SanityCheck.report(this, mode, spans.size() + " span(s), user redacted, never read");
    return greeter(mode.timed());
  }
}
