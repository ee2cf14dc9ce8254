package dev.spanweave.spring;

import dev.spanweave.internal.Problems;
import dev.spanweave.internal.SpanContexts;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.opentelemetry.context.ContextKey;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Registers with {@link SpanContexts} the key under which Micrometer Tracing's OpenTelemetry
 * bridge records its current span in the OpenTelemetry context, so that what Micrometer observes
 * inside a traced call is the call's child. The key is private to the bridge: it is read once, by
 * reflection, as the only static {@link ContextKey} of {@link OtelCurrentTraceContext}; if a
 * version of the bridge has none (or hides it), that is reported once and observed calls keep the
 * caller's span as parent.
 */
final class MicrometerCurrentSpan {

  private static final String CONSEQUENCE = ": what Micrometer observes inside a traced method"
      + " (an HTTP client call, say) is parented to the traced method's caller";

  private MicrometerCurrentSpan() {}

  static void register() {
    try {
      ContextKey<?> key = bridgeKey();
      if (key == null) {
        Problems.notice("spring:bridge-key", "no context key found in "
            + OtelCurrentTraceContext.class.getName() + CONSEQUENCE);
        return;
      }
      SpanContexts.clear(key);
    } catch (Throwable problem) {
      Problems.report("spring:bridge-key", "could not read the context key of Micrometer"
          + " Tracing's OpenTelemetry bridge" + CONSEQUENCE, problem);
    }
  }

  static ContextKey<?> bridgeKey() throws IllegalAccessException {
    for (Field field : OtelCurrentTraceContext.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ContextKey.class) {
        field.setAccessible(true);
        return (ContextKey<?>) field.get(null);
      }
    }
    return null;
  }
}
