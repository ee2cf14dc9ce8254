package dev.spanweave.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code withTestClock()}: span times from a clock each test moves by hand. */
class TestClockTest {

  @RegisterExtension
  static final SpanweaveExtension spans = SpanweaveExtension.create().withTestClock();

  @Test
  void spanTimesComeFromTheTestsClock() {
    long start = spans.clock().now();
    Span span = spans.openTelemetry().getTracer("test").spanBuilder("timed").startSpan();
    spans.clock().advance(Duration.ofMillis(1500));
    span.end();

    SpanData timed = spans.span("timed");
    assertThat(timed.getStartEpochNanos()).isEqualTo(start);
    assertThat(timed.getEndEpochNanos() - timed.getStartEpochNanos())
        .isEqualTo(TimeUnit.MILLISECONDS.toNanos(1500));
  }

  @Test
  void aWovenMethodsSpanToo() {
    long start = spans.clock().now();

    new Greeter().hello("ada", 1);

    assertThat(spans.span("Greeter.hello").getStartEpochNanos()).isEqualTo(start);
  }

  @Fixture
  static class WithoutTestClock {
    @RegisterExtension
    static final SpanweaveExtension spans = SpanweaveExtension.create();

    @Test
    void asksForTheClock() {
      spans.clock();
    }
  }

  @Test
  void withoutTheOptionAskingForTheClockSaysHowToGetOne() {
    Throwable failure = Fixtures.outcomes(WithoutTestClock.class).get("asksForTheClock");

    assertThat(failure).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withTestClock()");
  }

  @Fixture
  @SpanweaveTest(testClock = true)
  static class AnnotatedWithTestClock {
    @Test
    void timesASpan(SpanweaveExtension spans) {
      Span span = spans.openTelemetry().getTracer("test").spanBuilder("timed").startSpan();
      spans.clock().advance(Duration.ofSeconds(3));
      span.end();

      SpanData timed = spans.span("timed");
      assertThat(timed.getEndEpochNanos() - timed.getStartEpochNanos())
          .isEqualTo(TimeUnit.SECONDS.toNanos(3));
    }
  }

  @Test
  void theAnnotationGivesATestClockToo() {
    assertThat(Fixtures.outcomes(AnnotatedWithTestClock.class)).containsEntry("timesASpan", null);
  }
}
