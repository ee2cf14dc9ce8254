package dev.spanweave.spring;

import dev.spanweave.internal.MethodTrace;
import dev.spanweave.internal.Orphans;
import dev.spanweave.internal.SpanContexts;
import dev.spanweave.internal.TracerHolder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

/**
 * Traces the calls of proxied beans: the Spring AOP twin of the AspectJ aspect's advice, following
 * the same {@link MethodTrace} protocol, so that spans, attributes, exceptions and asynchronous
 * results are the same whichever way a method is reached.
 *
 * <p>The tracer is the application context's: the {@code OpenTelemetry} bean's, or {@link
 * TracerHolder}'s (GlobalOpenTelemetry, or what a test kit installed) when there is no bean. So two
 * application contexts in one JVM never send spans to each other's SDK.
 */
final class TracedSpanInterceptor implements MethodInterceptor {

  /** Where the tracer comes from; replaced once the context's OpenTelemetry bean is known. */
  private record TracerChoice(Tracer tracer, boolean fromHolder) {}

  private static final TracerChoice FROM_HOLDER = new TracerChoice(null, true);

  private volatile TracerChoice choice = FROM_HOLDER;

  /** Each proxied method's trace, found per call by reference. */
  private final InvocationTraces traces = new InvocationTraces();

  /** From now on, trace to {@code tracer}; {@code null} means tracing off. */
  void useTracer(Tracer tracer) {
    choice = new TracerChoice(tracer, false);
  }

  /** From now on, trace to whatever {@link TracerHolder} holds (the default). */
  void useTracerHolder() {
    choice = FROM_HOLDER;
  }

  @Override
  public Object invoke(MethodInvocation invocation) throws Throwable {
    TracerChoice current = choice;
    Tracer tracer = current.fromHolder ? TracerHolder.tracer() : current.tracer;
    if (tracer == null || !TracerHolder.ENABLED) {
      return invocation.proceed();
    }
    Method method = invocation.getMethod();
    Object target = invocation.getThis();
    InvocationTraces.Entry entry =
        traces.get(method, target != null ? target.getClass() : method.getDeclaringClass());
    MethodTrace trace = entry.trace();
    if (trace == ProxiedTraces.NOT_PROXIED) {
      return invocation.proceed();
    }
    if (entry.suspends()) {
      return suspending(invocation, tracer, trace);
    }
    Context parent = Context.current();
    Object[] args = entry.recordsArguments() ? invocation.getArguments() : null;
    Span span = args != null ? trace.open(tracer, parent, args) : trace.open(tracer, parent);
    if (span == null) {
      return invocation.proceed();
    }
    // MethodTrace's protocol: the context made current inside the try, and a failure path that
    // rethrows the very instance without a call, so that it holds when the stack overflowed
    Object result;
    Context context = null;
    Scope scope = null;
    long began = MethodTrace.NO_START;
    try {
      began = args != null ? trace.enter(span, args) : trace.enter(span);
      context = SpanContexts.with(parent, span);
      scope = context.makeCurrent();
      result = invocation.proceed();
    } catch (Throwable error) {
      try {
        trace.thrown(context, scope, span, error, began);
      } catch (Throwable tooDeep) {
        // thrown() never throws; only a lack of stack to call it gets here, and field and array
        // writes need none: the next failing traced call up with room ends the span
        Orphans.SLOTS[Orphans.written++ & (Orphans.SLOTS.length - 1)] = span;
      }
      throw error;
    }
    scope.close();
    return trace.returned(span, result, began);
  }

  /** A Kotlin suspend function: its own method, so that the common path stays small to inline. */
  private static Object suspending(MethodInvocation invocation, Tracer tracer, MethodTrace trace)
      throws Throwable {
    Object[] args = invocation.getArguments();
    Context parent = Context.current();
    Span span =
        trace.recordsArguments() ? trace.start(tracer, parent, args) : trace.start(tracer, parent);
    if (span == null) {
      return invocation.proceed();
    }
    Object result;
    Context context = null;
    Scope scope = null;
    boolean suspends = false;
    try {
      context = SpanContexts.with(parent, span);
      suspends = KotlinCalls.continueWithSpan(trace, span, context, args);
      scope = context.makeCurrent();
      result = invocation.proceed();
    } catch (Throwable error) {
      try {
        trace.thrown(context, scope, span, error);
      } catch (Throwable tooDeep) {
        // thrown() never throws; only a lack of stack to call it gets here, and field and array
        // writes need none: the next failing traced call up with room ends the span
        Orphans.SLOTS[Orphans.written++ & (Orphans.SLOTS.length - 1)] = span;
      }
      throw error;
    }
    scope.close();
    return suspends ? KotlinCalls.returned(trace, span, result) : trace.returned(span, result);
  }
}
