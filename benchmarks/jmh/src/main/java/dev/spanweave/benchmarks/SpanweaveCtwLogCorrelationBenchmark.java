package dev.spanweave.benchmarks;

import dev.spanweave.Spanweave;
import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.SpanweaveGreeter;
import io.opentelemetry.api.OpenTelemetry;

/**
 * spanweave woven at compile time, writing the span's ids into the MDC at every call (Logback's
 * MDC adapter: Logback is this module's SLF4J backend).
 */
public class SpanweaveCtwLogCorrelationBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    Spanweave.useOpenTelemetry(openTelemetry);
    Spanweave.correlateLogs(true);
    return new SpanweaveGreeter();
  }

  @Override
  protected boolean promisesLazyAttributes() {
    return true;
  }
}
