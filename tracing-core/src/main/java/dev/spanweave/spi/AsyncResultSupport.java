package dev.spanweave.spi;

/**
 * Teaches spanweave an asynchronous return type, so that the span of a traced method returning it
 * ends when the returned work completes instead of when the method returns.
 *
 * <p>Implementations are found once, on the first traced method spanweave describes, with {@link
 * java.util.ServiceLoader} and the class loader that loaded spanweave: list the implementation's
 * binary name in {@code META-INF/services/dev.spanweave.spi.AsyncResultSupport}. It needs a public
 * no-argument constructor and must be thread-safe. Implementations found this way are asked before
 * the built-in ones ({@link java.util.concurrent.CompletionStage}, and Reactor's {@code Mono} and
 * {@code Flux} when Reactor is on the class path), in the order the service loader lists them, so
 * one can take over a built-in type.
 *
 * <p>A return type no implementation supports is synchronous: the span ends when the method
 * returns, whatever the returned object does later.
 *
 * <p>Example, for a {@code Promise} type of one's own that offers a completion callback:
 *
 * <pre>{@code
 * public final class PromiseSupport implements AsyncResultSupport {
 *   public boolean supports(Class<?> declaredReturnType) {
 *     return Promise.class.isAssignableFrom(declaredReturnType);
 *   }
 *
 *   public Object onReturn(Object returned, AsyncCompletion completion) {
 *     ((Promise<?>) returned).onDone((value, error) -> {
 *       if (error == null) {
 *         completion.succeeded(value);
 *       } else {
 *         completion.failed(error);
 *       }
 *     });
 *     return returned;
 *   }
 * }
 * }</pre>
 */
public interface AsyncResultSupport {

  /**
   * Whether methods declared to return {@code declaredReturnType} (a reference type, never {@code
   * void} or a primitive) are handled by this support. Asked when a method is first described, not
   * on every call; it may be asked more than once for the same type and must answer the same way.
   * Answering for the declared type means {@link #onReturn} gets every non-null value such a
   * method returns.
   *
   * @param declaredReturnType the method's declared (erased) return type
   * @return whether this support handles the results of such methods
   */
  boolean supports(Class<?> declaredReturnType);

  /**
   * Called on every return of a traced method whose declared return type this support {@linkplain
   * #supports supports}, after the method's span stopped being current on the calling thread.
   * Arranges for exactly one call on {@code completion} when the work completes (further calls
   * are ignored, so a callback that may fire twice needs no guard of its own) and returns what the
   * caller gets: {@code returned} itself (preferred: the caller then sees no difference at all) or
   * an equivalent object of the declared return type that reports to {@code completion}.
   *
   * <p>If this method throws or returns an object that is not an instance of the declared return
   * type, spanweave reports the problem once in its log, ends the span at once and gives the
   * caller {@code returned}.
   *
   * @param returned what the traced method returned; never {@code null} (a {@code null} result
   *     ends the span at once without asking the support)
   * @param completion ends the method's span; thread-safe
   * @return what the caller of the traced method gets
   */
  Object onReturn(Object returned, AsyncCompletion completion);
}
