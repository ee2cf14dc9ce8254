package dev.spanweave.benchmarks;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Param;

/**
 * {@code @WithSpan} under the OpenTelemetry Java agent, mode {@code off}: the agent's kill switch
 * {@code otel.javaagent.enabled=false}, because {@code otel.sdk.disabled=true} left the agent's SDK
 * on in agent 2.31.1 (its spans were still valid and sampled; the sanity check caught it). With the
 * kill switch nothing is instrumented, so this measures the untraced method plus agent startup
 * effects, not a disabled tracer.
 */
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
      "-Dotel.javaagent.enabled=false"
    })
public class OtelAgentOffBenchmark extends OtelAgentBenchmark {

  @Param("off")
  public String mode;

  @Override
  protected TracingMode mode() {
    return TracingMode.valueOf(mode);
  }
}
