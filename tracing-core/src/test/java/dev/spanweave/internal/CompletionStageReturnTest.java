package dev.spanweave.internal;

import static dev.spanweave.internal.AsyncTracing.call;
import static dev.spanweave.internal.AsyncTracing.traceOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CompletionStageReturnTest {

  /** Only described, never called: the tests pass the bodies. */
  static class Fixtures {
    @TracedSpan(value = "future", resultAttribute = "result", resultSizeAttribute = "result.size")
    CompletableFuture<String> future() {
      return null;
    }

    @TracedSpan("stage")
    CompletionStage<String> stage() {
      return null;
    }

    @TracedSpan(value = "expected", expectedExceptions = IllegalArgumentException.class)
    CompletableFuture<String> expected() {
      return null;
    }

    @TracedSpan("outer")
    CompletableFuture<String> outer() {
      return null;
    }

    @TracedSpan("inner")
    CompletableFuture<String> inner() {
      return null;
    }
  }

  private static final AttributeKey<String> RESULT = AttributeKey.stringKey("result");
  private static final AttributeKey<Long> RESULT_SIZE = AttributeKey.longKey("result.size");

  private final AsyncTracing tracing = new AsyncTracing();
  private final ExecutorService executor = Executors.newFixedThreadPool(2);

  @AfterEach
  void shutdown() {
    executor.shutdownNow();
  }

  @Test
  void spanEndsWhenTheFutureCompletesOnAnotherThreadNotWhenTheMethodReturns() throws Exception {
    CompletableFuture<String> work = new CompletableFuture<>();
    CompletableFuture<String> returned = call(traceOf(Fixtures.class, "future"), () -> work);

    assertThat(returned).as("the caller gets the original future").isSameAs(work);
    assertThat(tracing.spans()).as("not ended at return").isEmpty();

    AtomicLong workDone = new AtomicLong();
    Thread worker = new Thread(() -> {
      tracing.clock.advance(Duration.ofSeconds(3));
      workDone.set(tracing.clock.now());
      work.complete("done");
    });
    worker.start();
    worker.join();

    assertThat(returned.join()).isEqualTo("done");
    SpanData span = tracing.span("future");
    assertThat(span.getEndEpochNanos()).isGreaterThanOrEqualTo(workDone.get());
    assertThat(span.getEndEpochNanos() - span.getStartEpochNanos())
        .isGreaterThanOrEqualTo(Duration.ofSeconds(3).toNanos());
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getAttributes().get(RESULT)).isEqualTo("done");
    assertThat(span.getAttributes().get(RESULT_SIZE)).isEqualTo(4L);
    assertThat(span.getAttributes().get(SpanCompletion.CANCELED)).isNull();
  }

  @Test
  void failedFutureRecordsTheExceptionAndTheCallerSeesTheSameOne() throws Exception {
    IllegalStateException boom = new IllegalStateException("boom");
    CompletableFuture<String> returned = call(traceOf(Fixtures.class, "future"),
        () -> CompletableFuture.supplyAsync(() -> {
          throw boom;
        }, executor));

    assertThatThrownBy(returned::join).isInstanceOf(CompletionException.class).hasCause(boom);
    SpanData span = tracing.awaitSpans(1).get(0);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().get(MethodTrace.ERROR_TYPE))
        .isEqualTo(IllegalStateException.class.getName());
    assertThat(span.getEvents()).singleElement().satisfies(event -> {
      assertThat(event.getName()).isEqualTo("exception");
      assertThat(event.getAttributes().get(AttributeKey.stringKey("exception.type")))
          .as("unwrapped from the CompletionException")
          .isEqualTo(IllegalStateException.class.getName());
    });
    assertThat(span.getAttributes().get(RESULT)).isNull();
  }

  @Test
  void expectedExceptionOfAFutureIsRecordedButIsNotAnError() {
    CompletableFuture<String> returned = call(traceOf(Fixtures.class, "expected"),
        () -> CompletableFuture.failedFuture(new IllegalArgumentException("no such thing")));

    assertThat(returned).isCompletedExceptionally();
    SpanData span = tracing.span("expected");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getAttributes().get(MethodTrace.ERROR_TYPE)).isNull();
    assertThat(span.getEvents()).extracting(EventData::getName).containsExactly("exception");
  }

  @Test
  void callerCancellationStillCancelsAndEndsTheSpanMarkedCanceledNotFailed() {
    CompletableFuture<String> work = new CompletableFuture<>();
    CompletableFuture<String> returned = call(traceOf(Fixtures.class, "future"), () -> work);

    assertThat(returned.cancel(true)).isTrue();

    assertThat(work).isCancelled();
    SpanData span = tracing.span("future");
    assertThat(span.getAttributes().get(SpanCompletion.CANCELED)).isTrue();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getAttributes().get(MethodTrace.ERROR_TYPE)).isNull();
    assertThat(span.getEvents()).isEmpty();
    assertThat(work.complete("late")).as("the cancelled future stays cancelled").isFalse();
    assertThat(tracing.spans()).hasSize(1);
  }

  @Test
  void stageFailingBecauseWhatItWaitedForWasCancelledCountsAsCanceled() {
    CompletableFuture<String> upstream = new CompletableFuture<>();
    CompletableFuture<String> returned =
        call(traceOf(Fixtures.class, "future"), () -> upstream.thenApply(s -> s + "!"));

    upstream.cancel(false);

    assertThatThrownBy(returned::join).hasCauseInstanceOf(CancellationException.class);
    SpanData span = tracing.span("future");
    assertThat(span.getAttributes().get(SpanCompletion.CANCELED)).isTrue();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void alreadyCompletedFutureEndsTheSpanBeforeTheCallReturns() {
    CompletableFuture<String> returned = call(traceOf(Fixtures.class, "future"),
        () -> CompletableFuture.completedFuture("ready"));

    List<SpanData> spans = tracing.spans();
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).getAttributes().get(RESULT)).isEqualTo("ready");
    assertThat(returned.join()).isEqualTo("ready");
  }

  @Test
  void alreadyFailedFutureEndsTheSpanAsAnErrorBeforeTheCallReturns() {
    IllegalStateException boom = new IllegalStateException("boom");
    CompletableFuture<String> returned =
        call(traceOf(Fixtures.class, "future"), () -> CompletableFuture.failedFuture(boom));

    assertThat(tracing.span("future").getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThatThrownBy(returned::join).hasCause(boom);
  }

  @Test
  void nullFutureEndsTheSpanAtOnce() {
    CompletableFuture<String> returned = call(traceOf(Fixtures.class, "future"), () -> null);

    assertThat(returned).isNull();
    SpanData span = tracing.span("future");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getAttributes().get(RESULT)).isNull();
  }

  @Test
  void minimalCompletionStageIsHandledToo() {
    CompletableFuture<String> work = new CompletableFuture<>();
    CompletionStage<String> minimal = work.minimalCompletionStage();
    CompletionStage<String> returned = call(traceOf(Fixtures.class, "stage"), () -> minimal);

    assertThat((Object) returned).isSameAs(minimal);
    assertThat(tracing.spans()).isEmpty();
    work.complete("x");
    assertThat(tracing.spans()).extracting(SpanData::getName).containsExactly("stage");
  }

  @Test
  void methodThatThrowsInsteadOfReturningAFutureEndsAtOnceAsBefore() {
    IllegalStateException boom = new IllegalStateException("boom");
    assertThatThrownBy(() -> call(traceOf(Fixtures.class, "future"), () -> {
      throw boom;
    })).isSameAs(boom);

    assertThat(tracing.span("future").getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  @Test
  void nestedAsyncSpansKeepTheirParentageAndTheOuterCoversTheInner() throws Exception {
    MethodTrace outer = traceOf(Fixtures.class, "outer");
    MethodTrace inner = traceOf(Fixtures.class, "inner");
    CompletableFuture<String> innerWork = new CompletableFuture<>();

    CompletableFuture<String> returned = call(outer, () ->
        call(inner, () -> innerWork).thenApply(value -> value + "+outer"));
    assertThat(tracing.spans()).isEmpty();

    executor.submit(() -> innerWork.complete("inner")).get();

    assertThat(returned.join()).isEqualTo("inner+outer");
    SpanData outerSpan = tracing.span("outer");
    SpanData innerSpan = tracing.span("inner");
    assertThat(innerSpan.getParentSpanId()).isEqualTo(outerSpan.getSpanId());
    assertThat(innerSpan.getTraceId()).isEqualTo(outerSpan.getTraceId());
    assertThat(outerSpan.getEndEpochNanos()).isGreaterThanOrEqualTo(innerSpan.getEndEpochNanos());
  }

  @Test
  void neitherTheCallingNorTheCompletingThreadKeepsTheSpanAsCurrent() throws Exception {
    CompletableFuture<String> work = new CompletableFuture<>();
    call(traceOf(Fixtures.class, "future"), () -> work);
    assertThat(Span.current().getSpanContext().isValid()).isFalse();

    AtomicReference<Span> afterCompletion = new AtomicReference<>();
    executor.submit(() -> {
      work.complete("x");
      afterCompletion.set(Span.current());
    }).get();

    assertThat(tracing.spans()).hasSize(1);
    assertThat(afterCompletion.get().getSpanContext().isValid()).isFalse();
  }
}
