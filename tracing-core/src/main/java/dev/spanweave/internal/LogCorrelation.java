package dev.spanweave.internal;

import io.opentelemetry.api.trace.SpanContext;
import org.slf4j.MDC;

/**
 * Writes the ids of a call's span into SLF4J's MDC while the call runs and puts back exactly what
 * was there before when it leaves, so that every log line written inside the method, through any
 * SLF4J backend, carries them. The keys are those of OpenTelemetry's own log instrumentations.
 */
final class LogCorrelation {

  static final String TRACE_ID = LogIds.TRACE_ID;
  static final String XRAY_TRACE_ID = LogIds.XRAY_TRACE_ID;

  static final int KEY_COUNT = 4;

  private static final String[] KEYS =
      {TRACE_ID, LogIds.SPAN_ID, LogIds.TRACE_FLAGS, XRAY_TRACE_ID};

  private final int keys;

  /** @param xrayTraceId whether the trace id is also written in X-Ray form */
  LogCorrelation(boolean xrayTraceId) {
    this.keys = xrayTraceId ? KEY_COUNT : KEY_COUNT - 1;
  }

  /**
   * Saves the MDC values of the keys in {@code frame} and writes the span's. A value the MDC
   * already holds is not written again: a call nested in a traced call of the same trace rewrites
   * only {@code span_id}, and rewriting a key that is present allocates nothing in a map-based MDC
   * such as Logback's (a key that is absent costs a map node at every write).
   */
  void enter(CallFrames frames, int frame, SpanContext span) {
    try {
      String traceId = span.getTraceId();
      String savedTraceId = MDC.get(TRACE_ID);
      frames.save(frame, 0, savedTraceId);
      boolean sameTrace = traceId.equals(savedTraceId);
      if (!sameTrace) {
        MDC.put(TRACE_ID, traceId);
      }
      write(frames, frame, 1, span.getSpanId());
      write(frames, frame, 2, span.getTraceFlags().asHex());
      if (keys == KEY_COUNT) {
        String savedXray = MDC.get(XRAY_TRACE_ID);
        frames.save(frame, 3, savedXray);
        if (!sameTrace || savedXray == null) {
          MDC.put(XRAY_TRACE_ID, LogIds.xrayTraceId(traceId));
        }
      }
    } catch (Throwable problem) {
      Problems.report("log-correlation", "could not write the trace ids into the MDC; log lines"
          + " go on without them", problem);
    }
  }

  private static void write(CallFrames frames, int frame, int key, String value) {
    String saved = MDC.get(KEYS[key]);
    frames.save(frame, key, saved);
    if (!value.equals(saved)) {
      MDC.put(KEYS[key], value);
    }
  }

  /**
   * Puts back the values {@link #enter} saved in {@code frame}: removes the keys that were absent,
   * and rewrites the others only where the MDC now holds something else.
   */
  void leave(CallFrames frames, int frame) {
    try {
      for (int k = 0; k < keys; k++) {
        String saved = frames.saved(frame, k);
        if (saved == null) {
          MDC.remove(KEYS[k]);
        } else if (!saved.equals(MDC.get(KEYS[k]))) {
          MDC.put(KEYS[k], saved);
        }
      }
    } catch (Throwable problem) {
      Problems.report("log-correlation-restore",
          "could not put back the MDC after a traced call", problem);
    }
  }
}
