package dev.spanweave.internal;

import dev.spanweave.internal.exceptions.ExceptionEvents;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * What spanweave does for one method: computed once per method by {@link MethodTraces#describe}
 * and then used on every call by a weaving adapter (the AspectJ aspect, a Spring interceptor).
 *
 * <p>The adapter's protocol, with no allocation of its own:
 *
 * <pre>{@code
 * Tracer tracer = TracerHolder.tracer();      // null: tracing is off, run the method untraced
 * Context parent = Context.current();
 * Span span = trace.open(tracer, parent, args...);    // null: run the method untraced
 * if (span == null) return proceed();
 * Object result;
 * Context context = null;
 * Scope scope = null;
 * long began = MethodTrace.NO_START;
 * try {
 *   began = trace.enter(span, args...);
 *   context = SpanContexts.with(parent, span);
 *   scope = context.makeCurrent();
 *   result = proceed();
 * }
 * catch (Throwable t) {
 *   try { trace.thrown(context, scope, span, t, began); } catch (Throwable tooDeep) { }
 *   throw t;                                   // the very instance, rethrown without a call
 * }
 * scope.close();
 * return trace.returned(span, result, began);
 * }</pre>
 *
 * The adapter reads the caller's context once and hands it in: the span's parent and the context
 * the call runs in come from that one thread-local read (the SDK would read it again for a span
 * builder without a parent). It keeps what {@link #enter} returns (a timed method's start time)
 * in a local variable and hands it back at the exit, so that a method whose features need nothing
 * else per call keeps nothing on the thread. The earlier protocol, {@link #start(Tracer, Context)}
 * with {@link #returned(Span, Object)} and {@link #thrown(Context, Scope, Span, Throwable)}, is
 * kept for classes woven with it and for Kotlin suspend functions.
 *
 * <p>None of these methods throws: a failure of the instrumentation is reported through {@link
 * Problems} and the call goes on. On the failure path that holds even without stack: a call that
 * overflowed the stack leaves too little of it to record and end its span, so what the failure
 * path cannot finish is finished by the next failing traced call further up the stack, which
 * has more (see {@link Unfinished}); nothing there logs or builds strings.
 */
public final class MethodTrace {

  /** What {@link #enter} returns when the call keeps no start time of its own. */
  public static final long NO_START = Long.MIN_VALUE;

  /** The exit of a call that began with {@link #start}: its observer keeps its state per thread. */
  static final long STARTED = Long.MIN_VALUE + 1;

  static final AttributeKey<String> CODE_FUNCTION_NAME = AttributeKey.stringKey("code.function.name");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  static {
    // Loaded now, not first on a failure path that may have no stack left for loading classes.
    StackRoom.enough();
    Unfinished.endAll(null);
    Throwables.unwrap(Overflows.PRELOADED);
    ExceptionEvents.preload();
    // Initialized now, not inside an adapter's try, where a failure would count as the method's.
    SpanContexts.with(Context.root(), Span.getInvalid());
  }

  /** What the method's annotations ask for. */
  enum Mode {
    /** Not traced: {@link #start} returns null. */
    NONE,
    /** A span of its own for every call. */
    SPAN,
    /** No span of its own: parameter attributes go onto the caller's current span. */
    ADD_TO_CURRENT
  }

  private final Mode mode;
  private final String spanName;
  private final SpanKind kind;
  private final boolean inheritContext;
  private final String functionName;
  private final int[] argumentIndexes;
  private final AttributeWriter[] argumentWriters;
  private final AttributeWriter resultWriter;
  private final AttributeKey<Long> resultSizeKey;
  private final Class<?>[] expectedExceptions;
  private final ReturnHandler returnHandler;

  /** Racy on purpose: at worst a second thread also reports (once more, Problems dedupes). */
  private boolean reportedReentry;

  /**
   * The optional features on for this method (log correlation, span log lines, timers), composed
   * by {@link Observers} when the method is described and replaced when a global setting changes.
   * {@link CallObserver#NONE} when all are off: the hooks below are then empty calls.
   */
  private volatile CallObserver observer = CallObserver.NONE;

  MethodTrace(
      Mode mode,
      String spanName,
      SpanKind kind,
      boolean inheritContext,
      String functionName,
      int[] argumentIndexes,
      AttributeWriter[] argumentWriters,
      AttributeWriter resultWriter,
      AttributeKey<Long> resultSizeKey,
      Class<?>[] expectedExceptions,
      ReturnHandler returnHandler) {
    this.mode = mode;
    this.spanName = spanName;
    this.kind = kind;
    this.inheritContext = inheritContext;
    this.functionName = functionName;
    this.argumentIndexes = argumentIndexes;
    this.argumentWriters = argumentWriters;
    this.resultWriter = resultWriter;
    this.resultSizeKey = resultSizeKey;
    this.expectedExceptions = expectedExceptions;
    this.returnHandler = returnHandler;
  }

  /** A method spanweave leaves alone (for example because describing it failed). */
  static MethodTrace untraced(String functionName) {
    return new MethodTrace(Mode.NONE, functionName, SpanKind.INTERNAL, true, functionName,
        new int[0], new AttributeWriter[0], null, null, new Class<?>[0],
        ReturnHandler.SYNCHRONOUS);
  }

  /** Installs the features of this method; see {@link Observers}. */
  void observe(CallObserver observer) {
    this.observer = observer;
  }

  CallObserver observer() {
    return observer;
  }

  /** The span name every call gets. */
  public String spanName() {
    return spanName;
  }

  /** The fully qualified method name, as recorded in {@code code.function.name} when enabled. */
  public String functionName() {
    return functionName;
  }

  /** Whether calls get a span of their own ({@code false} also for add-to-current methods). */
  public boolean opensSpan() {
    return mode == Mode.SPAN;
  }

  /**
   * Whether the method is a Kotlin suspend function: an adapter then follows {@link
   * dev.spanweave.internal.kotlin.SuspendCalls}' protocol.
   */
  public boolean suspends() {
    // instanceof, not the INSTANCE constant: resolving a class does not initialize it, so a Java
    // application's call here loads no Kotlin class
    return returnHandler instanceof dev.spanweave.internal.kotlin.SuspendReturnHandler;
  }

  /** Whether any parameter is recorded, i.e. whether {@link #start()} alone is enough. */
  public boolean recordsArguments() {
    return argumentWriters.length > 0;
  }

  // ---- per call: start -------------------------------------------------------------------

  /**
   * Starts the span of a call whose arguments are not recorded, on {@code tracer} (the adapter's
   * read of {@link TracerHolder#tracer()}); {@code null} means untraced.
   */
  public Span start(Tracer tracer, Context parent) {
    return started(open(tracer, parent), null, null, null, null);
  }

  /**
   * Starts the span of a call with up to three arguments (unused ones are null), as a child of
   * {@code parent} (the caller's current context); {@code null} means untraced. Arguments are read
   * only if the span records.
   */
  public Span start(Tracer tracer, Context parent, Object arg0, Object arg1, Object arg2) {
    return started(open(tracer, parent, arg0, arg1, arg2), arg0, arg1, arg2, null);
  }

  /**
   * Starts the span of a call with any number of arguments, as a child of {@code parent};
   * {@code null} means untraced.
   */
  public Span start(Tracer tracer, Context parent, Object[] args) {
    return started(open(tracer, parent, args), null, null, null, args);
  }

  private Span started(Span span, Object arg0, Object arg1, Object arg2, Object[] args) {
    if (span == null) {
      return null;
    }
    try {
      observer.started(span, arg0, arg1, arg2, args);
    } catch (Throwable tooDeep) {
      // observers report their own problems: only a lack of stack gets here
      Unfinished.keepQuietly(span);
      return null;
    }
    return span;
  }

  /**
   * Starts the span of a call whose arguments are not recorded, on {@code tracer} (the adapter's
   * read of {@link TracerHolder#tracer()}), as a child of {@code parent} (the caller's current
   * context); {@code null} means untraced. The adapter then calls {@link #enter(Span)}.
   */
  public Span open(Tracer tracer, Context parent) {
    return startTraced(tracer, parent, null, null, null, null, false);
  }

  /**
   * As {@link #open(Tracer, Context)}, for a call with up to three arguments (unused ones are
   * null); they are read only if the span records. The adapter then calls {@link #enter(Span,
   * Object, Object, Object)}.
   */
  public Span open(Tracer tracer, Context parent, Object arg0, Object arg1, Object arg2) {
    return startTraced(tracer, parent, arg0, arg1, arg2, null, true);
  }

  /**
   * As {@link #open(Tracer, Context)}, for a call with any number of arguments. The adapter then
   * calls {@link #enter(Span, Object[])}.
   */
  public Span open(Tracer tracer, Context parent, Object[] args) {
    return startTraced(tracer, parent, null, null, null, args, true);
  }

  /**
   * The call of {@code span} (from {@link #open}) is about to run: starts the method's features.
   * Returns what the adapter hands back to {@link #returned(Span, Object, long)} or {@link
   * #thrown(Context, Scope, Span, Throwable, long)}. Never throws.
   */
  public long enter(Span span) {
    return entered(span, null, null, null, null);
  }

  /** As {@link #enter(Span)}, with the arguments handed to {@link #open}. */
  public long enter(Span span, Object arg0, Object arg1, Object arg2) {
    return entered(span, arg0, arg1, arg2, null);
  }

  /** As {@link #enter(Span)}, with the arguments handed to {@link #open}. */
  public long enter(Span span, Object[] args) {
    return entered(span, null, null, null, args);
  }

  private long entered(Span span, Object arg0, Object arg1, Object arg2, Object[] args) {
    try {
      return observer.began(span, arg0, arg1, arg2, args);
    } catch (Throwable tooDeep) {
      // observers report their own problems: only a lack of stack gets here, and the call goes
      // on traced, without what the features would have kept of it
      return NO_START;
    }
  }

  // ---- the protocol of classes woven before the adapters handed in the parent (kept for them)

  /** As {@link #start(Tracer, Context)}, in the current context. */
  public Span start(Tracer tracer) {
    return start(tracer, Context.current());
  }

  /** As {@link #start(Tracer, Context, Object, Object, Object)}, in the current context. */
  public Span start(Tracer tracer, Object arg0, Object arg1, Object arg2) {
    return start(tracer, Context.current(), arg0, arg1, arg2);
  }

  /** As {@link #start(Tracer, Context, Object[])}, in the current context. */
  public Span start(Tracer tracer, Object[] args) {
    return start(tracer, Context.current(), args);
  }

  private Span startTraced(Tracer tracer, Context parent, Object arg0, Object arg1, Object arg2,
      Object[] args, boolean withArguments) {
    if (tracer == null) {
      return null;
    }
    // one thread-local read serves both the reentrancy check and the mark around the values
    Rendering rendering = Rendering.current();
    if (rendering.depth > 0) {
      return calledWhileRendering();
    }
    if (mode != Mode.SPAN) {
      if (mode == Mode.ADD_TO_CURRENT && withArguments) {
        addToCurrentSpan(rendering, parent, arg0, arg1, arg2, args);
      }
      return null;
    }
    Span span;
    try {
      span = startSpan(tracer, parent);
    } catch (StackOverflowError tooDeep) {
      return null;
    } catch (Throwable problem) {
      Problems.report("start:" + functionName, "could not start a span for " + functionName, problem);
      return null;
    }
    try {
      if (records(span)) {
        if (TracerHolder.codeAttributes()) {
          span.setAttribute(CODE_FUNCTION_NAME, functionName);
        }
        if (withArguments) {
          writeArguments(rendering, span, arg0, arg1, arg2, args);
        }
      }
    } catch (StackOverflowError tooDeep) {
      // no stack to go on traced, nor to end the span: the next failing traced call up ends it
      Unfinished.keepQuietly(span);
      return null;
    } catch (Throwable problem) {
      // the span is started: the call goes on traced, with what could be recorded
      Problems.report("attributes:" + functionName,
          "could not record the attributes of " + functionName, problem);
    }
    return span;
  }

  /**
   * A call from a {@code toString()} (or the like) spanweave is running to record a value: it runs
   * untraced, or a value that calls traced code would open spans without end.
   */
  private Span calledWhileRendering() {
    if (!reportedReentry) {
      reportedReentry = true;
      Problems.notice("reentry:" + functionName, functionName + " was called while spanweave was"
          + " computing an attribute value (a toString(), a collection or a result attribute that"
          + " calls traced code): such calls run untraced");
    }
    return null;
  }

  private Span startSpan(Tracer tracer, Context parent) {
    SpanBuilder builder = tracer.spanBuilder(spanName).setSpanKind(kind);
    if (inheritContext) {
      builder.setParent(parent);
    } else {
      SpanContext caller = Span.fromContext(parent).getSpanContext();
      builder.setNoParent();
      if (caller.isValid()) {
        builder.addLink(caller);
      }
    }
    return builder.startSpan();
  }

  /**
   * Whether attributes written to {@code span} are kept. The SDK's {@code isRecording()} takes the
   * span's lock; a sampled span records without asking it, so only spans of a RECORD_ONLY sampling
   * decision (recording, not sampled) reach the lock.
   */
  private static boolean records(Span span) {
    return span.getSpanContext().isSampled() || span.isRecording();
  }

  private void addToCurrentSpan(
      Rendering rendering, Context parent, Object arg0, Object arg1, Object arg2, Object[] args) {
    Span current = Span.fromContext(parent);
    if (current.isRecording()) {
      writeArguments(rendering, current, arg0, arg1, arg2, args);
    }
  }

  // `args` wins when given; otherwise the first three arguments come one by one, so that the
  // common case needs no array.
  private void writeArguments(
      Rendering rendering, Span span, Object arg0, Object arg1, Object arg2, Object[] args) {
    rendering.depth++;
    try {
      writeEach(span, arg0, arg1, arg2, args);
    } finally {
      rendering.depth--;
    }
  }

  private void writeEach(Span span, Object arg0, Object arg1, Object arg2, Object[] args) {
    for (int i = 0; i < argumentWriters.length; i++) {
      int index = argumentIndexes[i];
      Object value;
      if (args != null) {
        value = index < args.length ? args[index] : null;
      } else {
        value = index == 0 ? arg0 : index == 1 ? arg1 : index == 2 ? arg2 : null;
      }
      write(span, argumentWriters[i], value, "argument");
    }
  }

  private void write(Span span, AttributeWriter writer, Object value, String what) {
    try {
      writer.write(span, value);
    } catch (Throwable problem) {
      Problems.report(
          what + ":" + functionName + ":" + writer.name(),
          "could not record the " + what + " of " + functionName + " as attribute '"
              + writer.name() + "' (" + problem + "); the call is not affected",
          problem);
    }
  }

  // ---- per call: end ---------------------------------------------------------------------

  /**
   * As {@link #returned(Span, Object, long)}, for a call that began with {@link #start}.
   */
  public Object returned(Span span, Object result) {
    return returned(span, result, STARTED);
  }

  /**
   * The call returned {@code result} and its scope is closed; {@code began} is what {@link #enter}
   * returned. Ends the span now or, for asynchronous results, when the work completes. Returns
   * what the caller must get.
   */
  public Object returned(Span span, Object result, long began) {
    try {
      observer.exited(span, null, began);
      return returnHandler.onReturn(this, span, result);
    } catch (StackOverflowError tooDeep) {
      Unfinished.keepQuietly(span);
      return result;
    } catch (Throwable problem) {
      try {
        Problems.report("return:" + functionName, "could not end the span of " + functionName,
            problem);
      } catch (Throwable tooDeep) {
        // the result matters more than the report
      }
      return result;
    }
  }

  /**
   * The call threw {@code error}: puts the caller's context back (the adapter made {@code context}
   * current with {@code scope}; both null if making it current failed), records the error and
   * ends the span. Never throws, not even a {@link StackOverflowError} of its own: the adapter
   * rethrows {@code error} itself. For a call that began with {@link #start}.
   */
  public void thrown(Context context, Scope scope, Span span, Throwable error) {
    thrown(context, scope, span, error, STARTED);
  }

  /**
   * As {@link #thrown(Context, Scope, Span, Throwable)}, for a call that began with {@link #enter},
   * which returned {@code began} ({@link #NO_START} if the adapter did not get that far).
   */
  public void thrown(Context context, Scope scope, Span span, Throwable error, long began) {
    try {
      if (scope == null) {
        // the stack overflowed before the span became current: nothing of ours to restore
      } else if (Context.current() != context) {
        // A call further down had no stack left to close its scope: make ours current again so
        // that closing it restores the caller's context, as if the inner scopes had been closed.
        context.makeCurrent();
      }
      scope.close();
    } catch (Throwable tooDeep) {
      // no stack to close it here: the next failing traced call up does it
    }
    endFailed(span, error, began);
  }

  /**
   * The protocol of classes woven by spanweave 0.1 (kept for them): the call threw {@code error}
   * and its scope is closed; records it, ends the span and throws {@code error} itself, unchanged.
   */
  public RuntimeException thrown(Span span, Throwable error) {
    endFailed(span, error, STARTED);
    throw Throwables.sneakyThrow(error);
  }

  /** The end of a failed call, on the adapter's thread; never throws, even without stack. */
  private void endFailed(Span span, Throwable error, long began) {
    try {
      observer.exited(span, error, began);
    } catch (Throwable tooDeep) {
      // the span's end below matters more
    }
    try {
      Unfinished.endAll(error);
      if (!finish(span, error)) {
        Unfinished.keep(span);
      }
    } catch (Throwable tooDeep) {
      Unfinished.keepQuietly(span);
    }
  }

  /** Ends {@code span} as a success with {@code value} as the outcome. Never throws. */
  public void succeeded(Span span, Object value) {
    if (value != null && (resultWriter != null || resultSizeKey != null) && records(span)) {
      Rendering rendering = Rendering.enter();
      try {
        if (resultWriter != null) {
          write(span, resultWriter, value, "result");
        }
        if (resultSizeKey != null) {
          recordSize(span, value);
        }
      } finally {
        rendering.depth--;
      }
    }
    observer.ended(span, null);
    endQuietly(span);
  }

  /**
   * Ends {@code span} as failed with {@code error} (unwrapped from CompletionException and the
   * like): an exception event always, status ERROR and {@code error.type} unless the exception is
   * one of the method's expected exceptions. Never throws.
   */
  public void failed(Span span, Throwable error) {
    try {
      finish(span, error);
    } catch (Throwable tooDeep) {
      // finish reports everything else: only a lack of stack gets here
    }
  }

  /**
   * Records {@code error} and ends {@code span}; {@code false} when the stack overflowed before
   * the span ended. Status and {@code error.type} come first and need nothing of the exception
   * but its class, so that an exception whose {@code getMessage()} or {@code getCause()} throws
   * still marks the span failed.
   */
  private boolean finish(Span span, Throwable error) {
    try {
      Throwable cause = Throwables.unwrap(error);
      boolean failed = !isExpected(error) && !isExpected(cause);
      if (failed) {
        span.setStatus(StatusCode.ERROR);
        span.setAttribute(ERROR_TYPE, cause.getClass().getName());
      }
      ExceptionEvents.record(span, cause, failed);
    } catch (StackOverflowError tooDeep) {
      // no stack to record more, let alone to report: end the span with what it has
    } catch (Throwable problem) {
      Problems.report("error:" + functionName,
          "could not record the exception of " + functionName, problem);
    }
    try {
      observer.ended(span, error);
    } catch (Throwable tooDeep) {
      // observers report their own problems: only a lack of stack gets here
    }
    try {
      if (!StackRoom.enough()) {
        return false;
      }
      span.end();
      return true;
    } catch (StackOverflowError tooDeep) {
      return false;
    } catch (Throwable problem) {
      Problems.report("end:" + functionName, "could not end the span of " + functionName, problem);
      return true;
    }
  }

  private boolean isExpected(Throwable error) {
    for (Class<?> expected : expectedExceptions) {
      if (expected.isInstance(error)) {
        return true;
      }
    }
    return false;
  }

  private void recordSize(Span span, Object value) {
    try {
      long size = Sizes.of(value);
      if (size >= 0) {
        span.setAttribute(resultSizeKey, size);
      }
    } catch (Throwable problem) {
      Problems.report("size:" + functionName,
          "could not record the result size of " + functionName, problem);
    }
  }

  private void endQuietly(Span span) {
    try {
      span.end();
    } catch (StackOverflowError tooDeep) {
      Unfinished.keepQuietly(span);
    } catch (Throwable problem) {
      Problems.report("end:" + functionName, "could not end the span of " + functionName, problem);
    }
  }

  @Override
  public String toString() {
    return "MethodTrace[" + functionName + " -> " + mode + " '" + spanName + "']";
  }
}
