package dev.spanweave.benchmarks;

import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.HandWrittenSemconvGreeter;
import io.opentelemetry.api.OpenTelemetry;

/** Hand-written code writing the same three attributes as spanweave (with code.function.name). */
public class HandWrittenSemconvBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    return new HandWrittenSemconvGreeter(openTelemetry.getTracer("handwritten"));
  }
}
