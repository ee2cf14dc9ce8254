package dev.spanweave.internal.kotlin;

import dev.spanweave.internal.MethodTrace;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import java.util.concurrent.CancellationException;
import kotlin.coroutines.Continuation;

/** One call of a traced suspend function that suspended: ends its span when it completes. */
final class SuspendCall extends TracedContinuation {

  /** As {@code CompletableFuture} and {@code Mono} spans mark a cancellation (see the docs). */
  static final AttributeKey<Boolean> CANCELED = AttributeKey.booleanKey("spanweave.canceled");

  final MethodTrace trace;
  private final Span span;

  SuspendCall(MethodTrace trace, Span span, Context context, Continuation<Object> caller,
      Context parent) {
    super(caller, context, parent);
    this.trace = trace;
    this.span = span;
  }

  @Override
  void end(Object value, Throwable error) {
    if (error == null) {
      trace.succeeded(span, value);
    } else if (error instanceof CancellationException) {
      // cancelling is the caller's decision, not a failure of the function
      span.setAttribute(CANCELED, true);
      trace.succeeded(span, null);
    } else {
      trace.failed(span, error);
    }
  }
}
