package dev.spanweave.benchmarks;

import dev.spanweave.Spanweave;
import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.SpanweaveGreeter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;

/** spanweave woven at compile time, with a Micrometer timer per method (SimpleMeterRegistry). */
public class SpanweaveCtwTimerBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    Spanweave.useOpenTelemetry(openTelemetry);
    Spanweave.meterRegistry(new SimpleMeterRegistry());
    return new SpanweaveGreeter();
  }

  @Override
  protected boolean promisesLazyAttributes() {
    return true;
  }
}
