package dev.spanweave.spi;

import io.opentelemetry.context.Context;

/**
 * Ends the span of one call of a traced method whose result is asynchronous. Only the first of
 * {@link #succeeded}, {@link #failed} and {@link #cancelled} counts; later calls, from any thread,
 * do nothing. All methods are thread-safe and never throw.
 */
public interface AsyncCompletion {

  /**
   * The work completed normally with {@code value}: the span ends, recording {@code value} under
   * the method's {@code resultAttribute} and {@code resultSizeAttribute} if it has them ({@code
   * null} records nothing).
   *
   * @param value the result of the work
   */
  void succeeded(Object value);

  /**
   * The work failed with {@code error}: the span records an {@code exception} event and, unless
   * the exception is one of the method's {@code expectedExceptions}, status {@code ERROR} and
   * {@code error.type}, then ends. Wrappers such as {@link
   * java.util.concurrent.CompletionException} and {@link java.util.concurrent.ExecutionException}
   * are unwrapped first. A {@link java.util.concurrent.CancellationException} (wrapped or not)
   * counts as {@link #cancelled()}.
   *
   * @param error why the work failed
   */
  void failed(Throwable error);

  /**
   * The work was cancelled: the span ends with the boolean attribute {@code spanweave.canceled =
   * true}, without an exception event and without status {@code ERROR}, because a cancellation is
   * the consumer's decision rather than a failure of the method.
   */
  void cancelled();

  /**
   * The OpenTelemetry context of the traced call with its span, for running the asynchronous work
   * (or the code that starts it) under the method's span, e.g. {@code
   * completion.context().makeCurrent()}.
   *
   * @return the context in which the method's span is current
   */
  Context context();
}
