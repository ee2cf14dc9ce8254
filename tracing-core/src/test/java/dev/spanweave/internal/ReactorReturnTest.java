package dev.spanweave.internal;

import static dev.spanweave.internal.AsyncTracing.call;
import static dev.spanweave.internal.AsyncTracing.traceOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

class ReactorReturnTest {

  /** Only described, never called: the tests pass the bodies. */
  static class Fixtures {
    @TracedSpan(value = "mono", resultAttribute = "result")
    Mono<String> mono() {
      return null;
    }

    @TracedSpan(value = "flux", resultAttribute = "result")
    Flux<Integer> flux() {
      return null;
    }

    @TracedSpan("inner")
    String inner() {
      return null;
    }
  }

  private static final AttributeKey<String> RESULT = AttributeKey.stringKey("result");

  private final AsyncTracing tracing = new AsyncTracing();

  private MethodTrace mono() {
    return traceOf(Fixtures.class, "mono");
  }

  private MethodTrace flux() {
    return traceOf(Fixtures.class, "flux");
  }

  @Test
  void monoSpanEndsWithItsValueWhenTheWorkOnAnotherThreadIsDone() {
    AtomicLong workDone = new AtomicLong();
    Mono<String> returned = call(mono(), () -> Mono.fromCallable(() -> {
      tracing.clock.advance(Duration.ofSeconds(2));
      workDone.set(tracing.clock.now());
      return "value";
    }).subscribeOn(Schedulers.boundedElastic()));
    assertThat(tracing.spans()).as("nothing ends before subscription").isEmpty();

    assertThat(returned.block()).isEqualTo("value");

    SpanData span = tracing.span("mono");
    assertThat(span.getEndEpochNanos()).isGreaterThanOrEqualTo(workDone.get());
    assertThat(span.getAttributes().get(RESULT)).isEqualTo("value");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getAttributes().get(SpanCompletion.CANCELED)).isNull();
  }

  @Test
  void emptyMonoEndsTheSpanWithoutResult() {
    Mono<String> returned = call(mono(), Mono::empty);

    assertThat(returned.block()).isNull();
    SpanData span = tracing.span("mono");
    assertThat(span.getAttributes().get(RESULT)).isNull();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void failingMonoRecordsTheErrorAndTheSubscriberGetsTheSameException() {
    IllegalStateException boom = new IllegalStateException("boom");
    Mono<String> returned = call(mono(), () -> Mono.<String>error(boom));

    assertThatThrownBy(returned::block).isSameAs(boom);
    SpanData span = tracing.span("mono");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().get(MethodTrace.ERROR_TYPE))
        .isEqualTo(IllegalStateException.class.getName());
    assertThat(span.getEvents()).singleElement()
        .satisfies(event -> assertThat(event.getName()).isEqualTo("exception"));
  }

  @Test
  void cancelledSubscriptionEndsTheSpanMarkedCanceled() {
    Sinks.One<String> sink = Sinks.one();
    AtomicInteger cancels = new AtomicInteger();
    Mono<String> returned =
        call(mono(), () -> sink.asMono().doOnCancel(cancels::incrementAndGet));

    Disposable subscription = returned.subscribe();
    assertThat(tracing.spans()).isEmpty();
    subscription.dispose();

    assertThat(cancels).as("the cancellation still reaches the source").hasValue(1);
    SpanData span = tracing.span("mono");
    assertThat(span.getAttributes().get(SpanCompletion.CANCELED)).isTrue();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getEvents()).isEmpty();
  }

  @Test
  void severalSubscribersEndTheSpanOnceAtTheFirstTermination() {
    AtomicInteger runs = new AtomicInteger();
    Mono<String> returned =
        call(mono(), () -> Mono.fromCallable(() -> "run" + runs.incrementAndGet()));

    assertThat(returned.block()).isEqualTo("run1");
    assertThat(returned.block()).isEqualTo("run2");

    assertThat(tracing.spans()).hasSize(1);
    assertThat(tracing.span("mono").getAttributes().get(RESULT)).isEqualTo("run1");
  }

  @Test
  void monoNeverSubscribedNeverEndsItsSpan() {
    AtomicInteger runs = new AtomicInteger();
    call(mono(), () -> Mono.fromCallable(runs::incrementAndGet));

    assertThat(runs).hasValue(0);
    assertThat(tracing.spans()).isEmpty();
  }

  @Test
  void subscriptionRunsUnderTheMethodSpanAndLeavesNoContextBehind() {
    MethodTrace inner = traceOf(Fixtures.class, "inner");
    AtomicReference<SpanContext> seen = new AtomicReference<>();
    Mono<String> returned = call(mono(), () -> Mono.fromCallable(() -> {
      seen.set(Span.current().getSpanContext());
      return call(inner, () -> "nested");
    }));
    assertThat(Span.current().getSpanContext().isValid()).isFalse();

    assertThat(returned.block()).isEqualTo("nested");

    assertThat(Span.current().getSpanContext().isValid()).isFalse();
    SpanData outer = tracing.span("mono");
    assertThat(seen.get().getSpanId()).isEqualTo(outer.getSpanId());
    assertThat(tracing.span("inner").getParentSpanId()).isEqualTo(outer.getSpanId());
  }

  @Test
  void fluxSpanEndsAtCompletionAfterAllElements() {
    AtomicLong lastElement = new AtomicLong();
    Flux<Integer> returned = call(flux(), () -> Flux.range(1, 3)
        .doOnNext(i -> {
          tracing.clock.advance(Duration.ofMillis(500));
          lastElement.set(tracing.clock.now());
        })
        .publishOn(Schedulers.parallel()));

    assertThat(returned.collectList().block()).containsExactly(1, 2, 3);

    SpanData span = tracing.span("flux");
    assertThat(span.getEndEpochNanos()).isGreaterThanOrEqualTo(lastElement.get());
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getAttributes().get(SpanCompletion.CANCELED)).isNull();
    assertThat(span.getAttributes().get(RESULT)).as("a Flux has no single result").isNull();
  }

  @Test
  void failingFluxRecordsTheError() {
    IllegalStateException boom = new IllegalStateException("boom");
    Flux<Integer> returned = call(flux(), () -> Flux.concat(Flux.just(1), Flux.error(boom)));

    assertThatThrownBy(() -> returned.collectList().block()).isSameAs(boom);
    SpanData span = tracing.span("flux");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().get(MethodTrace.ERROR_TYPE))
        .isEqualTo(IllegalStateException.class.getName());
  }

  @Test
  void fluxCancelledByItsConsumerIsMarkedCanceled() {
    Flux<Integer> returned = call(flux(), () -> Flux.range(1, 1_000));

    List<Integer> firstTwo = returned.take(2).collectList().block();

    assertThat(firstTwo).containsExactly(1, 2);
    SpanData span = tracing.span("flux");
    assertThat(span.getAttributes().get(SpanCompletion.CANCELED)).isTrue();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void fluxWithSeveralSubscribersEndsOnce() {
    Flux<Integer> returned = call(flux(), () -> Flux.just(1, 2));

    assertThat(returned.collectList().block()).containsExactly(1, 2);
    assertThat(returned.take(1).collectList().block()).containsExactly(1);

    assertThat(tracing.spans()).hasSize(1);
    assertThat(tracing.span("flux").getAttributes().get(SpanCompletion.CANCELED))
        .as("the first subscription completed; the second one's cancel changes nothing")
        .isNull();
  }
}
