package dev.spanweave.benchmarks;

import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.HandWrittenGreeter;
import io.opentelemetry.api.OpenTelemetry;

/** Hand-written OpenTelemetry code: every ratio in the report is relative to this. */
public class HandWrittenBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    return new HandWrittenGreeter(openTelemetry.getTracer("handwritten"));
  }
}
