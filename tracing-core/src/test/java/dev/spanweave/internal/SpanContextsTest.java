package dev.spanweave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bridged API's record of the current span is cleared in a traced call's context. */
class SpanContextsTest {

  private static final ContextKey<String> RECORD = ContextKey.named("bridge's current span");
  private static final Span CALL = Span.wrap(SpanContext.create(
      "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", TraceFlags.getSampled(),
      TraceState.getDefault()));

  @AfterEach
  void unregister() {
    SpanContexts.clear(null);
  }

  @Test
  void aRegisteredRecordInheritedFromTheCallerIsCleared() {
    SpanContexts.clear(RECORD);
    Context caller = Context.root().with(RECORD, "server span");

    Context call = SpanContexts.with(caller, CALL);

    assertThat(Span.fromContext(call)).isSameAs(CALL);
    assertThat(call.get(RECORD)).isNull();
  }

  @Test
  void withoutARecordTheContextIsTheCallersWithTheSpan() {
    SpanContexts.clear(RECORD);
    ContextKey<String> other = ContextKey.named("request");
    Context caller = Context.root().with(other, "r-1");

    Context call = SpanContexts.with(caller, CALL);

    assertThat(Span.fromContext(call)).isSameAs(CALL);
    assertThat(call.get(other)).isEqualTo("r-1");
    assertThat(call.toString()).isEqualTo(caller.with(CALL).toString());
  }

  @Test
  void anUnregisteredKeyIsLeftAlone() {
    Context caller = Context.root().with(RECORD, "server span");

    assertThat(SpanContexts.with(caller, CALL).get(RECORD)).isEqualTo("server span");
  }
}
