package dev.spanweave.it.logs.logback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import dev.spanweave.Spanweave;
import dev.spanweave.it.logs.Features;
import dev.spanweave.it.logs.Shop;
import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One line per ended span on the logger dev.spanweave.spans. */
class SpanLogLinesTest {

  @RegisterExtension
  static final SpanweaveExtension spans = SpanweaveExtension.create();

  private final Shop shop = new Shop();
  private Captured captured;

  @BeforeEach
  void capture() {
    captured = Captured.from("dev.spanweave.spans", Level.DEBUG);
  }

  @AfterEach
  void reset() {
    captured.detach();
    Features.allOff();
  }

  @Test
  void offByDefault() {
    shop.order("tea");

    assertThat(captured.lines).isEmpty();
  }

  @Test
  void aSuccessIsOneDebugLineWithNameDurationOutcomeAndIdsButNoArguments() {
    Spanweave.logSpans(true);

    shop.order("earl-grey");

    SpanData span = spans.span("Shop.order");
    assertThat(captured.lines).singleElement().satisfies(line -> {
      assertThat(line.level()).isEqualTo(Level.DEBUG);
      assertThat(line.message())
          .matches("span=Shop\\.order duration_ms=\\d+\\.\\d{3} outcome=success trace_id="
              + span.getTraceId() + " span_id=" + span.getSpanId())
          .doesNotContain("earl-grey");
    });
  }

  @Test
  void aMethodThatOptsInShowsItsRecordedArgumentsAsTheirAttributesAreRecorded() {
    Spanweave.logSpans(true);

    shop.deliver("tea", "do-not-log", List.of("fragile", "cold"));

    assertThat(captured.lines).singleElement().satisfies(line -> assertThat(line.message())
        .startsWith("span=Shop.deliver ")
        .endsWith(" args=\"item=tea tags=[fragile, cold]\"")
        .doesNotContain("do-not-log"));
  }

  @Test
  void aLoggedArgumentIsRedactedLikeItsAttribute() {
    Spanweave.logSpans(true);

    shop.signIn("ada", "hunter2");

    assertThat(captured.lines).singleElement().satisfies(line -> assertThat(line.message())
        .endsWith(" args=\"app.user=ada app.password=[REDACTED]\"")
        .doesNotContain("hunter2"));
  }

  @Test
  void aFailureIsAWarning() {
    Spanweave.logSpans(true);

    catchThrowable(shop::refuse);

    assertThat(captured.lines).singleElement().satisfies(line -> {
      assertThat(line.level()).isEqualTo(Level.WARN);
      assertThat(line.message()).startsWith("span=Shop.refuse ")
          .contains(" outcome=error exception=java.lang.IllegalStateException trace_id=")
          .doesNotContain("out of stock");
    });
  }

  @Test
  void aCallSlowerThanItsMethodsThresholdIsAWarning() throws Exception {
    Spanweave.logSpans(true);

    shop.restock("s3cr3t");
    shop.order("tea");

    assertThat(captured.line(captured.lines.get(0).message()).message())
        .startsWith("span=Shop.restock ")
        .contains(" outcome=slow slow_threshold_ms=5.000 ")
        .doesNotContain("s3cr3t");
    assertThat(captured.lines.get(0).level()).isEqualTo(Level.WARN);
    assertThat(captured.lines.get(1).level()).isEqualTo(Level.DEBUG);
  }

  @Test
  void theGlobalThresholdAppliesToMethodsWithoutTheirOwn() {
    Spanweave.logSpans(true);
    Spanweave.slowCallThreshold(Duration.ZERO);

    shop.order("tea");

    assertThat(captured.lines).singleElement().satisfies(line -> {
      assertThat(line.level()).isEqualTo(Level.WARN);
      assertThat(line.message()).contains(" outcome=slow slow_threshold_ms=0.000 ");
    });
  }

  @Test
  void anAsynchronousMethodIsLoggedWhenItsWorkCompletes() throws Exception {
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try {
      Spanweave.logSpans(true);

      shop.ship(worker).join();
      spans.awaitSpan("Shop.ship");

      assertThat(captured.lines).singleElement()
          .satisfies(line -> assertThat(line.message()).startsWith("span=Shop.ship ")
              .contains(" outcome=success "));
    } finally {
      worker.shutdownNow();
    }
  }
}
