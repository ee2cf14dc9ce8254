package dev.spanweave.benchmarks.coroutines;

import dev.spanweave.Spanweave;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.concurrent.TimeUnit;
import kotlin.coroutines.Continuation;
import kotlin.coroutines.CoroutineContext;
import kotlin.coroutines.EmptyCoroutineContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Suspend functions, sampled spans recorded by the SDK (no exporter): a call that suspends once,
 * spanweave against a hand-written span with {@code withContext(context.asContextElement())};
 * and a suspend function that returns without suspending against a plain traced Java method.
 * Run: {@code ./mvnw -B -q -Pbenchmarks -pl benchmarks/coroutines -am package -DskipTests}, then
 * {@code java -cp target/classes:$(cat target/classpath.txt) org.openjdk.jmh.Main Coroutines} in
 * benchmarks/coroutines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 3, jvmArgsPrepend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class CoroutinesBenchmark {

  /** The caller's continuation of a call that returns at once: never resumed. */
  private static final Continuation<Object> NEVER_RESUMED = new Continuation<>() {
    @Override
    public CoroutineContext getContext() {
      return EmptyCoroutineContext.INSTANCE;
    }

    @Override
    public void resumeWith(Object result) {
      throw new IllegalStateException("a call that never suspends was resumed");
    }
  };

  /** Sees every ended span and keeps none, as the main suite's sampled mode. */
  private static final SpanProcessor DROP_ENDED_SPANS = new SpanProcessor() {
    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {}

    @Override
    public boolean isStartRequired() {
      return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {}

    @Override
    public boolean isEndRequired() {
      return true;
    }
  };

  private SdkTracerProvider tracerProvider;
  private TracedCoroutines traced;
  private HandWrittenCoroutines handWritten;
  private TracedJava java;
  private String id = "user-42";

  @Setup(Level.Trial)
  public void setUp() {
    tracerProvider = SdkTracerProvider.builder()
        .setSampler(Sampler.alwaysOn())
        .addSpanProcessor(DROP_ENDED_SPANS)
        .build();
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build();
    Spanweave.useOpenTelemetry(sdk);
    Tracer tracer = sdk.getTracer("hand-written");
    traced = new TracedCoroutines();
    handWritten = new HandWrittenCoroutines(tracer);
    java = new TracedJava();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    tracerProvider.close();
  }

  @Benchmark
  public int suspendOnceSpanweave() {
    return Calls.traced(traced, id);
  }

  @Benchmark
  public int suspendOnceHandWritten() {
    return Calls.handWritten(handWritten, id);
  }

  @Benchmark
  public Object neverSuspendsSpanweave() {
    return traced.neverSuspends(id, NEVER_RESUMED);
  }

  @Benchmark
  public int plainJavaSpanweave() {
    return java.call(id);
  }
}
