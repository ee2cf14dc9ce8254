package dev.spanweave.benchmarks;

import dev.spanweave.Spanweave;
import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.LtwGreeter;
import io.opentelemetry.api.OpenTelemetry;
import org.openjdk.jmh.annotations.Fork;

/** spanweave, woven at load time by the AspectJ agent (path relative to benchmarks/jmh). */
@Fork(value = 1, jvmArgsAppend = "-javaagent:target/agents/aspectjweaver.jar")
public class SpanweaveLtwBenchmark extends InProcessBenchmark {

  @Override
  protected Greeter greeter(OpenTelemetry openTelemetry) {
    Spanweave.useOpenTelemetry(openTelemetry);
    return new LtwGreeter();
  }

  @Override
  protected boolean promisesLazyAttributes() {
    return true;
  }
}
