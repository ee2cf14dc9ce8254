package dev.spanweave.benchmarks;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Param;

/** {@code @WithSpan} under the OpenTelemetry Java agent, mode {@code sampled}. */
@Fork(
    value = 1,
    jvmArgsAppend = {
      OtelAgentBenchmark.AGENT,
      OtelAgentBenchmark.NO_DEFAULT_INSTRUMENTATION,
      OtelAgentBenchmark.ANNOTATIONS,
      OtelAgentBenchmark.API_BRIDGE,
      OtelAgentBenchmark.NO_TRACE_EXPORT,
      OtelAgentBenchmark.NO_METRIC_EXPORT,
      OtelAgentBenchmark.NO_LOG_EXPORT,
      OtelAgentBenchmark.QUIET,
      "-Dotel.traces.sampler=always_on"
    })
public class OtelAgentSampledBenchmark extends OtelAgentBenchmark {

  @Param("sampled")
  public String mode;

  @Override
  protected TracingMode mode() {
    return TracingMode.valueOf(mode);
  }
}
