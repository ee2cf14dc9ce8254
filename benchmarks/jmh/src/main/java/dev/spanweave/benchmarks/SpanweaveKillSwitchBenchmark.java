package dev.spanweave.benchmarks;

import dev.spanweave.Spanweave;
import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.SpanweaveGreeter;
import io.opentelemetry.api.OpenTelemetry;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Param;

/**
 * spanweave, woven at compile time, in a JVM started with its kill switch {@code
 * -Dspanweave.enabled=false}: the counterpart of the OpenTelemetry agent's kill switch in {@link
 * OtelAgentOffBenchmark}.
 */
@Fork(value = 1, jvmArgsAppend = "-Dspanweave.enabled=false")
public class SpanweaveKillSwitchBenchmark extends CandidateBenchmark {

  @Param("off")
  public String mode;

  @Override
  protected TracingMode mode() {
    return TracingMode.valueOf(mode);
  }

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    if (Spanweave.enabled()) {
      throw new IllegalStateException("the fork was meant to start with -Dspanweave.enabled=false");
    }
    Spanweave.useOpenTelemetry(openTelemetry);
    return new SpanweaveGreeter();
  }

  @Override
  protected boolean promisesLazyAttributes() {
    return true;
  }
}
