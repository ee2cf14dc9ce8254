package dev.spanweave.it.async;

import static dev.spanweave.it.async.AsyncAssertions.assertChildWithin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CompletableFutureTest {

  private static final AttributeKey<String> RESULT = AttributeKey.stringKey("result");
  private static final AttributeKey<Boolean> CANCELED =
      AttributeKey.booleanKey("spanweave.canceled");

  @RegisterExtension
  static final SpanweaveExtension spans = SpanweaveExtension.create().withTestClock();

  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final AsyncService service = new AsyncService(pool);

  @AfterEach
  void shutdown() {
    pool.shutdownNow();
  }

  @Test
  void spanCoversTheWorkOnAnotherThreadNotJustTheReturn() throws Exception {
    AtomicLong workDone = new AtomicLong();

    CompletableFuture<String> future = service.slowWork(spans.clock(), workDone);

    assertThat(Span.current().getSpanContext().isValid()).as("no context leak after the call").isFalse();
    assertThat(future.join()).isEqualTo("done");
    SpanData span = spans.awaitAllEnded().get(0);
    assertThat(span.getName()).isEqualTo("AsyncService.slowWork");
    assertThat(span.getEndEpochNanos()).isGreaterThanOrEqualTo(workDone.get());
    assertThat(span.getEndEpochNanos() - span.getStartEpochNanos())
        .isGreaterThanOrEqualTo(Duration.ofSeconds(2).toNanos());
    assertThat(span.getAttributes().get(RESULT)).isEqualTo("done");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void readmeExampleRecordsTheOrderIdAndTheCompletedState() throws Exception {
    OrderService orders = new OrderService(orderId -> "reserved", pool);

    assertThat(orders.placeOrder("o-42").join()).isEqualTo("reserved");

    SpanData span = spans.awaitAllEnded().get(0);
    assertThat(span.getName()).isEqualTo("OrderService.placeOrder");
    assertThat(span.getAttributes().get(AttributeKey.stringKey("app.order_id"))).isEqualTo("o-42");
    assertThat(span.getAttributes().get(AttributeKey.stringKey("app.order_state")))
        .isEqualTo("reserved");
  }

  @Test
  void failedFutureRecordsTheExceptionAndTheCallerGetsIt() throws Exception {
    CompletableFuture<String> future = service.failLater("out of stock");

    assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
        .cause().isInstanceOf(IllegalStateException.class).hasMessage("out of stock");
    SpanData span = spans.awaitAllEnded().get(0);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type")))
        .isEqualTo(IllegalStateException.class.getName());
    assertThat(span.getAttributes().get(AttributeKey.stringKey("reason")))
        .isEqualTo("out of stock");
    assertThat(span.getEvents()).singleElement().satisfies(event -> {
      assertThat(event.getName()).isEqualTo("exception");
      assertThat(event.getAttributes().get(AttributeKey.stringKey("exception.message")))
          .isEqualTo("out of stock");
    });
  }

  @Test
  void callerCancellationCancelsTheOriginalAndMarksTheSpan() {
    CompletableFuture<String> work = new CompletableFuture<>();

    CompletionStage<String> stage = service.pending(work);
    assertThat(spans.spans()).isEmpty();

    assertThat(stage.toCompletableFuture().cancel(true)).isTrue();
    assertThat(work.isCancelled()).isTrue();
    SpanData span = spans.span("AsyncService.pending");
    assertThat(span.getAttributes().get(CANCELED)).isTrue();
    assertThat(span.getAttributes().get(AttributeKey.booleanKey("set.in.body"))).isTrue();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getEvents()).isEmpty();
  }

  @Test
  void futureCompletedByAnotherThreadEndsTheSpanThere() throws Exception {
    CompletableFuture<String> work = new CompletableFuture<>();
    CompletionStage<String> stage = service.pending(work);

    pool.submit(() -> work.complete("from the pool")).get();

    assertThat(stage).isSameAs(work);
    assertThat(spans.spans()).extracting(SpanData::getName)
        .containsExactly("AsyncService.pending");
  }

  @Test
  void alreadyCompletedFutureEndsTheSpanBeforeTheCallReturns() {
    CompletableFuture<String> future = service.ready();

    assertThat(spans.spans()).hasSize(1);
    assertThat(spans.span("AsyncService.ready").getAttributes().get(RESULT)).isEqualTo("ready");
    assertThat(future.join()).isEqualTo("ready");
  }

  @Test
  void nullFutureEndsTheSpanAtOnce() {
    assertThat(service.noFuture()).isNull();
    assertThat(spans.spans()).extracting(SpanData::getName)
        .containsExactly("AsyncService.noFuture");
  }

  @Test
  void nestedAsyncSpansAreParentAndChildAndTheOuterEndsLast() throws Exception {
    assertThat(service.outer().join()).isEqualTo("inner+outer");

    spans.awaitAllEnded();
    assertChildWithin(spans.span("AsyncService.inner"), spans.span("AsyncService.outer"));
  }

  @Test
  void callersSpanIsCurrentAgainRightAfterTheCall() throws Exception {
    Span parent = spans.openTelemetry().getTracer("test").spanBuilder("parent").startSpan();
    CompletableFuture<String> work = new CompletableFuture<>();
    try (Scope ignored = parent.makeCurrent()) {
      service.pending(work);
      assertThat(Span.current()).isSameAs(parent);
    }
    work.complete("x");
    parent.end();

    assertThat(spans.span("AsyncService.pending").getParentSpanId())
        .isEqualTo(parent.getSpanContext().getSpanId());
    assertThat(Span.current().getSpanContext().isValid()).isFalse();
  }
}
