/**
 * Attributes from inside objects: {@code @SpanAttribute(path = "customer.id")}, {@code
 * @TracedSpan(resultPath = ...)} and {@code @SpanAttribute} on the members of the application's
 * own types. Paths are resolved to {@link java.lang.invoke.MethodHandle}s once, when a method is
 * described ({@link ValuePath}, {@link AttributePaths}); the same member rules are checked at
 * build time on declared types ({@link PathCheck}), so that a typo fails the compilation rather
 * than a call.
 */
package dev.spanweave.internal.paths;
