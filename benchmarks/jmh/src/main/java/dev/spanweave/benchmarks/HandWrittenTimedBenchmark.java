package dev.spanweave.benchmarks;

import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.HandWrittenGreeter;
import dev.spanweave.benchmarks.fixture.HandWrittenTimedGreeter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;

/**
 * Hand-written OpenTelemetry code plus a hand-written Micrometer timer: minus {@code handWritten},
 * this is Micrometer's own {@code Timer.record} cost, the reference of the timer target.
 */
public class HandWrittenTimedBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    Timer timer = Timer.builder("greet.timed").tag("class", "Greeter").tag("method", "greet")
        .tag("exception", "none").tag("outcome", "SUCCESS").register(new SimpleMeterRegistry());
    return new HandWrittenTimedGreeter(
        new HandWrittenGreeter(openTelemetry.getTracer("handwritten")), timer);
  }
}
