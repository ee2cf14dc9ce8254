package dev.spanweave.it.logs.logback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import dev.spanweave.Spanweave;
import dev.spanweave.it.logs.Features;
import dev.spanweave.it.logs.Shop;
import dev.spanweave.it.logs.VirtualThreads;
import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.MDC;

/**
 * Log correlation with Logback, both designs: spanweave writing the MDC around each call ({@code
 * Spanweave.correlateLogs(true)}), and OpenTelemetry's {@code opentelemetry-logback-mdc-1.0}
 * appender adding the ids when a line is written.
 */
class LogbackCorrelationTest {

  @RegisterExtension
  static final SpanweaveExtension spans = SpanweaveExtension.create();

  private final Shop shop = new Shop();
  private Captured captured;

  @AfterEach
  void reset() {
    if (captured != null) {
      captured.detach();
    }
    Features.allOff();
    MDC.clear();
  }

  private static void assertIdsOf(SpanData span, Map<String, String> mdc) {
    assertThat(mdc)
        .containsEntry("trace_id", span.getTraceId())
        .containsEntry("span_id", span.getSpanId())
        .containsEntry("trace_flags", span.getSpanContext().getTraceFlags().asHex());
  }

  @Test
  void everyLineInsideCarriesTheSpansIdsAndTheMdcIsAsBeforeAfter() {
    Spanweave.correlateLogs(true);
    captured = Captured.from(Shop.LOGGER, Level.INFO);
    MDC.put("request_id", "r-1");
    Map<String, String> before = MDC.getCopyOfContextMap();

    assertThat(shop.order("tea")).isEqualTo("ordered tea");

    Map<String, String> mdc = captured.line("ordering tea").mdc();
    assertIdsOf(spans.span("Shop.order"), mdc);
    assertThat(mdc).containsEntry("request_id", "r-1").doesNotContainKey("AWS-XRAY-TRACE-ID");
    assertThat(MDC.getCopyOfContextMap()).isEqualTo(before);
  }

  @Test
  void nestedSpansShowTheInnerSpanThenTheOuterAgain() {
    Spanweave.correlateLogs(true);
    captured = Captured.from(Shop.LOGGER, Level.INFO);

    shop.checkout();

    SpanData checkout = spans.span("Shop.checkout");
    SpanData pay = spans.span("Shop.pay");
    assertIdsOf(checkout, captured.line("before pay").mdc());
    assertIdsOf(pay, captured.line("paying").mdc());
    assertIdsOf(checkout, captured.line("after pay").mdc());
    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
  }

  @Test
  void aFailingMethodPutsBackTheMdcExactly() {
    Spanweave.correlateLogs(true);
    captured = Captured.from(Shop.LOGGER, Level.INFO);
    MDC.put("trace_id", "written-by-the-application");

    Throwable thrown = catchThrowable(shop::refuse);

    assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("out of stock");
    assertIdsOf(spans.span("Shop.refuse"), captured.line("refusing").mdc());
    assertThat(MDC.getCopyOfContextMap())
        .isEqualTo(Map.of("trace_id", "written-by-the-application"));
  }

  @Test
  void theXrayFormOfTheTraceIdWhenAskedFor() {
    Spanweave.correlateLogs(true);
    Spanweave.xrayTraceIdInLogs(true);
    captured = Captured.from(Shop.LOGGER, Level.INFO);

    shop.order("tea");

    String traceId = spans.span("Shop.order").getTraceId();
    assertThat(captured.line("ordering tea").mdc())
        .containsEntry("AWS-XRAY-TRACE-ID",
            "1-" + traceId.substring(0, 8) + "-" + traceId.substring(8));
    assertThat(MDC.get("AWS-XRAY-TRACE-ID")).isNull();
  }

  @Test
  void openTelemetrysAppenderAddsTheIdsAtLogTimeWithoutTouchingTheMdc() {
    captured = Captured.throughOpenTelemetryAppender(Shop.LOGGER, Level.INFO);

    shop.checkout();

    assertIdsOf(spans.span("Shop.checkout"), captured.line("after pay").mdc());
    assertIdsOf(spans.span("Shop.pay"), captured.line("paying").mdc());
    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
  }

  @Test
  void workOnAnotherThreadHasTheIdsAtLogTimeButNotInTheMdc() throws Exception {
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try {
      Spanweave.correlateLogs(true);
      captured = Captured.throughOpenTelemetryAppender(Shop.LOGGER, Level.INFO);

      assertThat(shop.ship(worker).join()).isEqualTo("shipped");

      SpanData ship = spans.awaitSpan("Shop.ship");
      // the context travels with the task (Context.taskWrapping), the MDC does not: only the
      // log-time design sees the span on the worker
      assertIdsOf(ship, captured.line("shipping").mdc());
      assertIdsOf(ship, captured.line("handing off").mdc());
      assertThat(worker.submit(MDC::getCopyOfContextMap).get()).isNullOrEmpty();
    } finally {
      worker.shutdownNow();
    }
  }

  @Test
  void theMdcWriterDoesNotFollowWorkToAnotherThread() throws Exception {
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try {
      Spanweave.correlateLogs(true);
      captured = Captured.from(Shop.LOGGER, Level.INFO);

      shop.ship(worker).join();

      SpanData ship = spans.awaitSpan("Shop.ship");
      assertIdsOf(ship, captured.line("handing off").mdc());
      assertThat(captured.line("shipping").mdc()).doesNotContainKey("trace_id");
      assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    } finally {
      worker.shutdownNow();
    }
  }

  @Test
  void aPooledThreadKeepsNothingInItsMdc() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(1);
    try {
      Spanweave.correlateLogs(true);
      Spanweave.xrayTraceIdInLogs(true);
      captured = Captured.from(Shop.LOGGER, Level.INFO);
      for (int i = 0; i < 5; i++) {
        pool.submit(shop::checkout).get();
        pool.submit(() -> catchThrowable(shop::refuse)).get();
      }

      assertThat(pool.submit(MDC::getCopyOfContextMap).get()).isNullOrEmpty();
      assertThat(captured.lines).hasSize(20);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onAVirtualThreadBothDesignsCarryTheIds() throws Exception {
    ExecutorService virtualThreads = VirtualThreads.executor();
    if (Boolean.getBoolean("spanweave.expectVirtualThreads")) {
      assertThat(virtualThreads).as("virtual threads on " + Runtime.version()).isNotNull();
    }
    assumeTrue(virtualThreads != null, "no virtual threads on Java " + Runtime.version());
    try {
      Spanweave.correlateLogs(true);
      captured = Captured.from(Shop.LOGGER, Level.INFO);

      Map<String, String> after = virtualThreads.submit(() -> {
        assertThat(VirtualThreads.isVirtual(Thread.currentThread())).isTrue();
        shop.order("tea");
        return MDC.getCopyOfContextMap();
      }).get();

      assertIdsOf(spans.span("Shop.order"), captured.line("ordering tea").mdc());
      assertThat(after).isNullOrEmpty();
    } finally {
      virtualThreads.shutdownNow();
    }
  }
}
