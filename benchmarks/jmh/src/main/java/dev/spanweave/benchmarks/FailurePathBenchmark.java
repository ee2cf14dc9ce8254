package dev.spanweave.benchmarks;

import dev.spanweave.Spanweave;
import dev.spanweave.benchmarks.fixture.HandWrittenLayers;
import dev.spanweave.benchmarks.fixture.SpanweaveLayers;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A request that fails through two traced layers, sampled, its exception thrown {@code frames}
 * calls below the inner one: hand-written spans that each record it, spanweave's default (every
 * span records it) and {@link Spanweave#recordExceptionOnce(boolean)} (the inner span records it,
 * the outer one gets the message as status description).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(3)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FailurePathBenchmark {

  @Param({"handWritten", "spanweaveCtw", "spanweaveCtwOnce"})
  public String candidate;

  @Param({"100"})
  public int frames;

  private IntFunction<String> request;

  @Setup(Level.Trial)
  public void setUp() {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    request = candidate(TracingMode.sampled.checking(exporter));
    check(exporter);
    request = candidate(TracingMode.sampled.timed());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    Spanweave.recordExceptionOnce(false);
  }

  private IntFunction<String> candidate(OpenTelemetry openTelemetry) {
    Spanweave.useOpenTelemetry(openTelemetry);
    Spanweave.recordExceptionOnce(candidate.equals("spanweaveCtwOnce"));
    return switch (candidate) {
      case "handWritten" -> new HandWrittenLayers(openTelemetry.getTracer("hand-written"))::handle;
      case "spanweaveCtw", "spanweaveCtwOnce" -> new SpanweaveLayers()::handle;
      default -> throw new IllegalArgumentException(candidate);
    };
  }

  /** Both spans failed; the exception events are where the candidate says. */
  private void check(InMemorySpanExporter exporter) {
    RuntimeException thrown = fail();
    List<SpanData> spans = exporter.getFinishedSpanItems();
    int outerEvents = candidate.equals("spanweaveCtwOnce") ? 0 : 1;
    if (!SpanweaveLayers.MESSAGE.equals(thrown.getMessage()) || spans.size() != 2
        || spans.get(0).getEvents().size() != 1
        || spans.get(1).getEvents().size() != outerEvents
        || !spans.get(1).getName().equals("controller")
        || spans.stream().anyMatch(s -> !s.getStatus().getStatusCode().name().equals("ERROR"))) {
      throw new IllegalStateException(candidate + " made " + spans);
    }
  }

  @Benchmark
  public RuntimeException fail() {
    try {
      request.apply(frames);
    } catch (IllegalStateException expected) {
      return expected;
    }
    throw new IllegalStateException(candidate + " did not fail");
  }
}
