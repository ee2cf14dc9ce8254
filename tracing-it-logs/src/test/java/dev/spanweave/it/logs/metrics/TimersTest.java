package dev.spanweave.it.logs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.spanweave.Spanweave;
import dev.spanweave.it.logs.Shop;
import dev.spanweave.test.SpanweaveExtension;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.tracer.otel.OpenTelemetrySpanContext;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Timers of woven methods: SimpleMeterRegistry for counts and tags, Prometheus for exemplars. */
class TimersTest {

  @RegisterExtension
  static final SpanweaveExtension spans = SpanweaveExtension.create();

  private final Shop shop = new Shop();

  @AfterEach
  void reset() {
    Spanweave.meterRegistry(null);
    Spanweave.timerHistograms(false);
    Spanweave.timerExemplars(false);
  }

  @Test
  void everyTracedMethodCountsItsCallsAndErrors() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    Spanweave.meterRegistry(registry);
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try {
      shop.checkout();
      shop.checkout();
      catchThrowable(shop::refuse);
      shop.ship(worker).join();
      spans.awaitSpan("Shop.ship");
    } finally {
      worker.shutdownNow();
    }

    assertThat(count(registry, "checkout", "none")).isEqualTo(2);
    assertThat(count(registry, "pay", "none")).isEqualTo(2);
    assertThat(count(registry, "refuse", "IllegalStateException")).isEqualTo(1);
    assertThat(count(registry, "ship", "none")).isEqualTo(1);
    assertThat(registry.find("spanweave.method").tags("method", "refuse", "exception",
        "IllegalStateException").timer().getId()
        .getTag("outcome")).isEqualTo("ERROR");
  }

  @Test
  void aSampledCallLeavesItsTraceIdAsTheExemplarOfItsBucket() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT,
        new PrometheusRegistry(), io.micrometer.core.instrument.Clock.SYSTEM,
        new OpenTelemetrySpanContext());
    Spanweave.meterRegistry(registry);
    Spanweave.timerHistograms(true);
    Spanweave.timerExemplars(true);

    shop.order("tea");

    SpanData order = spans.span("Shop.order");
    String scrape = registry.scrape("application/openmetrics-text");
    assertThat(scrape.lines()
        .filter(line -> line.startsWith("spanweave_method_seconds_bucket")
            && line.contains("method=\"order\"") && line.contains("# {")))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line)
            .contains("trace_id=\"" + order.getTraceId() + "\"")
            .contains("span_id=\"" + order.getSpanId() + "\""));
  }

  @Test
  void histogramsSwitchedOnAfterTheFirstCallsStillReachTheirTimers() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Spanweave.meterRegistry(registry);
    shop.order("tea");

    Spanweave.timerHistograms(true);
    shop.order("coffee");

    String scrape = registry.scrape();
    assertThat(scrape.lines().filter(line -> line.startsWith("spanweave_method_seconds_bucket")
        && line.contains("method=\"order\""))).isNotEmpty();
    assertThat(scrape.lines().filter(line -> line.startsWith("spanweave_method_seconds_count")
        && line.contains("method=\"order\""))).singleElement().satisfies(
            line -> assertThat(line).endsWith(" 1"));
  }

  @Test
  void aMethodThatOnlyFailsHasNoSuccessSeries() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    Spanweave.meterRegistry(registry);
    catchThrowable(shop::refuse);

    assertThat(registry.find("spanweave.method").tag("method", "refuse").timers())
        .singleElement()
        .satisfies(timer -> assertThat(timer.getId().getTag("outcome")).isEqualTo("ERROR"));
  }

  private static long count(SimpleMeterRegistry registry, String method, String exception) {
    Timer timer = registry.find("spanweave.method")
        .tags("class", Shop.class.getName(), "method", method, "exception", exception).timer();
    assertThat(timer).as(method + " " + exception).isNotNull();
    return timer.count();
  }
}
