package dev.spanweave.internal.kotlin;

import dev.spanweave.spi.AsyncCompletion;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.concurrent.atomic.AtomicBoolean;
import kotlin.Unit;
import kotlin.coroutines.Continuation;
import kotlinx.coroutines.flow.Flow;
import kotlinx.coroutines.flow.FlowCollector;

/**
 * The {@code Flow} a traced method's caller gets: see {@link FlowSupport}. {@code collect} is a
 * suspend function written by hand: the first collection runs the source's with a {@link
 * TracedContinuation} that ends the span when the collection ends.
 */
final class TracedFlow<T> implements Flow<T> {

  private final Flow<T> source;
  private final AsyncCompletion completion;
  private final AtomicBoolean collected = new AtomicBoolean();

  TracedFlow(Flow<T> source, AsyncCompletion completion) {
    this.source = source;
    this.completion = completion;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object collect(FlowCollector<? super T> collector, Continuation<? super Unit> caller) {
    if (collected.get() || !collected.compareAndSet(false, true)) {
      return source.collect(collector, caller);
    }
    Context context = completion.context();
    Collection traced =
        new Collection(completion, context, (Continuation<Object>) caller, Context.current());
    Object result;
    try (Scope ignored = context.makeCurrent()) {
      result = source.collect(collector, traced);
    } catch (Throwable error) {
      traced.end(null, error);
      throw error;
    }
    if (result != SuspendReturnHandler.SUSPENDED) {
      traced.end(result, null);
    }
    return result;
  }

  /** The first collection: its end is the span's. */
  private static final class Collection extends TracedContinuation {

    private final AsyncCompletion completion;

    Collection(AsyncCompletion completion, Context context, Continuation<Object> caller,
        Context parent) {
      super(caller, context, parent);
      this.completion = completion;
    }

    @Override
    void end(Object value, Throwable error) {
      if (error == null) {
        completion.succeeded(null);
      } else {
        completion.failed(error);
      }
    }
  }
}
