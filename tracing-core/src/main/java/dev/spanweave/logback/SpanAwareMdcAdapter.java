package dev.spanweave.logback;

import ch.qos.logback.classic.util.LogbackMDCAdapter;
import dev.spanweave.internal.LogIds;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Logback's MDC, whose reads also answer the current span's ids; writes are Logback's own. While a
 * valid span is current (and log correlation is on) its ids win over values the application put
 * under the same keys, as spanweave's MDC writer did inside a traced method; otherwise the MDC
 * answers what it holds.
 *
 * <p>Logback reads an event's MDC through {@link #getPropertyMap()} (it checks for its own adapter
 * class, hence the subclass), and its {@code getCopyOfContextMap} and {@code getKeys} go through
 * it too.
 */
final class SpanAwareMdcAdapter extends LogbackMDCAdapter implements LogIds.AtReadTime {

  /** Set once the logger context took this adapter: its events then read it. */
  private volatile boolean answersLogEvents;

  void answerLogEvents() {
    answersLogEvents = true;
  }

  @Override
  public boolean answersLogEvents() {
    return answersLogEvents;
  }

  @Override
  public String get(String key) {
    if (key != null && LogIds.isIdKey(key)) {
      SpanContext span = current();
      if (span != null) {
        String value = LogIds.value(span, key);
        if (value != null) {
          return value;
        }
      }
    }
    return super.get(key);
  }

  /**
   * The span whose ids the MDC shows, or null. Reading the MDC happens inside logging: a failure
   * here must cost the ids, never the line.
   */
  private static SpanContext current() {
    try {
      return LogIds.current();
    } catch (Throwable problem) {
      return null;
    }
  }

  /**
   * The thread's MDC with the current span's ids: a new unmodifiable map per read while a span is
   * current (an event reads it once and keeps it, so later changes do not show in it); just the
   * ids, in an immutable map, when the thread's MDC is empty.
   */
  @Override
  public Map<String, String> getPropertyMap() {
    Map<String, String> held = super.getPropertyMap();
    SpanContext span = current();
    if (span == null) {
      return held;
    }
    if (held == null || held.isEmpty()) {
      return LogIds.of(span);
    }
    Map<String, String> withIds = new HashMap<>(held);
    LogIds.putAll(withIds, span);
    return Collections.unmodifiableMap(withIds);
  }
}
