package dev.spanweave.it.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class ReactorTest {

  private static final AttributeKey<Boolean> CANCELED =
      AttributeKey.booleanKey("spanweave.canceled");

  @RegisterExtension
  static final SpanweaveExtension spans = SpanweaveExtension.create().withTestClock();

  private final ReactiveService service = new ReactiveService();

  @Test
  void monoSpanEndsWhenTheValueArrivesFromAnotherThread() {
    AtomicLong workDone = new AtomicLong();

    Mono<String> mono = service.load("7", spans.clock(), workDone);

    assertThat(Span.current().getSpanContext().isValid()).isFalse();
    assertThat(spans.spans()).as("the work has not even started").isEmpty();
    assertThat(mono.block()).isEqualTo("item-7");
    SpanData span = spans.span("ReactiveService.load");
    assertThat(span.getEndEpochNanos()).isGreaterThanOrEqualTo(workDone.get());
    assertThat(span.getAttributes().get(AttributeKey.stringKey("result"))).isEqualTo("item-7");
    assertThat(span.getAttributes().get(AttributeKey.stringKey("id"))).isEqualTo("7");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void failingMonoIsAnErrorAndTheSubscriberSeesTheException() {
    Mono<String> mono = service.fail("nope");

    assertThatThrownBy(mono::block).isInstanceOf(IllegalStateException.class).hasMessage("nope");
    SpanData span = spans.span("ReactiveService.fail");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type")))
        .isEqualTo(IllegalStateException.class.getName());
    assertThat(span.getEvents()).extracting(e -> e.getName()).containsExactly("exception");
  }

  @Test
  void disposingTheSubscriptionCancelsTheSourceAndMarksTheSpan() {
    Disposable subscription = service.never().subscribe();
    assertThat(spans.spans()).isEmpty();

    subscription.dispose();

    assertThat(service.cancellations).hasValue(1);
    SpanData span = spans.span("ReactiveService.never");
    assertThat(span.getAttributes().get(CANCELED)).isTrue();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void severalSubscribersShareOneSpanEndedByTheFirst() {
    Mono<String> mono = service.load("1", spans.clock(), new AtomicLong());

    assertThat(mono.block()).isEqualTo("item-1");
    assertThat(mono.block()).isEqualTo("item-1");

    assertThat(service.subscriptions).as("each subscription runs the work").hasValue(2);
    assertThat(spans.spans()).extracting(SpanData::getName)
        .containsExactly("ReactiveService.load");
  }

  @Test
  void workRunDuringSubscriptionIsAChildOfTheMethodSpan() {
    assertThat(service.withNested().block()).isEqualTo("nested");

    assertThat(spans.span("ReactiveService.nested").getParentSpanId())
        .isEqualTo(spans.span("ReactiveService.withNested").getSpanId());
    assertThat(Span.current().getSpanContext().isValid()).isFalse();
  }

  @Test
  void fluxSpanEndsAtCompletion() {
    Flux<Integer> flux = service.numbers(3);
    assertThat(spans.spans()).isEmpty();

    assertThat(flux.collectList().block()).containsExactly(1, 2, 3);

    SpanData span = spans.span("ReactiveService.numbers");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getAttributes().get(CANCELED)).isNull();
  }

  @Test
  void failingFluxIsAnError() {
    assertThatThrownBy(() -> service.numbersThenFailure().collectList().block())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bad page");

    SpanData span = spans.span("ReactiveService.numbersThenFailure");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  @Test
  void fluxCutShortByItsConsumerIsMarkedCanceled() {
    assertThat(service.numbers(1_000).take(3).collectList().block()).containsExactly(1, 2, 3);

    assertThat(service.cancellations).hasValue(1);
    assertThat(spans.span("ReactiveService.numbers").getAttributes().get(CANCELED)).isTrue();
  }

  @Test
  void fluxWithSeveralSubscribersEndsOnce() {
    Flux<Integer> flux = service.numbers(2);

    assertThat(flux.collectList().block()).containsExactly(1, 2);
    assertThat(flux.collectList().block()).containsExactly(1, 2);

    assertThat(spans.spans()).hasSize(1);
  }
}
