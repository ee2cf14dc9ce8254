package dev.spanweave.benchmarks;

import dev.spanweave.Spanweave;
import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.SpanweaveGreeter;
import io.opentelemetry.api.OpenTelemetry;
import org.openjdk.jmh.annotations.Fork;

/**
 * spanweave, woven at compile time, with code attributes switched on: a third attribute,
 * {@code code.function.name}, like {@link HandWrittenSemconvBenchmark}.
 */
@Fork(CandidateBenchmark.TARGET_FORKS)
public class SpanweaveCtwCodeAttributesBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    Spanweave.useOpenTelemetry(openTelemetry);
    Spanweave.recordCodeAttributes(true);
    return new SpanweaveGreeter();
  }

  @Override
  protected boolean promisesLazyAttributes() {
    return true;
  }
}
