package dev.spanweave.aspectj;

import dev.spanweave.internal.MethodTrace;
import dev.spanweave.internal.Orphans;
import dev.spanweave.internal.SpanContexts;
import dev.spanweave.internal.Throwables;
import dev.spanweave.internal.TracerHolder;
import dev.spanweave.internal.kotlin.SuspendCalls;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.aspectj.lang.annotation.SuppressAjWarnings;

/**
 * Weaves spanweave's tracing into method executions annotated with {@code @TracedSpan} (or in a
 * {@code @TracedSpan} type), OpenTelemetry's {@code @WithSpan} and {@code @AddingSpanAttributes}.
 *
 * <p>The advice bodies are small and identical on purpose: ajc inlines them into every woven
 * method, and all the work happens in {@link MethodTrace}. Separate advices by argument count let
 * the recorded arguments reach the runtime without an {@code Object[]} or a JoinPoint object. Only
 * one advice matches any method, so a method carrying several tracing annotations gets one span.
 *
 * <p>With tracing off, an advice costs one volatile read before it runs the method; with tracing
 * on, that read's tracer is the one the call uses.
 *
 * <p>The failure path rethrows unchecked exceptions and errors with a plain {@code throw}, which
 * needs no stack, so that even a call that overflowed the stack gives its caller the very
 * instance it threw; only a checked one needs the call to {@code sneakyThrow}.
 *
 * <p>The advice signatures are binary API for classes woven by an earlier version: change them
 * only together with a major version.
 */
