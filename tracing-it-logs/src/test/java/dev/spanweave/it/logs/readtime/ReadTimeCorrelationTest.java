package dev.spanweave.it.logs.readtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import dev.spanweave.Spanweave;
import dev.spanweave.it.logs.Features;
import dev.spanweave.it.logs.Shop;
import dev.spanweave.internal.LogIds;
import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Log correlation at read time: this JVM runs with {@code
 * -Dslf4j.provider=dev.spanweave.logback.SpanweaveLogbackServiceProvider} (see the pom), so
 * Logback's MDC answers the ids of the current span and traced calls write nothing into it.
 */
class ReadTimeCorrelationTest {

  private static final String PATTERN =
      "%X{trace_id} %X{span_id} %X{trace_flags} [%X{request_id}] %msg%n";

  @RegisterExtension
  static final SpanweaveExtension spans = SpanweaveExtension.create();

  private final Shop shop = new Shop();
  private Written written;

  @AfterEach
  void reset() {
    if (written != null) {
      written.detach();
    }
    Features.allOff();
    MDC.clear();
  }

  private static String idsOf(SpanData span) {
    return span.getTraceId() + " " + span.getSpanId() + " "
        + span.getSpanContext().getTraceFlags().asHex();
  }

  @Test
  void theProviderIsSlf4jsAndTheLoggerContextsAdapterWithoutAWarning() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    assertThat(MDC.getMDCAdapter()).isInstanceOf(LogIds.AtReadTime.class)
        .isSameAs(context.getMDCAdapter());
    assertThat(((LogIds.AtReadTime) MDC.getMDCAdapter()).answersLogEvents()).isTrue();
    assertThat(new StatusUtil(context).getHighestLevel(0)).isLessThan(Status.WARN);
  }

  @Test
  void aPatternsLineAndMdcGetCarryTheIdsAndTheMdcIsAsBeforeAfter() {
    Spanweave.correlateLogs(true);
    written = Written.withPattern(Shop.LOGGER, PATTERN);
    MDC.put("request_id", "r-1");
    Map<String, String> before = MDC.getCopyOfContextMap();

    String seen = shop.traceIdInside();

    SpanData span = spans.span("Shop.traceIdInside");
    assertThat(seen).isEqualTo(span.getTraceId());
    assertThat(written.line("reading the mdc")).isEqualTo(idsOf(span) + " [r-1] reading the mdc");
    assertThat(MDC.getCopyOfContextMap()).isEqualTo(before);
    assertThat(MDC.get("trace_id")).isNull();
  }

  @Test
  void tracedCallsWriteNothingIntoTheMdc() {
    Spanweave.correlateLogs(true);

    assertThat(shop.traceIdInside()).isNotNull();
    assertThat(shop.traceIdWithoutTheSpan()).as("the MDC's own map, no span current").isNull();
  }

  @Test
  void logbacksJsonEncoderCarriesTheIds() {
    Spanweave.correlateLogs(true);
    written = Written.asJson(Shop.LOGGER);

    shop.order("tea");

    SpanData span = spans.span("Shop.order");
    assertThat(written.line("\"message\":\"ordering {}\""))
        .contains("\"trace_id\":\"" + span.getTraceId() + "\"")
        .contains("\"span_id\":\"" + span.getSpanId() + "\"");
  }

  @Test
  void nestedSpansShowTheInnerSpanThenTheOuterAgain() {
    Spanweave.correlateLogs(true);
    written = Written.withPattern(Shop.LOGGER, PATTERN);

    shop.checkout();

    SpanData checkout = spans.span("Shop.checkout");
    SpanData pay = spans.span("Shop.pay");
    assertThat(written.line("before pay")).startsWith(idsOf(checkout));
    assertThat(written.line("paying")).startsWith(idsOf(pay));
    assertThat(written.line("after pay")).startsWith(idsOf(checkout));
    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
  }

  @Test
  void insideASpanItsIdsWinOverTheApplicationsAndAfterItTheApplicationsAreBack() {
    Spanweave.correlateLogs(true);
    written = Written.withPattern(Shop.LOGGER, PATTERN);
    MDC.put("trace_id", "written-by-the-application");

    Throwable thrown = catchThrowable(shop::refuse);

    assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("out of stock");
    assertThat(written.line("refusing")).startsWith(idsOf(spans.span("Shop.refuse")));
    assertThat(MDC.getCopyOfContextMap())
        .isEqualTo(Map.of("trace_id", "written-by-the-application"));
  }

  @Test
  void workOnAnotherThreadCarriesTheIdsWhereTheContextWent() throws Exception {
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try {
      Spanweave.correlateLogs(true);
      written = Written.withPattern(Shop.LOGGER, PATTERN);

      assertThat(shop.ship(worker).join()).isEqualTo("shipped");

      SpanData ship = spans.awaitSpan("Shop.ship");
      assertThat(written.line("handing off")).startsWith(idsOf(ship));
      assertThat(written.line("shipping")).startsWith(idsOf(ship));
      assertThat(worker.submit(MDC::getCopyOfContextMap).get()).isNullOrEmpty();
    } finally {
      worker.shutdownNow();
    }
  }

  @Test
  void anUnsampledCallCarriesItsIdsWithFlagsZero() {
    Spanweave.correlateLogs(true);
    written = Written.withPattern(Shop.LOGGER, PATTERN);
    SpanContext unsampledParent = SpanContext.createFromRemoteParent(
        "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", TraceFlags.getDefault(),
        TraceState.getDefault());

    try (Scope ignored = Context.root().with(Span.wrap(unsampledParent)).makeCurrent()) {
      shop.order("tea");
    }

    assertThat(spans.spans()).as("unsampled: nothing exported").isEmpty();
    assertThat(written.line("ordering tea"))
        .matches("0af7651916cd43dd8448eb211c80319c [0-9a-f]{16} 00 \\[\\] ordering tea")
        .doesNotContain("b7ad6b7169203331");
  }

  @Test
  void withLogCorrelationOffTheMdcAnswersOnlyWhatItHolds() {
    written = Written.withPattern(Shop.LOGGER, PATTERN);

    assertThat(shop.traceIdInside()).isNull();
    assertThat(written.line("reading the mdc")).isEqualTo("   [] reading the mdc");
  }

  @Test
  void theXrayFormOfTheTraceIdWhenAskedFor() {
    Spanweave.correlateLogs(true);
    Spanweave.xrayTraceIdInLogs(true);
    written = Written.withPattern(Shop.LOGGER, "%X{AWS-XRAY-TRACE-ID} %msg%n");

    shop.order("tea");

    String traceId = spans.span("Shop.order").getTraceId();
    assertThat(written.line("ordering tea"))
        .isEqualTo("1-" + traceId.substring(0, 8) + "-" + traceId.substring(8) + " ordering tea");
    assertThat(MDC.get("AWS-XRAY-TRACE-ID")).isNull();
  }

  @Test
  void aPooledThreadKeepsNothingInItsMdc() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(1);
    try {
      Spanweave.correlateLogs(true);
      written = Written.withPattern(Shop.LOGGER, PATTERN);
      for (int i = 0; i < 5; i++) {
        pool.submit(shop::checkout).get();
        pool.submit(() -> catchThrowable(shop::refuse)).get();
      }

      assertThat(pool.submit(MDC::getCopyOfContextMap).get()).isNullOrEmpty();
      assertThat(written.lines()).hasSize(20).allMatch(line -> line.matches("[0-9a-f]{32} .*"));
    } finally {
      pool.shutdownNow();
    }
  }
}
