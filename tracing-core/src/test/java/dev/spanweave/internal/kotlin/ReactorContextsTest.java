package dev.spanweave.internal.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.internal.SubscriberContexts;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import kotlin.coroutines.CoroutineContext;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlinx.coroutines.reactor.ReactorContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.util.context.Context;

class ReactorContextsTest {

  private static final Span SPAN = Span.wrap(SpanContext.create(
      "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", TraceFlags.getSampled(),
      TraceState.getDefault()));

  private final SubscriberContexts.Writer writer =
      (subscriber, traced) -> subscriber.put("span", Span.fromContext(traced).getSpanContext()
          .getSpanId());
  private final SubscriberContexts.Writer previous = SubscriberContexts.install(writer);

  @AfterEach
  void putBack() {
    SubscriberContexts.restore(writer, previous);
  }

  @Test
  void aCoroutineWithAReactorContextGetsTheCallsSpanWrittenThere() {
    CoroutineContext coroutine = new ReactorContext(Context.of("request", "r-1"));

    CoroutineContext traced =
        CoroutineContexts.with(coroutine, io.opentelemetry.context.Context.root().with(SPAN));

    Context reactor = traced.get(ReactorContext.Key).getContext();
    assertThat(reactor.<String>get("span")).isEqualTo("b7ad6b7169203331");
    assertThat(reactor.<String>get("request")).as("the caller's entries stay").isEqualTo("r-1");
  }

  @Test
  void aCoroutineWithoutOneGetsNone() {
    CoroutineContext traced = CoroutineContexts.with(
        EmptyCoroutineContext.INSTANCE, io.opentelemetry.context.Context.root().with(SPAN));

    assertThat(traced.get(ReactorContext.Key)).isNull();
  }

  @Test
  void withoutAWriterTheReactorContextIsTheCallersOwn() {
    SubscriberContexts.restore(writer, previous);
    ReactorContext callers = new ReactorContext(Context.of("request", "r-1"));

    CoroutineContext traced =
        CoroutineContexts.with(callers, io.opentelemetry.context.Context.root().with(SPAN));

    assertThat(traced.get(ReactorContext.Key)).isSameAs(callers);
  }
}
