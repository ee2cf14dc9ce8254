package dev.spanweave.internal;

import dev.spanweave.spi.AsyncCompletion;
import dev.spanweave.spi.AsyncResultSupport;
import java.util.concurrent.CompletionStage;

/**
 * {@link CompletionStage} and every implementation of it ({@code CompletableFuture} and its
 * subclasses): the caller gets the very stage the method returned, so results, exceptions and
 * {@code cancel} behave exactly as untraced; a {@code whenComplete} callback ends the span.
 */
final class CompletionStageSupport implements AsyncResultSupport {

  @Override
  public boolean supports(Class<?> declaredReturnType) {
    return CompletionStage.class.isAssignableFrom(declaredReturnType);
  }

  @Override
  public Object onReturn(Object returned, AsyncCompletion completion) {
    // The stage whenComplete returns is dropped: it only exists to run the callback, and failing
    // it (it fails when the original fails) reaches nobody.
    ((CompletionStage<?>) returned).whenComplete((value, error) -> {
      if (error == null) {
        completion.succeeded(value);
      } else {
        completion.failed(error);
      }
    });
    return returned;
  }
}
