package dev.spanweave.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Capturing spans: what tests get from the extension (strict mode is on throughout). */
class SpanweaveExtensionTest {

  @RegisterExtension
  static final SpanweaveExtension spans = SpanweaveExtension.create();

  final Tracer tracer = GlobalOpenTelemetry.getTracer("test");

  @Test
  void capturesSpansMadeThroughTheGlobalInstance() {
    tracer.spanBuilder("a").startSpan().end();

    assertThat(spans.spans()).extracting(SpanData::getName).containsExactly("a");
  }

  // Together, these two fail if spans of one test were still there in the next.
  @Test
  void eachTestStartsWithNoSpans() {
    tracer.spanBuilder("first").startSpan().end();

    assertThat(spans.spans()).extracting(SpanData::getName).containsExactly("first");
  }

  @Test
  void eachTestStartsWithNoSpansEither() {
    tracer.spanBuilder("second").startSpan().end();

    assertThat(spans.spans()).extracting(SpanData::getName).containsExactly("second");
  }

  @Test
  void theInstalledInstanceIsTheGlobalOne() {
    spans.openTelemetry().getTracer("own").spanBuilder("own").startSpan().end();
    tracer.spanBuilder("global").startSpan().end();

    assertThat(spans.spans()).extracting(SpanData::getName).containsExactly("own", "global");
  }

  @Test
  void spanByNameInsistsOnExactlyOne() {
    tracer.spanBuilder("twice").startSpan().end();
    tracer.spanBuilder("twice").startSpan().end();

    assertThatThrownBy(() -> spans.span("missing"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("no ended span is named 'missing'; ended: [twice, twice], still open: []");
    assertThatThrownBy(() -> spans.span("twice"))
        .hasMessageStartingWith("2 ended spans are named 'twice'");
  }

  @Test
  void assertionsOfTheSdkWork() {
    Span parent = tracer.spanBuilder("parent").startSpan();
    try (Scope ignored = parent.makeCurrent()) {
      tracer.spanBuilder("child").startSpan().end();
    } finally {
      parent.end();
    }

    spans.assertSpan("child").hasParent(spans.span("parent"));
    spans.assertTraces().hasSize(1);
  }

  @Test
  void awaitsASpanThatEndsOnAnotherThread() {
    Span slow = tracer.spanBuilder("slow").startSpan();
    Thread testThread = Thread.currentThread();
    CompletableFuture<Void> ender = CompletableFuture.runAsync(() -> {
      // end only once the test thread waits in awaitSpan, so that the wait itself is exercised
      while (testThread.getState() != Thread.State.TIMED_WAITING) {
        Thread.onSpinWait();
      }
      slow.end();
    });

    SpanData ended = spans.awaitSpan("slow");

    assertThat(ended.getName()).isEqualTo("slow");
    assertThat(ended.hasEnded()).isTrue();
    ender.join();
  }

  @Test
  void awaitingGivesUpAfterTheTimeoutNamingTheOpenSpans() {
    Span open = tracer.spanBuilder("still-open").startSpan();
    SpanweaveExtension impatient = spans.timeout(Duration.ZERO);

    assertThatThrownBy(() -> impatient.awaitSpan("still-open"))
        .hasMessage("no span named 'still-open' ended within PT0S; ended: [],"
            + " still open: [still-open]");
    assertThatThrownBy(impatient::awaitAllEnded)
        .hasMessage("spans still open after PT0S: [still-open]");

    open.end();
    assertThat(impatient.awaitAllEnded()).extracting(SpanData::getName).containsExactly("still-open");
  }

  @Test
  void testsGetTheExtensionAsAParameter(SpanweaveExtension injected) {
    assertThat(injected).isSameAs(spans);
  }

  @Nested
  class InANestedClass {
    @Test
    void spansAreCapturedToo() {
      tracer.spanBuilder("nested").startSpan().end();

      assertThat(spans.spans()).extracting(SpanData::getName).containsExactly("nested");
    }
  }
}
