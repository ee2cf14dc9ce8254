package dev.spanweave.internal;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Map;
import org.slf4j.MDC;

/**
 * The log-correlation keys and their values for a span, shared by the two ways the ids reach the
 * MDC: written around each traced call ({@link LogCorrelation}), or answered when the MDC is read
 * by an adapter that implements {@link AtReadTime}.
 */
public final class LogIds {

  public static final String TRACE_ID = "trace_id";
  public static final String SPAN_ID = "span_id";
  public static final String TRACE_FLAGS = "trace_flags";

  /** The key the AWS X-Ray SDK used for its trace id in the MDC; CloudWatch Logs knows it. */
  public static final String XRAY_TRACE_ID = "AWS-XRAY-TRACE-ID";

  /**
   * Marks an SLF4J MDC adapter that answers the keys itself from the current OpenTelemetry context
   * whenever it is read: with it installed, log correlation needs no writing per call.
   */
  public interface AtReadTime {

    /** Whether the logging backend's events read this adapter too (not only SLF4J's MDC). */
    boolean answersLogEvents();
  }

  private LogIds() {}

  /**
   * Whether SLF4J's MDC adapter answers the keys at read time; asked once per method when its
   * features are composed, never per call.
   */
  static boolean answeredAtReadTime() {
    try {
      return MDC.getMDCAdapter() instanceof AtReadTime adapter && adapter.answersLogEvents();
    } catch (Throwable noSlf4jBackend) {
      return false;
    }
  }

  /** Whether {@code key} is one of the keys read-time adapters answer. */
  public static boolean isIdKey(String key) {
    return switch (key) {
      case TRACE_ID, SPAN_ID, TRACE_FLAGS, XRAY_TRACE_ID -> true;
      default -> false;
    };
  }

  /**
   * The current span's context when log correlation is on and a valid span is current, else null:
   * what a read-time adapter shows.
   */
  public static SpanContext current() {
    // null while Observers itself is initialising and logs a notice about a setting
    Observers.Settings settings = Observers.settings();
    if (settings == null || !settings.logCorrelation()) {
      return null;
    }
    SpanContext span = Span.current().getSpanContext();
    return span.isValid() ? span : null;
  }

  private static boolean xray() {
    Observers.Settings settings = Observers.settings();
    return settings != null && settings.xrayTraceId();
  }

  /** The value of {@code key} for {@code span}; null for a key that is not an id key or is off. */
  public static String value(SpanContext span, String key) {
    return switch (key) {
      case TRACE_ID -> span.getTraceId();
      case SPAN_ID -> span.getSpanId();
      case TRACE_FLAGS -> span.getTraceFlags().asHex();
      case XRAY_TRACE_ID -> xray() ? xrayTraceId(span.getTraceId()) : null;
      default -> null;
    };
  }

  /** The ids of {@code span} alone, as an immutable map. */
  public static Map<String, String> of(SpanContext span) {
    String traceId = span.getTraceId();
    return xray()
        ? Map.of(TRACE_ID, traceId, SPAN_ID, span.getSpanId(),
            TRACE_FLAGS, span.getTraceFlags().asHex(), XRAY_TRACE_ID, xrayTraceId(traceId))
        : Map.of(TRACE_ID, traceId, SPAN_ID, span.getSpanId(),
            TRACE_FLAGS, span.getTraceFlags().asHex());
  }

  /** Puts the ids of {@code span} into {@code map}, replacing what it held under their keys. */
  public static void putAll(Map<String, String> map, SpanContext span) {
    map.put(TRACE_ID, span.getTraceId());
    map.put(SPAN_ID, span.getSpanId());
    map.put(TRACE_FLAGS, span.getTraceFlags().asHex());
    if (xray()) {
      map.put(XRAY_TRACE_ID, xrayTraceId(span.getTraceId()));
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
