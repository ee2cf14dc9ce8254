package dev.spanweave.internal.kotlin;

import dev.spanweave.internal.MethodTrace;
import dev.spanweave.internal.ReturnHandler;
import io.opentelemetry.api.trace.Span;
import kotlin.coroutines.intrinsics.IntrinsicsKt;

/**
 * The return handler of a suspend function: a call that suspended leaves its span to the {@link
 * SuspendCall} it was given; one that returned its value at once ends like any method.
 */
public final class SuspendReturnHandler implements ReturnHandler {

  static final Object SUSPENDED = IntrinsicsKt.getCOROUTINE_SUSPENDED();

  /** The one instance, chosen by {@code MethodTraces} for every suspend function. */
  public static final SuspendReturnHandler INSTANCE = new SuspendReturnHandler();

  private SuspendReturnHandler() {}

  @Override
  public Object onReturn(MethodTrace trace, Span span, Object result) {
    if (result != SUSPENDED) {
      trace.succeeded(span, result);
    }
    return result;
  }
}
