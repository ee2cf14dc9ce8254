package dev.spanweave.benchmarks;

import dev.spanweave.Spanweave;
import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.SpanweaveTwoStepPathGreeter;
import io.opentelemetry.api.OpenTelemetry;

/**
 * spanweave, woven at compile time, recording {@code user} through an attribute path (see {@link
 * SpanweaveTwoStepPathGreeter}): to compare with {@code spanweaveCtw}, which records the same string
 * from the argument itself, in the same run (target: at most 5 ns more).
 */
public class SpanweaveCtwTwoStepPathBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    Spanweave.useOpenTelemetry(openTelemetry);
    return new SpanweaveTwoStepPathGreeter();
  }

  @Override
  protected boolean promisesLazyAttributes() {
    return true;
  }
}
