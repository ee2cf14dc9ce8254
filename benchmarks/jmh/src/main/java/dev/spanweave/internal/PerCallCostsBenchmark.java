package dev.spanweave.internal;

import dev.spanweave.benchmarks.fixture.Person;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What each addition a traced call pays for costs alone, by name, so that a regression of one of
 * them shows up in the paired run. In spanweave's package: these are internal, package-private
 * pieces. Values go to a span that drops them ({@link Span#getInvalid()}), so that only
 * spanweave's own work is timed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class PerCallCostsBenchmark {

  private final Span span = Span.getInvalid();
  private final Context parent = Context.root().with(ContextKey.named("request"), "r-1");
  private final Person user = new Person("ada");
  private final String text = "ada lovelace";
  private final AttributeWriter stringWriter = new AttributeWriter("name", ValueKind.STRING);
  private final AttributeWriter toStringWriter = new AttributeWriter("user", ValueKind.TO_STRING);
  private final AttributeWriter plainWriter = new AttributeWriter("user", Person.class);
  private final AttributeWriter redactedWriter = new AttributeWriter("user", ValueKind.REDACTED);
  private volatile CallObserver observer = CallObserver.NONE;
  private final OutcomeRecorder[] nothing = {(span, nanos, error, arguments) -> { }};
  private final CallObserver timedCall = new TimedCall("greet", nothing);
  private final CallObserver observedTimedCall = new ObservedCall("greet", null, nothing, false,
      null);

  /** Every traced call with tracing on asks whether the thread is computing a value. */
  @Benchmark
  public boolean renderingCheck() {
    return Rendering.current().depth > 0;
  }

  /** A call whose values are recorded checks the mark, then sets it around them. */
  @Benchmark
  public int renderingMark() {
    Rendering rendering = Rendering.current();
    if (rendering.depth > 0) {
      return -1;
    }
    rendering.depth++;
    try {
      return rendering.depth;
    } finally {
      rendering.depth--;
    }
  }

  /** A method with every feature off reads its observer and calls three empty hooks. */
  @Benchmark
  public void observerHooks() {
    CallObserver hooks = observer;
    long began = hooks.began(span, user, null, null, null);
    hooks.exited(span, null, began);
    hooks.ended(span, null);
  }

  /**
   * A synchronous timed method's observer, its recorder aside: the start time, held by the
   * adapter, read at the start and at the end of the call (two clock reads, nothing kept on the
   * thread).
   */
  @Benchmark
  public void timedCall() {
    long began = timedCall.began(span, user, null, null, null);
    timedCall.exited(span, null, began);
    timedCall.ended(span, null);
  }

  /**
   * The same for a class woven with the earlier protocol: the start time kept on the thread and
   * found again by the span (two thread-local reads more).
   */
  @Benchmark
  public void timedCallOnThread() {
    timedCall.started(span, user, null, null, null);
    timedCall.exited(span, null, MethodTrace.STARTED);
    timedCall.ended(span, null);
  }

  /** The same through the observer of every other feature set (MDC, logged arguments, async). */
  @Benchmark
  public void observedTimedCall() {
    long began = observedTimedCall.began(span, user, null, null, null);
    observedTimedCall.exited(span, null, began);
    observedTimedCall.ended(span, null);
  }

  /** A String argument is cut to the length cap before it reaches the SDK. */
  @Benchmark
  public void stringCap() {
    stringWriter.write(span, text);
  }

  /** Any other object argument is recorded through its toString(), capped. */
  @Benchmark
  public void toStringValue() {
    toStringWriter.write(span, user);
  }

  /**
   * An argument of a class that only its toString() renders, declared as such: no type tests
   * when the value is of exactly that class.
   */
  @Benchmark
  public void plainToStringValue() {
    plainWriter.write(span, user);
  }

  /** A redacted argument is recorded as a constant without calling its toString(). */
  @Benchmark
  public void redactedValue() {
    redactedWriter.write(span, user);
  }

  /**
   * The context a traced call runs in, made as a hand-written call makes it ({@code
   * parent.with(span)}): the reference for {@link #spanContext}.
   */
  @Benchmark
  public Context plainContext() {
    return parent.with(span);
  }

  /** The same made by spanweave, no bridged API's key registered: one static read more. */
  @Benchmark
  public Context spanContext() {
    return SpanContexts.with(parent, span);
  }

  /**
   * The same with a bridged API's key registered (tracing-spring registers Micrometer Tracing's):
   * the caller's context is searched for it, and here, outside the bridge's scopes, not found.
   */
  @Benchmark
  public Context spanContextBridged(BridgeKeyRegistered registered) {
    return SpanContexts.with(parent, span);
  }

  /** A key registered for the benchmark method that asks for this state only. */
  @State(Scope.Benchmark)
  public static class BridgeKeyRegistered {

    @Setup
    public void register() {
      SpanContexts.clear(ContextKey.named("bridge's current span"));
    }

    @TearDown
    public void unregister() {
      SpanContexts.clear(null);
    }
  }

  /** On the failure path only: whether the stack has room to end a span. */
  @Benchmark
  public boolean stackRoomProbe() {
    return StackRoom.enough();
  }
}
