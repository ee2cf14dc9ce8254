package dev.spanweave.benchmarks;

import dev.spanweave.Spanweave;
import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.SpanweaveGreeter;
import io.opentelemetry.api.OpenTelemetry;

/** spanweave, woven at compile time (module benchmarks/ctw-fixture). */
public class SpanweaveCtwBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    Spanweave.useOpenTelemetry(openTelemetry);
    return new SpanweaveGreeter();
  }

  @Override
  protected boolean promisesLazyAttributes() {
    return true;
  }
}
