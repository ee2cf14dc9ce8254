/**
 * Kotlin: suspend functions and {@code Flow}. Every class here links to Kotlin's standard library
 * (and, where present, kotlinx-coroutines and opentelemetry-extension-kotlin), so none is loaded
 * unless a traced method is a suspend function or returns a {@code Flow}: a Java application
 * loads no Kotlin class.
 *
 * <p>A suspend function compiles to a method taking a {@code Continuation} and returning {@code
 * Object}; it returns {@code COROUTINE_SUSPENDED} at each suspension and is called again, with its
 * own continuation, at each resume. The adapter starts the span on the first call only and passes
 * the function a {@link TracedContinuation} in place of its caller's: the function's state machine
 * makes it its completion, so the span ends when the function produces its result (or exception)
 * however many times it suspended, and the coroutine context it reports carries the span's
 * context, so child coroutines and every resume run under the span. A resume call ({@link
 * SuspendCalls#resume}) only makes the span's context current again.
 */
package dev.spanweave.internal.kotlin;
