package dev.spanweave.benchmarks;

import dev.spanweave.Spanweave;
import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.SpanweaveGreeter;
import io.opentelemetry.api.OpenTelemetry;
import org.openjdk.jmh.annotations.Fork;

/** spanweave, woven at compile time (module benchmarks/ctw-fixture). */
@Fork(CandidateBenchmark.TARGET_FORKS)
public class SpanweaveCtwBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    Spanweave.useOpenTelemetry(openTelemetry);
    // no timer, whatever a candidate run before it in the same JVM set (--shared-jvm)
    Spanweave.meterRegistry(null);
    return new SpanweaveGreeter();
  }

  @Override
  protected boolean promisesLazyAttributes() {
    return true;
  }
}
