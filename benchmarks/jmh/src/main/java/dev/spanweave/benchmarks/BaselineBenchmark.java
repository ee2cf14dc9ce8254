package dev.spanweave.benchmarks;

import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.PlainGreeter;
import io.opentelemetry.api.OpenTelemetry;

/** The business method untraced: the floor every candidate is compared with. */
public class BaselineBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    return new PlainGreeter();
  }

  @Override
  protected boolean traces() {
    return false;
  }
}
