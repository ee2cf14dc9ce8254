package dev.spanweave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.Spanweave;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ids a read-time MDC adapter answers, and when it answers them. */
class LogIdsTest {

  private static final SpanContext SAMPLED = SpanContext.create(
      "5f5c1c2a9b1e4d2f6a7c8b9d0e1f2a3b", "00f067aa0ba902b7", TraceFlags.getSampled(),
      TraceState.getDefault());

  @AfterEach
  void reset() {
    Spanweave.correlateLogs(false);
    Spanweave.xrayTraceIdInLogs(false);
  }

  @Test
  void theIdKeysAreOpenTelemetrysAndXrays() {
    assertThat(LogIds.isIdKey("trace_id")).isTrue();
    assertThat(LogIds.isIdKey("span_id")).isTrue();
    assertThat(LogIds.isIdKey("trace_flags")).isTrue();
    assertThat(LogIds.isIdKey("AWS-XRAY-TRACE-ID")).isTrue();
    assertThat(LogIds.isIdKey("traceId")).isFalse();
    assertThat(LogIds.isIdKey("request_id")).isFalse();
  }

  @Test
  void theCurrentSpanOnlyWhileLogCorrelationIsOnAndTheSpanIsValid() {
    try (Scope ignored = Context.root().with(Span.wrap(SAMPLED)).makeCurrent()) {
      assertThat(LogIds.current()).as("off").isNull();
      Spanweave.correlateLogs(true);
      assertThat(LogIds.current()).isEqualTo(SAMPLED);
    }
    assertThat(LogIds.current()).as("no span current").isNull();
  }

  @Test
  void valuesAndTheXrayFormOnlyWhenAskedFor() {
    assertThat(LogIds.value(SAMPLED, "trace_id")).isEqualTo("5f5c1c2a9b1e4d2f6a7c8b9d0e1f2a3b");
    assertThat(LogIds.value(SAMPLED, "span_id")).isEqualTo("00f067aa0ba902b7");
    assertThat(LogIds.value(SAMPLED, "trace_flags")).isEqualTo("01");
    assertThat(LogIds.value(SAMPLED, "AWS-XRAY-TRACE-ID")).isNull();
    assertThat(LogIds.of(SAMPLED)).hasSize(3);

    Spanweave.xrayTraceIdInLogs(true);

    assertThat(LogIds.value(SAMPLED, "AWS-XRAY-TRACE-ID"))
        .isEqualTo("1-5f5c1c2a-9b1e4d2f6a7c8b9d0e1f2a3b");
    assertThat(LogIds.of(SAMPLED)).hasSize(4)
        .containsEntry("AWS-XRAY-TRACE-ID", "1-5f5c1c2a-9b1e4d2f6a7c8b9d0e1f2a3b");
  }

  @Test
  void theSpansIdsReplaceTheApplicationsAndKeepItsOtherKeys() {
    Map<String, String> mdc = new HashMap<>(Map.of("trace_id", "mine", "request_id", "r-1"));

    LogIds.putAll(mdc, SAMPLED);

    assertThat(mdc).isEqualTo(Map.of("trace_id", "5f5c1c2a9b1e4d2f6a7c8b9d0e1f2a3b",
        "span_id", "00f067aa0ba902b7", "trace_flags", "01", "request_id", "r-1"));
  }

  @Test
  void slf4jSimplesMdcIsNotAnsweredAtReadTime() {
    assertThat(LogIds.answeredAtReadTime()).isFalse();
  }
}
