package dev.spanweave.internal;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * The context a traced call runs in: the caller's, with the call's span.
 *
 * <p>Micrometer Tracing's OpenTelemetry bridge (Spring Boot's OpenTelemetry starter) keeps its own
 * record of the current span in the OpenTelemetry context, under a key of its own, and prefers it
 * to the context's span. Inherited into a traced call's context, that record would still name the
 * caller's span (the request's server span, say), and everything Micrometer observes inside the
 * call (a {@code RestClient} or {@code WebClient} call, a JDBC query) would become the caller's
 * child instead of the traced method's. So the call's context clears that key: the bridge then
 * reads the context's span, the call's.
 *
 * <p>The key is found once, by reflection, when the bridge is on the class path; without the
 * bridge, a call pays one static read.
 */
public final class SpanContexts {

  private static final String BRIDGE = "io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext";

  /** The bridge's key, or null when there is no bridge (or it could not be read). */
  private static final ContextKey<Object> SHADOWING = bridgeKey();

  private SpanContexts() {}

  /**
   * The context for a traced call of {@code span} made in {@code parent}.
   *
   * @param parent the caller's context
   * @param span the call's span
   * @return {@code parent} with {@code span}, and without a bridge's record of another span
   */
  public static Context with(Context parent, Span span) {
    Context context = parent.with(span);
    ContextKey<Object> shadowing = SHADOWING;
    return shadowing == null || parent.get(shadowing) == null
        ? context
        : context.with(shadowing, null);
  }

  @SuppressWarnings("unchecked")
  private static ContextKey<Object> bridgeKey() {
    Class<?> bridge;
    try {
      bridge = Class.forName(BRIDGE, false, SpanContexts.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError absent) {
      return null;
    }
    try {
      for (Field field : bridge.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == ContextKey.class) {
          field.setAccessible(true);
          return (ContextKey<Object>) field.get(null);
        }
      }
      Problems.notice("bridge-key", "Micrometer Tracing's OpenTelemetry bridge is on the class"
          + " path but its context key was not found in " + BRIDGE + ": what Micrometer observes"
          + " inside a traced method (an HTTP client call, say) may be parented to the traced"
          + " method's caller");
    } catch (Throwable problem) {
      Problems.report("bridge-key", "could not read the context key of Micrometer Tracing's"
          + " OpenTelemetry bridge: what Micrometer observes inside a traced method (an HTTP"
          + " client call, say) may be parented to the traced method's caller", problem);
    }
    return null;
  }
}
