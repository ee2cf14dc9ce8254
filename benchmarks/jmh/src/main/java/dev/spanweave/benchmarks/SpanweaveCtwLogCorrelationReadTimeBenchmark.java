package dev.spanweave.benchmarks;

import dev.spanweave.Spanweave;
import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.SpanweaveGreeter;
import io.opentelemetry.api.OpenTelemetry;
import org.openjdk.jmh.annotations.Fork;
import org.slf4j.MDC;

/**
 * spanweave woven at compile time with log correlation on and spanweave's Logback provider
 * installed: the MDC answers the ids when read, so calls write nothing into it. Against {@link
 * SpanweaveCtwLogCorrelationBenchmark} (the MDC writer) in the same run.
 */
@Fork(value = 1, jvmArgsAppend =
    "-Dslf4j.provider=dev.spanweave.logback.SpanweaveLogbackServiceProvider")
public class SpanweaveCtwLogCorrelationReadTimeBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    String adapter = MDC.getMDCAdapter().getClass().getName();
    if (!adapter.startsWith("dev.spanweave.logback.")) {
      throw new IllegalStateException("SANITY CHECK FAILED: the MDC adapter is " + adapter
          + ", not spanweave's read-time adapter (is -Dslf4j.provider set?)");
    }
    Spanweave.useOpenTelemetry(openTelemetry);
    Spanweave.correlateLogs(true);
    return new SpanweaveGreeter();
  }

  @Override
  protected boolean promisesLazyAttributes() {
    return true;
  }
}
