/**
 * The annotations users put on their code: {@link dev.spanweave.annotations.TracedSpan} on methods
 * or types and {@link dev.spanweave.annotations.SpanAttribute} on parameters.
 */
package dev.spanweave.annotations;
