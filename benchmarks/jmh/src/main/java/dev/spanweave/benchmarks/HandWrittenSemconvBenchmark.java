package dev.spanweave.benchmarks;

import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.HandWrittenSemconvGreeter;
import io.opentelemetry.api.OpenTelemetry;
import org.openjdk.jmh.annotations.Fork;

/** Hand-written code writing the same three attributes as spanweave (with code.function.name). */
@Fork(CandidateBenchmark.TARGET_FORKS)
public class HandWrittenSemconvBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    return new HandWrittenSemconvGreeter(openTelemetry.getTracer("handwritten"));
  }
}
