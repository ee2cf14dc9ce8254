package dev.spanweave.benchmarks;

import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.Person;
import dev.spanweave.benchmarks.fixture.WithSpanGreeter;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.lang.reflect.Field;

/**
 * OpenTelemetry's {@code @WithSpan} under the OpenTelemetry Java agent. The agent is configured
 * by system properties, so each mode is a subclass with its own fork (the JVM options below,
 * paths relative to benchmarks/jmh); the {@code OpenTelemetry} instance given to the other
 * candidates plays no part.
 */
public abstract class OtelAgentBenchmark extends CandidateBenchmark {

  static final String AGENT = "-javaagent:target/agents/opentelemetry-javaagent.jar";
  /** Only the annotation instrumentation and the API bridge (for the sanity check) are on. */
  static final String NO_DEFAULT_INSTRUMENTATION =
      "-Dotel.instrumentation.common.default-enabled=false";
  static final String ANNOTATIONS =
      "-Dotel.instrumentation.opentelemetry-instrumentation-annotations.enabled=true";
  static final String API_BRIDGE = "-Dotel.instrumentation.opentelemetry-api.enabled=true";
  static final String NO_TRACE_EXPORT = "-Dotel.traces.exporter=none";
  static final String NO_METRIC_EXPORT = "-Dotel.metrics.exporter=none";
  static final String NO_LOG_EXPORT = "-Dotel.logs.exporter=none";
  static final String QUIET = "-Dotel.javaagent.logging=none";

  @Override
  protected Greeter greeter(OpenTelemetry ignored) {
    return new WithSpanGreeter();
  }

  @Override
  protected Greeter prepare(TracingMode mode, Person user) {
    Greeter greeter = greeter(null);
    WithSpanGreeter.probe = true;
    user.resetToStringCalls();
    String result;
    try {
      result = greeter.greet(user, COUNT);
    } finally {
      WithSpanGreeter.probe = false;
    }
    SanityCheck.check(user.greeting().equals(result), this, mode, "returned " + result);
    Span seen = WithSpanGreeter.probed;
    SpanContext context = seen.getSpanContext();
    String what;
    switch (mode) {
      case sampled -> {
        // (the span has ended by now, so isRecording() is false: only its context tells)
        SanityCheck.check(context.isValid() && context.isSampled(), this, mode,
            "no sampled span inside the method (" + context + "): is the agent's annotation"
                + " instrumentation on?");
        what = agentSpanText(seen);
        SanityCheck.check(what.contains("name=greet"), this, mode, "span: " + what);
        SanityCheck.check(what.contains("user=ada") && what.contains("count=3"), this, mode,
            "attributes: " + what);
      }
      case unsampled -> {
        SanityCheck.check(context.isValid() && !context.isSampled(), this, mode,
            "expected the agent's unsampled span inside the method, got " + context);
        what = "unsampled span " + context.getSpanId();
      }
      default -> {
        SanityCheck.check(!context.isValid(), this, mode, "expected no span, got " + context);
        what = "no span";
      }
    }
    SanityCheck.report(this, mode, what + "; user.toString() calls: " + user.toStringCalls());
    return greeter;
  }

  /** The agent's own span (the SDK's toString lists name and attributes), behind the API bridge. */
  private static String agentSpanText(Span applicationSpan) {
    for (Class<?> type = applicationSpan.getClass(); type != null; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        try {
          field.setAccessible(true);
          Object value = field.get(applicationSpan);
          if (value != null && value.getClass().getName().endsWith("SdkSpan")) {
            return value.toString();
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          // not this field
        }
      }
    }
    return applicationSpan.toString();
  }
}