public aspect TracedSpanAspect {

  // ---- which executions: always execution(...), never call(...), never constructors -----------

  pointcut spanweaveMethod():
      execution(@dev.spanweave.annotations.TracedSpan * *(..))
      || (execution(public * (@dev.spanweave.annotations.TracedSpan *).*(..))
          && !execution(@dev.spanweave.annotations.NotTraced * *(..)));

  pointcut openTelemetryMethod():
      execution(@io.opentelemetry.instrumentation.annotations.WithSpan * *(..));

  pointcut addingAttributes():
      execution(@io.opentelemetry.instrumentation.annotations.AddingSpanAttributes * *(..))
      && !spanweaveMethod() && !openTelemetryMethod();

  // kotlinc copies a suspend function's annotations onto its static `$suspendImpl` body, and a
  // function with default arguments gets a static `$default` bridge: the function itself is
  // traced, the copies never add a span of their own
  pointcut kotlinCopy(): execution(* *$suspendImpl(..)) || execution(* *$default(..));

  pointcut traced():
      (spanweaveMethod() || openTelemetryMethod()) && !within(TracedSpanAspect) && !kotlinCopy();

  // a Kotlin suspend function: named by pattern, so that a build without Kotlin resolves nothing
  pointcut suspending(): execution(* *(.., kotlin.coroutines..Continuation));

  // a repeated @SpanAttribute (several paths of one parameter) is compiled into its container
  pointcut recordsArguments():
      execution(* *(.., @dev.spanweave.annotations.SpanAttribute (*), ..))
      || execution(* *(.., @dev.spanweave.annotations.SpanAttributes (*), ..))
      || execution(* *(.., @io.opentelemetry.instrumentation.annotations.SpanAttribute (*), ..));

  // ---- a mark on every method that opens a span, so that a Spring proxy of the same bean stands
  // aside. The three patterns are disjoint: a second mark on a method would be a weaver warning.

  declare @method: @dev.spanweave.annotations.TracedSpan * *(..): @dev.spanweave.internal.Woven;

  declare @method:
      !@dev.spanweave.annotations.TracedSpan !@dev.spanweave.annotations.NotTraced
      !@io.opentelemetry.instrumentation.annotations.WithSpan
      public * (@dev.spanweave.annotations.TracedSpan *).*(..): @dev.spanweave.internal.Woven;

  declare @method:
      @io.opentelemetry.instrumentation.annotations.WithSpan !@dev.spanweave.annotations.TracedSpan
      * *(..): @dev.spanweave.internal.Woven;

  // ---- misuse that would silently do nothing is a compile error under compile-time weaving --
  // One error per method, naming the cause and the fix. tracing-core's checks (run by ajc as an
  // annotation processor) say the same for annotations in the sources being compiled; these also
  // see the supertypes' annotations, which ajc matches through the overridden method's signature.

  pointcut attributeNotRecorded():
      (execution(* *(.., @dev.spanweave.annotations.SpanAttribute (*), ..))
          || execution(* *(.., @dev.spanweave.annotations.SpanAttributes (*), ..))) && !traced()
      && !kotlinCopy();

  pointcut nonPublicInTracedType():
      execution(!public * (@dev.spanweave.annotations.TracedSpan *).*(..));

  pointcut implementsAttributedInterfaceMethod():
      execution(* is(InterfaceType).*(.., @dev.spanweave.annotations.SpanAttribute (*), ..));

  declare error: attributeNotRecorded() && nonPublicInTracedType():
      "@SpanAttribute does nothing here: this method is not traced, because @TracedSpan on its "
          + "class traces public methods only. Annotate the method with @TracedSpan, or make it "
          + "public.";

  declare error: attributeNotRecorded() && !nonPublicInTracedType()
      && implementsAttributedInterfaceMethod():
      "@SpanAttribute on the interface method that this method implements does nothing: "
          + "annotations on interface methods are not inherited, and this method is not traced. "
          + "Put @TracedSpan and @SpanAttribute on this method.";

  declare error: attributeNotRecorded() && !nonPublicInTracedType()
      && !implementsAttributedInterfaceMethod():
      "@SpanAttribute does nothing here: this method is not traced, as neither it nor its class "
          + "has @TracedSpan (an annotation on the superclass method it overrides is not "
          + "inherited). Annotate this method with @TracedSpan, or remove @SpanAttribute.";

  // ---- advice: one per shape of argument passing ------------------------------------------
  // A user's code rarely has every shape, so an advice that matches nothing there is normal, not
  // a warning for the user's build: each advice suppresses ajc's adviceDidNotMatch lint.

  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(): traced() && !suspending() && !recordsArguments() {
    Tracer tracer = TracerHolder.tracer();
    if (tracer == null) {
      return proceed();
    }
    MethodTrace trace = JoinPointTraces.of(thisJoinPointStaticPart);
    Context parent = Context.current();
    Span span = trace.open(tracer, parent);
    if (span == null) {
      return proceed();
    }
    Object result;
    Context context = null;
    Scope scope = null;
    long began = MethodTrace.NO_START;
    try {
      began = trace.enter(span);
      context = SpanContexts.with(parent, span);
      scope = context.makeCurrent();
      result = proceed();
    } catch (Throwable error) {
      try {
        trace.thrown(context, scope, span, error, began);
      } catch (Throwable tooDeep) {
        // no stack left even to call it: field and array writes need none, and the next failing
        // traced call up with room ends the span
        Orphans.SLOTS[Orphans.written++ & (Orphans.SLOTS.length - 1)] = span;
      }
      if (error instanceof RuntimeException) {
        throw (RuntimeException) error;
      }
      if (error instanceof Error) {
        throw (Error) error;
      }
      throw Throwables.sneakyThrow(error);
    }
    scope.close();
    return trace.returned(span, result, began);
  }

  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object arg0): traced() && !suspending() && recordsArguments() && args(arg0) {
    Tracer tracer = TracerHolder.tracer();
    if (tracer == null) {
      return proceed(arg0);
    }
    MethodTrace trace = JoinPointTraces.of(thisJoinPointStaticPart);
    Context parent = Context.current();
    Span span = trace.open(tracer, parent, arg0, null, null);
    if (span == null) {
      return proceed(arg0);
    }
    Object result;
    Context context = null;
    Scope scope = null;
    long began = MethodTrace.NO_START;
    try {
      began = trace.enter(span, arg0, null, null);
      context = SpanContexts.with(parent, span);
      scope = context.makeCurrent();
      result = proceed(arg0);
    } catch (Throwable error) {
      try {
        trace.thrown(context, scope, span, error, began);
      } catch (Throwable tooDeep) {
        // no stack left even to call it: field and array writes need none, and the next failing
        // traced call up with room ends the span
        Orphans.SLOTS[Orphans.written++ & (Orphans.SLOTS.length - 1)] = span;
      }
      if (error instanceof RuntimeException) {
        throw (RuntimeException) error;
      }
      if (error instanceof Error) {
        throw (Error) error;
      }
      throw Throwables.sneakyThrow(error);
    }
    scope.close();
    return trace.returned(span, result, began);
  }

  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object arg0, Object arg1):
      traced() && !suspending() && recordsArguments() && args(arg0, arg1) {
    Tracer tracer = TracerHolder.tracer();
    if (tracer == null) {
      return proceed(arg0, arg1);
    }
    MethodTrace trace = JoinPointTraces.of(thisJoinPointStaticPart);
    Context parent = Context.current();
    Span span = trace.open(tracer, parent, arg0, arg1, null);
    if (span == null) {
      return proceed(arg0, arg1);
    }
    Object result;
    Context context = null;
    Scope scope = null;
    long began = MethodTrace.NO_START;
    try {
      began = trace.enter(span, arg0, arg1, null);
      context = SpanContexts.with(parent, span);
      scope = context.makeCurrent();
      result = proceed(arg0, arg1);
    } catch (Throwable error) {
      try {
        trace.thrown(context, scope, span, error, began);
      } catch (Throwable tooDeep) {
        // no stack left even to call it: field and array writes need none, and the next failing
        // traced call up with room ends the span
        Orphans.SLOTS[Orphans.written++ & (Orphans.SLOTS.length - 1)] = span;
      }
      if (error instanceof RuntimeException) {
        throw (RuntimeException) error;
      }
      if (error instanceof Error) {
        throw (Error) error;
      }
      throw Throwables.sneakyThrow(error);
    }
    scope.close();
    return trace.returned(span, result, began);
  }

  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object arg0, Object arg1, Object arg2):
      traced() && !suspending() && recordsArguments() && args(arg0, arg1, arg2) {
    Tracer tracer = TracerHolder.tracer();
    if (tracer == null) {
      return proceed(arg0, arg1, arg2);
    }
    MethodTrace trace = JoinPointTraces.of(thisJoinPointStaticPart);
    Context parent = Context.current();
    Span span = trace.open(tracer, parent, arg0, arg1, arg2);
    if (span == null) {
      return proceed(arg0, arg1, arg2);
    }
    Object result;
    Context context = null;
    Scope scope = null;
    long began = MethodTrace.NO_START;
    try {
      began = trace.enter(span, arg0, arg1, arg2);
      context = SpanContexts.with(parent, span);
      scope = context.makeCurrent();
      result = proceed(arg0, arg1, arg2);
    } catch (Throwable error) {
      try {
        trace.thrown(context, scope, span, error, began);
      } catch (Throwable tooDeep) {
        // no stack left even to call it: field and array writes need none, and the next failing
        // traced call up with room ends the span
        Orphans.SLOTS[Orphans.written++ & (Orphans.SLOTS.length - 1)] = span;
      }
      if (error instanceof RuntimeException) {
        throw (RuntimeException) error;
      }
      if (error instanceof Error) {
        throw (Error) error;
      }
      throw Throwables.sneakyThrow(error);
    }
    scope.close();
    return trace.returned(span, result, began);
  }

  @SuppressAjWarnings("adviceDidNotMatch")
  Object around():
      traced() && !suspending() && recordsArguments() && !args(*) && !args(*, *) && !args(*, *, *) {
    Tracer tracer = TracerHolder.tracer();
    if (tracer == null) {
      return proceed();
    }
    MethodTrace trace = JoinPointTraces.of(thisJoinPointStaticPart);
    Context parent = Context.current();
    Object[] args = thisJoinPoint.getArgs();
    Span span = trace.open(tracer, parent, args);
    if (span == null) {
      return proceed();
    }
    Object result;
    Context context = null;
    Scope scope = null;
    long began = MethodTrace.NO_START;
    try {
      began = trace.enter(span, args);
      context = SpanContexts.with(parent, span);
      scope = context.makeCurrent();
      result = proceed();
    } catch (Throwable error) {
      try {
        trace.thrown(context, scope, span, error, began);
      } catch (Throwable tooDeep) {
        // no stack left even to call it: field and array writes need none, and the next failing
        // traced call up with room ends the span
        Orphans.SLOTS[Orphans.written++ & (Orphans.SLOTS.length - 1)] = span;
      }
      if (error instanceof RuntimeException) {
        throw (RuntimeException) error;
      }
      if (error instanceof Error) {
        throw (Error) error;
      }
      throw Throwables.sneakyThrow(error);
    }
    scope.close();
    return trace.returned(span, result, began);
  }

  // ---- Kotlin suspend functions: one span from the first call to the result, however often the
  // function suspends (see dev.spanweave.internal.kotlin). A resume only makes the span current
  // again; a first call runs with a continuation that ends the span when the function completes.
  // One advice per shape of argument passing, as above (the continuation is the last argument).

  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object continuation):
      traced() && suspending() && !recordsArguments() && args(.., continuation) {
    Tracer tracer = TracerHolder.tracer();
    if (tracer == null) {
      return proceed(continuation);
    }
    MethodTrace trace = JoinPointTraces.of(thisJoinPointStaticPart);
    Scope resumed = SuspendCalls.resume(trace, continuation);
    if (resumed != null) {
      try {
        return proceed(continuation);
      } finally {
        resumed.close();
      }
    }
    Context parent = Context.current();
    Span span = trace.start(tracer, parent);
    if (span == null) {
      return proceed(continuation);
    }
    Object result;
    Context context = null;
    Scope scope = null;
    try {
      context = SpanContexts.with(parent, span);
      Object traced = SuspendCalls.continuation(trace, span, context, continuation);
      scope = context.makeCurrent();
      result = proceed(traced);
    } catch (Throwable error) {
      try {
        trace.thrown(context, scope, span, error);
      } catch (Throwable tooDeep) {
        // no stack left even to call it: field and array writes need none, and the next failing
        // traced call up with room ends the span
        Orphans.SLOTS[Orphans.written++ & (Orphans.SLOTS.length - 1)] = span;
      }
      if (error instanceof RuntimeException) {
        throw (RuntimeException) error;
      }
      if (error instanceof Error) {
        throw (Error) error;
      }
      throw Throwables.sneakyThrow(error);
    }
    scope.close();
    return trace.returned(span, result);
  }

  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object arg0, Object continuation):
      traced() && suspending() && recordsArguments() && args(arg0, continuation) {
    Tracer tracer = TracerHolder.tracer();
    if (tracer == null) {
      return proceed(arg0, continuation);
    }
    MethodTrace trace = JoinPointTraces.of(thisJoinPointStaticPart);
    Scope resumed = SuspendCalls.resume(trace, continuation);
    if (resumed != null) {
      try {
        return proceed(arg0, continuation);
      } finally {
        resumed.close();
      }
    }
    Context parent = Context.current();
    Span span = trace.start(tracer, parent, arg0, null, null);
    if (span == null) {
      return proceed(arg0, continuation);
    }
    Object result;
    Context context = null;
    Scope scope = null;
    try {
      context = SpanContexts.with(parent, span);
      Object traced = SuspendCalls.continuation(trace, span, context, continuation);
      scope = context.makeCurrent();
      result = proceed(arg0, traced);
    } catch (Throwable error) {
      try {
        trace.thrown(context, scope, span, error);
      } catch (Throwable tooDeep) {
        // no stack left even to call it: field and array writes need none, and the next failing
        // traced call up with room ends the span
        Orphans.SLOTS[Orphans.written++ & (Orphans.SLOTS.length - 1)] = span;
      }
      if (error instanceof RuntimeException) {
        throw (RuntimeException) error;
      }
      if (error instanceof Error) {
        throw (Error) error;
      }
      throw Throwables.sneakyThrow(error);
    }
    scope.close();
    return trace.returned(span, result);
  }

  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object arg0, Object arg1, Object continuation):
      traced() && suspending() && recordsArguments() && args(arg0, arg1, continuation) {
    Tracer tracer = TracerHolder.tracer();
    if (tracer == null) {
      return proceed(arg0, arg1, continuation);
    }
    MethodTrace trace = JoinPointTraces.of(thisJoinPointStaticPart);
    Scope resumed = SuspendCalls.resume(trace, continuation);
    if (resumed != null) {
      try {
        return proceed(arg0, arg1, continuation);
      } finally {
        resumed.close();
      }
    }
    Context parent = Context.current();
    Span span = trace.start(tracer, parent, arg0, arg1, null);
    if (span == null) {
      return proceed(arg0, arg1, continuation);
    }
    Object result;
    Context context = null;
    Scope scope = null;
    try {
      context = SpanContexts.with(parent, span);
      Object traced = SuspendCalls.continuation(trace, span, context, continuation);
      scope = context.makeCurrent();
      result = proceed(arg0, arg1, traced);
    } catch (Throwable error) {
      try {
        trace.thrown(context, scope, span, error);
      } catch (Throwable tooDeep) {
        // no stack left even to call it: field and array writes need none, and the next failing
        // traced call up with room ends the span
        Orphans.SLOTS[Orphans.written++ & (Orphans.SLOTS.length - 1)] = span;
      }
      if (error instanceof RuntimeException) {
        throw (RuntimeException) error;
      }
      if (error instanceof Error) {
        throw (Error) error;
      }
      throw Throwables.sneakyThrow(error);
    }
    scope.close();
    return trace.returned(span, result);
  }

  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object arg0, Object arg1, Object arg2, Object continuation):
      traced() && suspending() && recordsArguments()
          && args(arg0, arg1, arg2, continuation) {
    Tracer tracer = TracerHolder.tracer();
    if (tracer == null) {
      return proceed(arg0, arg1, arg2, continuation);
    }
    MethodTrace trace = JoinPointTraces.of(thisJoinPointStaticPart);
    Scope resumed = SuspendCalls.resume(trace, continuation);
    if (resumed != null) {
      try {
        return proceed(arg0, arg1, arg2, continuation);
      } finally {
        resumed.close();
      }
    }
    Context parent = Context.current();
    Span span = trace.start(tracer, parent, arg0, arg1, arg2);
    if (span == null) {
      return proceed(arg0, arg1, arg2, continuation);
    }
    Object result;
    Context context = null;
    Scope scope = null;
    try {
      context = SpanContexts.with(parent, span);
      Object traced = SuspendCalls.continuation(trace, span, context, continuation);
      scope = context.makeCurrent();
      result = proceed(arg0, arg1, arg2, traced);
    } catch (Throwable error) {
      try {
        trace.thrown(context, scope, span, error);
      } catch (Throwable tooDeep) {
        // no stack left even to call it: field and array writes need none, and the next failing
        // traced call up with room ends the span
        Orphans.SLOTS[Orphans.written++ & (Orphans.SLOTS.length - 1)] = span;
      }
      if (error instanceof RuntimeException) {
        throw (RuntimeException) error;
      }
      if (error instanceof Error) {
        throw (Error) error;
      }
      throw Throwables.sneakyThrow(error);
    }
    scope.close();
    return trace.returned(span, result);
  }

  @SuppressAjWarnings("adviceDidNotMatch")
  Object around(Object continuation):
      traced() && suspending() && recordsArguments() && !args(*, *) && !args(*, *, *)
          && !args(*, *, *, *) && args(.., continuation) {
    Tracer tracer = TracerHolder.tracer();
    if (tracer == null) {
      return proceed(continuation);
    }
    MethodTrace trace = JoinPointTraces.of(thisJoinPointStaticPart);
    Scope resumed = SuspendCalls.resume(trace, continuation);
    if (resumed != null) {
      try {
        return proceed(continuation);
      } finally {
        resumed.close();
      }
    }
    Context parent = Context.current();
    Span span = trace.start(tracer, parent, thisJoinPoint.getArgs());
    if (span == null) {
      return proceed(continuation);
    }
    Object result;
    Context context = null;
    Scope scope = null;
    try {
      context = SpanContexts.with(parent, span);
      Object traced = SuspendCalls.continuation(trace, span, context, continuation);
      scope = context.makeCurrent();
      result = proceed(traced);
    } catch (Throwable error) {
      try {
        trace.thrown(context, scope, span, error);
      } catch (Throwable tooDeep) {
        // no stack left even to call it: field and array writes need none, and the next failing
        // traced call up with room ends the span
        Orphans.SLOTS[Orphans.written++ & (Orphans.SLOTS.length - 1)] = span;
      }
      if (error instanceof RuntimeException) {
        throw (RuntimeException) error;
      }
      if (error instanceof Error) {
        throw (Error) error;
      }
      throw Throwables.sneakyThrow(error);
    }
    scope.close();
    return trace.returned(span, result);
  }

  /**
   * OpenTelemetry's @AddingSpanAttributes: the arguments go onto the caller's span. The if() runs
   * before ajc builds the JoinPoint and its argument array, so tracing off allocates nothing.
   */
  @SuppressAjWarnings("adviceDidNotMatch")
  before(): addingAttributes() && if(TracerHolder.tracer() != null) {
    JoinPointTraces.of(thisJoinPointStaticPart)
        .start(TracerHolder.tracer(), thisJoinPoint.getArgs());
  }
}
