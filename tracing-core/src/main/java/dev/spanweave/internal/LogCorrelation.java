package dev.spanweave.internal;

import io.opentelemetry.api.trace.SpanContext;
import org.slf4j.MDC;

/**
 * Writes the ids of a call's span into SLF4J's MDC while the call runs and puts back exactly what
 * was there before when it leaves, so that every log line written inside the method, through any
 * SLF4J backend, carries them. The keys are those of OpenTelemetry's own log instrumentations.
 */
final class LogCorrelation {

  static final String TRACE_ID = "trace_id";
  static final String SPAN_ID = "span_id";
  static final String TRACE_FLAGS = "trace_flags";

  /** The key the AWS X-Ray SDK used for its trace id in the MDC; CloudWatch Logs knows it. */
  static final String XRAY_TRACE_ID = "AWS-XRAY-TRACE-ID";

  static final int KEY_COUNT = 4;

  private static final String[] KEYS = {TRACE_ID, SPAN_ID, TRACE_FLAGS, XRAY_TRACE_ID};

  private final int keys;

  /** @param xrayTraceId whether the trace id is also written in X-Ray form */
  LogCorrelation(boolean xrayTraceId) {
    this.keys = xrayTraceId ? KEY_COUNT : KEY_COUNT - 1;
  }

  /** Saves the MDC values of the keys in {@code frame} and writes the span's. */
  void enter(CallFrames frames, int frame, SpanContext span) {
    try {
      for (int k = 0; k < keys; k++) {
        frames.save(frame, k, MDC.get(KEYS[k]));
      }
      String traceId = span.getTraceId();
      MDC.put(TRACE_ID, traceId);
      MDC.put(SPAN_ID, span.getSpanId());
      MDC.put(TRACE_FLAGS, span.getTraceFlags().asHex());
      if (keys == KEY_COUNT) {
        MDC.put(XRAY_TRACE_ID, xrayTraceId(traceId));
      }
    } catch (Throwable problem) {
      Problems.report("log-correlation", "could not write the trace ids into the MDC; log lines"
          + " go on without them", problem);
    }
  }

  /** Puts back the values {@link #enter} saved in {@code frame}. */
  void leave(CallFrames frames, int frame) {
    try {
      for (int k = 0; k < keys; k++) {
        String saved = frames.saved(frame, k);
        if (saved == null) {
          MDC.remove(KEYS[k]);
        } else {
          MDC.put(KEYS[k], saved);
        }
      }
    } catch (Throwable problem) {
      Problems.report("log-correlation-restore",
          "could not put back the MDC after a traced call", problem);
    }
  }

  /**
   * The X-Ray form of an OpenTelemetry trace id: {@code 1-} then its first 8 hex digits (which
   * X-Ray reads as the epoch second the trace began, as the X-Ray id generator makes them), a dash
   * and the other 24.
   */
  static String xrayTraceId(String traceId) {
    return "1-" + traceId.substring(0, 8) + "-" + traceId.substring(8);
  }
}
