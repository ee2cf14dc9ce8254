package dev.spanweave.examples.logs;

import dev.spanweave.Spanweave;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.tracer.otel.OpenTelemetrySpanContext;
import java.time.Duration;

/** docs/logs-and-metrics.md: the set-up snippets, compiled here so that they stay true. */
public final class LogsAndMetrics {

  private LogsAndMetrics() {}

  /** Log correlation through spanweave's MDC writer, with the X-Ray form of the trace id. */
  static void correlateLogs() {
    // tag::correlate[]
    Spanweave.correlateLogs(true);      // trace_id, span_id, trace_flags in the MDC
    Spanweave.xrayTraceIdInLogs(true);  // and AWS-XRAY-TRACE-ID: 1-5f5c1c2a-9b1e4d2f6a7c8b9d0e1f2a3b
    // end::correlate[]
  }

  /** One log line per span, WARN for failures and slow calls. */
  static void logSpans() {
    // tag::span-logging[]
    Spanweave.logSpans(true);                           // logger dev.spanweave.spans
    Spanweave.slowCallThreshold(Duration.ofMillis(250)); // WARN from 250 ms on
    // end::span-logging[]
  }

  /** Timers in any registry. */
  static void timers(MeterRegistry registry) {
    // tag::timers[]
    Spanweave.meterRegistry(registry);   // a timer spanweave.method per traced method
    // end::timers[]
  }

  /** Prometheus with exemplars: a slow bucket links to a trace. */
  static PrometheusMeterRegistry prometheusWithExemplars() {
    // tag::exemplars[]
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT,
        new PrometheusRegistry(), Clock.SYSTEM, new OpenTelemetrySpanContext());
    Spanweave.meterRegistry(registry);
    Spanweave.timerHistograms(true);  // exemplars live on histogram buckets
    Spanweave.timerExemplars(true);   // the span is current while its timer records
    // end::exemplars[]
    return registry;
  }
}
