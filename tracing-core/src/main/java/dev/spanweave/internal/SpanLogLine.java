package dev.spanweave.internal;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one line per ended span to the logger {@value #LOGGER_NAME}, in logfmt so that log stores
 * parse it: at DEBUG for a success, at WARN for a failure and for a call slower than its threshold.
 * Argument values are part of it only for methods that opt in ({@code @TracedSpan(logArguments =
 * true)}); results never are.
 */
final class SpanLogLine implements OutcomeRecorder {

  static final String LOGGER_NAME = "dev.spanweave.spans";

  static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

  private final String spanName;
  private final String functionName;
  private final long slowNanos;
  private final String slowMillis;

  /** @param slowNanos calls at least this long are logged at WARN; {@code Long.MAX_VALUE}: never */
  SpanLogLine(String spanName, String functionName, long slowNanos) {
    this.spanName = spanName;
    this.functionName = functionName;
    this.slowNanos = slowNanos;
    this.slowMillis = millis(slowNanos);
  }

  @Override
  public void record(Span span, long nanos, Throwable error, String arguments) {
    try {
      if (error != null) {
        if (LOG.isWarnEnabled()) {
          SpanContext ids = span.getSpanContext();
          LOG.warn("span={} duration_ms={} outcome=error exception={} trace_id={} span_id={}{}",
              spanName, millis(nanos), Throwables.unwrap(error).getClass().getName(),
              ids.getTraceId(), ids.getSpanId(), logfmt(arguments));
        }
      } else if (nanos >= slowNanos) {
        if (LOG.isWarnEnabled()) {
          SpanContext ids = span.getSpanContext();
          LOG.warn("span={} duration_ms={} outcome=slow slow_threshold_ms={} trace_id={} span_id={}{}",
              spanName, millis(nanos), slowMillis, ids.getTraceId(), ids.getSpanId(),
              logfmt(arguments));
        }
      } else if (LOG.isDebugEnabled()) {
        SpanContext ids = span.getSpanContext();
        LOG.debug("span={} duration_ms={} outcome=success trace_id={} span_id={}{}",
            spanName, millis(nanos), ids.getTraceId(), ids.getSpanId(), logfmt(arguments));
      }
    } catch (Throwable problem) {
      Problems.report("span-log:" + functionName,
          "could not write the span log line of " + functionName, problem);
    }
  }

  /** {@code  args="user=ada count=3"}, or nothing for a method that does not log arguments. */
  static String logfmt(String arguments) {
    if (arguments == null) {
      return "";
    }
    return " args=\"" + arguments.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Milliseconds with microsecond precision: {@code 12.345}. */
  static String millis(long nanos) {
    if (nanos == Long.MAX_VALUE) {
      return "none";
    }
    long micros = nanos / 1_000;
    long fraction = Math.abs(micros % 1_000);
    String digits = Long.toString(fraction);
    return micros / 1_000 + "." + "000".substring(digits.length()) + digits;
  }

  @Override
  public String toString() {
    return "SpanLogLine[" + spanName + ", slow at " + slowMillis + " ms]";
  }
}
