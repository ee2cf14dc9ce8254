package dev.spanweave.spring;

import dev.spanweave.annotations.NotTraced;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.instrumentation.annotations.AddingSpanAttributes;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * The cheap first look, at startup, at every method of every bean: whether it carries an
 * annotation that may make spanweave trace it. Only those are described by {@code MethodTraces}.
 */
final class TracingAnnotations {

  private TracingAnnotations() {}

  /** Whether {@code method} may be traced: it, or its class, carries a tracing annotation. */
  static boolean present(Method method) {
    return method.isAnnotationPresent(TracedSpan.class)
        || method.isAnnotationPresent(WithSpan.class)
        || method.isAnnotationPresent(AddingSpanAttributes.class)
        || Modifier.isPublic(method.getModifiers())
            && !method.isAnnotationPresent(NotTraced.class)
            && method.getDeclaringClass().isAnnotationPresent(TracedSpan.class);
  }

  /** Whether the annotations ask for a span of {@code method}'s own (not only attributes). */
  static boolean opensSpan(Method method) {
    return method.isAnnotationPresent(TracedSpan.class)
        || method.isAnnotationPresent(WithSpan.class)
        || method.getDeclaringClass().isAnnotationPresent(TracedSpan.class);
  }
}
