package dev.spanweave.it.logs.log4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.spanweave.Spanweave;
import dev.spanweave.it.logs.Features;
import dev.spanweave.it.logs.Shop;
import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.MDC;

/**
 * Log correlation with Log4j 2 as the SLF4J backend. OpenTelemetry's {@code
 * opentelemetry-log4j-context-data-2.17-autoconfigure} is on this class path, so every line gets
 * the ids at log time; spanweave's MDC writer puts them into the ThreadContext as well, which code
 * reading {@code MDC.get("trace_id")} sees.
 */
class Log4jCorrelationTest {

  @RegisterExtension
  static final SpanweaveExtension spans = SpanweaveExtension.create();

  private final Shop shop = new Shop();
  private Captured captured;

  @BeforeEach
  void capture() {
    ThreadContext.clearAll();
    captured = new Captured(Shop.LOGGER);
  }

  @AfterEach
  void reset() {
    captured.detach();
    Features.allOff();
    ThreadContext.clearAll();
  }

  private static void assertIdsOf(SpanData span, Map<String, String> data) {
    assertThat(data)
        .containsEntry("trace_id", span.getTraceId())
        .containsEntry("span_id", span.getSpanId())
        .containsEntry("trace_flags", span.getSpanContext().getTraceFlags().asHex());
  }

  @Test
  void theContextDataProviderAddsTheIdsOfNestedSpansAtLogTime() {
    shop.checkout();

    SpanData checkout = spans.span("Shop.checkout");
    assertIdsOf(checkout, captured.line("before pay").contextData());
    assertIdsOf(spans.span("Shop.pay"), captured.line("paying").contextData());
    assertIdsOf(checkout, captured.line("after pay").contextData());
    assertThat(ThreadContext.getImmutableContext()).isEmpty();
  }

  @Test
  void spanweavesMdcWriterPutsTheIdsIntoTheThreadContextAndBackAfter() {
    Spanweave.correlateLogs(true);
    Spanweave.xrayTraceIdInLogs(true);
    MDC.put("request_id", "r-1");

    shop.order("tea");

    SpanData order = spans.span("Shop.order");
    Map<String, String> data = captured.line("ordering tea").contextData();
    assertIdsOf(order, data);
    assertThat(data).containsEntry("request_id", "r-1")
        .containsEntry("AWS-XRAY-TRACE-ID", "1-" + order.getTraceId().substring(0, 8) + "-"
            + order.getTraceId().substring(8));
    assertThat(ThreadContext.getImmutableContext()).isEqualTo(Map.of("request_id", "r-1"));
  }

  @Test
  void aFailingMethodPutsBackTheThreadContextExactly() {
    Spanweave.correlateLogs(true);
    MDC.put("span_id", "from-the-application");

    Throwable thrown = catchThrowable(shop::refuse);

    assertThat(thrown).isInstanceOf(IllegalStateException.class);
    assertIdsOf(spans.span("Shop.refuse"), captured.line("refusing").contextData());
    assertThat(ThreadContext.getImmutableContext())
        .isEqualTo(Map.of("span_id", "from-the-application"));
  }

  @Test
  void workOnAnotherThreadHasTheIdsAndThePooledThreadKeepsNothing() throws Exception {
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try {
      Spanweave.correlateLogs(true);

      shop.ship(worker).join();

      SpanData ship = spans.awaitSpan("Shop.ship");
      assertIdsOf(ship, captured.line("shipping").contextData());
      assertThat(worker.submit(ThreadContext::getImmutableContext).get()).isEmpty();
      assertThat(ThreadContext.getImmutableContext()).isEmpty();
    } finally {
      worker.shutdownNow();
    }
  }
}
