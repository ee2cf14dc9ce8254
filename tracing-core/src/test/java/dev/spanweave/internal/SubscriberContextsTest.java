package dev.spanweave.internal;

import static dev.spanweave.internal.AsyncTracing.call;
import static dev.spanweave.internal.AsyncTracing.traceOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

class SubscriberContextsTest {

  static class Fixtures {
    @TracedSpan("mono")
    Mono<String> mono() {
      return null;
    }

    @TracedSpan("flux")
    Flux<String> flux() {
      return null;
    }
  }

  /** Puts the span id under "span" and notes what it made current, and when. */
  static final class SpanIdWriter implements SubscriberContexts.Writer {
    final List<String> events = new ArrayList<>();

    @Override
    public Context write(Context subscriber, io.opentelemetry.context.Context traced) {
      return subscriber.put("span", Span.fromContext(traced).getSpanContext().getSpanId());
    }

    @Override
    public Scope makeCurrent(Context written) {
      events.add("current " + written.get("span"));
      return () -> events.add("closed " + written.get("span"));
    }
  }

  private final AsyncTracing tracing = new AsyncTracing();
  private final SpanIdWriter writer = new SpanIdWriter();
  private final SubscriberContexts.Writer previous = SubscriberContexts.install(writer);

  @AfterEach
  void putBack() {
    SubscriberContexts.restore(writer, previous);
  }

  @Test
  void upstreamOfATracedMonoReadsTheMethodsSpanFromReactorsContextAfterAThreadHop() {
    Mono<String> returned = call(traceOf(Fixtures.class, "mono"), () -> Mono.delay(
            Duration.ofMillis(5))
        .then(Mono.deferContextual(context -> Mono.just(context.getOrDefault("span", "none")))));

    String seen = returned.contextWrite(Context.of("span", "the caller's")).block();

    SpanData span = tracing.span("mono");
    assertThat(seen).isEqualTo(span.getSpanId());
    assertThat(writer.events).as("current on this thread while the upstream was subscribed to")
        .containsExactly("current " + span.getSpanId(), "closed " + span.getSpanId());
  }

  @Test
  void downstreamOfATracedFluxKeepsTheSubscribersContext() {
    Flux<String> returned = call(traceOf(Fixtures.class, "flux"),
        () -> Flux.deferContextual(context -> Flux.just(context.getOrDefault("span", "none"))));

    List<String> seen = returned
        .concatWith(Mono.deferContextual(context -> Mono.just(context.get("span"))))
        .contextWrite(Context.of("span", "the caller's"))
        .collectList().block();

    assertThat(seen).containsExactly(tracing.span("flux").getSpanId(), "the caller's");
  }

  @Test
  void aFailingWriterLeavesTheSubscriptionAsItWasAndTheValueUnchanged() {
    SubscriberContexts.restore(writer, previous);
    SubscriberContexts.Writer failing = (subscriber, traced) -> {
      throw new IllegalStateException("writer broken");
    };
    SubscriberContexts.Writer before = SubscriberContexts.install(failing);
    try {
      Mono<String> returned = call(traceOf(Fixtures.class, "mono"),
          () -> Mono.deferContextual(context -> Mono.just(context.getOrDefault("span", "none"))));

      assertThat(returned.contextWrite(Context.of("span", "the caller's")).block())
          .isEqualTo("the caller's");
      assertThat(tracing.span("mono").hasEnded()).isTrue();
    } finally {
      SubscriberContexts.restore(failing, before);
    }
  }

  @Test
  void aWriterWhoseScopeFailsToCloseLeavesTheValueUnchanged() {
    SubscriberContexts.restore(writer, previous);
    SubscriberContexts.Writer failingClose = new SubscriberContexts.Writer() {
      @Override
      public Context write(Context subscriber, io.opentelemetry.context.Context traced) {
        return subscriber.put("span", "written");
      }

      @Override
      public Scope makeCurrent(Context written) {
        return () -> {
          throw new IllegalStateException("scope broken");
        };
      }
    };
    SubscriberContexts.Writer before = SubscriberContexts.install(failingClose);
    try {
      Mono<String> returned = call(traceOf(Fixtures.class, "mono"),
          () -> Mono.deferContextual(context -> Mono.just(context.getOrDefault("span", "none"))));

      assertThat(returned.block()).isEqualTo("written");
      assertThat(tracing.span("mono").hasEnded()).isTrue();
    } finally {
      SubscriberContexts.restore(failingClose, before);
    }
  }

  @Test
  void restoringPutsThePreviousWriterBackOnlyIfNoOtherWasInstalledSince() {
    SubscriberContexts.Writer later = (subscriber, traced) -> subscriber;
    SubscriberContexts.Writer replaced = SubscriberContexts.install(later);
    assertThat(replaced).isSameAs(writer);

    SubscriberContexts.restore(writer, previous);
    assertThat(SubscriberContexts.install(later)).as("writer's restore leaves later's").isSameAs(later);

    SubscriberContexts.restore(later, writer);
    assertThat(SubscriberContexts.install(writer)).isSameAs(writer);
  }
}
