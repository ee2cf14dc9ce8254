package dev.spanweave.benchmarks;

import dev.spanweave.Spanweave;
import dev.spanweave.aspectj.TracedSpanAspect;
import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.LtwGreeter;
import io.opentelemetry.api.OpenTelemetry;
import org.openjdk.jmh.annotations.Fork;

/**
 * spanweave woven at load time, with the aspect loaded before the traced class as the README's
 * load-time-weaving tuning tip says: the weaver can then inline the advice.
 */
@Fork(value = 1, jvmArgsAppend = "-javaagent:target/agents/aspectjweaver.jar")
public class SpanweaveLtwPreloadedBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    TracedSpanAspect.aspectOf();
    Spanweave.useOpenTelemetry(openTelemetry);
    return new LtwGreeter();
  }

  @Override
  protected boolean promisesLazyAttributes() {
    return true;
  }
}
