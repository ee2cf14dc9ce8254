package dev.spanweave.it.async;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.sdk.testing.time.TestClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Woven by ajc at test-compile time. */
class ReactiveService {

  final AtomicInteger subscriptions = new AtomicInteger();
  final AtomicInteger cancellations = new AtomicInteger();

  @TracedSpan(resultAttribute = "result")
  Mono<String> load(@SpanAttribute("id") String id, TestClock clock, AtomicLong workDone) {
    return Mono.fromCallable(() -> {
          subscriptions.incrementAndGet();
          clock.advance(Duration.ofSeconds(1));
          workDone.set(clock.now());
          return "item-" + id;
        })
        .subscribeOn(Schedulers.boundedElastic());
  }

  @TracedSpan
  Mono<String> fail(String message) {
    return Mono.error(new IllegalStateException(message));
  }

  @TracedSpan
  Mono<String> never() {
    return Mono.<String>never().doOnCancel(cancellations::incrementAndGet);
  }

  @TracedSpan
  Mono<String> withNested() {
    return Mono.fromCallable(this::nested);
  }

  @TracedSpan
  String nested() {
    return "nested";
  }

  @TracedSpan
  Flux<Integer> numbers(int count) {
    return Flux.range(1, count).doOnCancel(cancellations::incrementAndGet);
  }

  @TracedSpan
  Flux<Integer> numbersThenFailure() {
    return Flux.concat(Flux.just(1, 2), Flux.error(new IllegalArgumentException("bad page")));
  }
}
