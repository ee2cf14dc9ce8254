package dev.spanweave.benchmarks;

import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.HandWrittenGreeter;
import io.opentelemetry.api.OpenTelemetry;
import org.openjdk.jmh.annotations.Fork;

/** Hand-written OpenTelemetry code: every ratio in the report is relative to this. */
@Fork(CandidateBenchmark.TARGET_FORKS)
public class HandWrittenBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    return new HandWrittenGreeter(openTelemetry.getTracer("handwritten"));
  }
}
