package dev.spanweave.internal;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;

/**
 * The context a traced call runs in: the caller's, with the call's span.
 *
 * <p>Another tracing API bridged onto OpenTelemetry may keep its own record of the current span in
 * the context and prefer it to the context's span: Micrometer Tracing's OpenTelemetry bridge
 * (Spring Boot's OpenTelemetry starter) does, under a key of its own. Inherited into a traced
 * call's context, that record would still name the caller's span (the request's server span,
 * say), and everything Micrometer observes inside the call (a {@code RestClient} or {@code
 * WebClient} call, a JDBC query) would become the caller's child instead of the traced method's.
 * So an integration that knows such a key ({@code tracing-spring} does, where the bridge runs)
 * registers it here, and a traced call's context clears it: the bridge then reads the context's
 * span, the call's. Without a registered key, a call pays one static read.
 */
public final class SpanContexts {

  private static volatile ContextKey<Object> shadowing;

  private SpanContexts() {}

  /**
   * The context for a traced call of {@code span} made in {@code parent}.
   *
   * @param parent the caller's context
   * @param span the call's span
   * @return {@code parent} with {@code span}, and without a registered record of another span
   */
  public static Context with(Context parent, Span span) {
    Context context = parent.with(span);
    ContextKey<Object> key = shadowing;
    return key == null || parent.get(key) == null ? context : context.with(key, null);
  }

  /**
   * Registers the key under which a bridged tracing API records its current span, to be cleared
   * in every traced call's context from now on (one key per JVM: the latest wins).
   *
   * @param key the bridge's context key
   */
  @SuppressWarnings("unchecked")
  public static void clear(ContextKey<?> key) {
    shadowing = (ContextKey<Object>) key;
  }
}
