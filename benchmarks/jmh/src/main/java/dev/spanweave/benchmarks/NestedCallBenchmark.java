package dev.spanweave.benchmarks;

import dev.spanweave.Spanweave;
import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.HandWrittenAtStartGreeter;
import dev.spanweave.benchmarks.fixture.HandWrittenGreeter;
import dev.spanweave.benchmarks.fixture.Person;
import dev.spanweave.benchmarks.fixture.SpanweaveGreeter;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A sampled traced call, as the first call of a trace ({@code parent=none}) and inside a sampled
 * span ({@code parent=sampled}, made current around each call, the same for every candidate):
 * hand-written code with the attributes set on the started span, hand-written code with them on
 * the span builder, and spanweave woven at compile time, which sets them on the started span.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NestedCallBenchmark {

  @Param({"handWritten", "handWrittenAtStart", "spanweaveCtw"})
  public String candidate;

  @Param({"none", "sampled"})
  public String parent;

  private final Person user = new Person("ada");
  private int count = CandidateBenchmark.COUNT;
  private Greeter greeter;
  private Context parentContext;

  @Setup(Level.Trial)
  public void setUp() {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    Span outer = use(TracingMode.sampled.checking(exporter));
    check(exporter, outer);
    use(TracingMode.sampled.timed());
  }

  /** Builds the greeter and the parent context for {@code openTelemetry}; returns the parent. */
  private Span use(OpenTelemetry openTelemetry) {
    Span outer = openTelemetry.getTracer("parent").spanBuilder("parent").startSpan();
    parentContext = parent.equals("none") ? Context.root() : Context.root().with(outer);
    greeter = greeter(openTelemetry);
    return outer;
  }

  private Greeter greeter(OpenTelemetry openTelemetry) {
    return switch (candidate) {
      case "handWritten" -> new HandWrittenGreeter(openTelemetry.getTracer("hand-written"));
      case "handWrittenAtStart" ->
          new HandWrittenAtStartGreeter(openTelemetry.getTracer("hand-written"));
      case "spanweaveCtw" -> {
        Spanweave.useOpenTelemetry(openTelemetry);
        yield new SpanweaveGreeter();
      }
      default -> throw new IllegalArgumentException(candidate);
    };
  }

  /** One span with both attributes, the child of the parent when there is one. */
  private void check(InMemorySpanExporter exporter, Span outer) {
    String value = greet();
    if (!user.greeting().equals(value) || exporter.getFinishedSpanItems().size() != 1) {
      throw new IllegalStateException(candidate + " gave " + value + " and spans "
          + exporter.getFinishedSpanItems());
    }
    SpanData span = exporter.getFinishedSpanItems().get(0);
    String expectedParent = parent.equals("none") ? "0000000000000000"
        : outer.getSpanContext().getSpanId();
    if (!span.getParentSpanId().equals(expectedParent)
        || !"ada".equals(span.getAttributes().get(AttributeKey.stringKey(Greeter.USER_KEY)))
        || span.getAttributes().get(AttributeKey.longKey(Greeter.COUNT_KEY)) == null) {
      throw new IllegalStateException(candidate + " made " + span);
    }
  }

  @Benchmark
  public String greet() {
    try (io.opentelemetry.context.Scope scope = parentContext.makeCurrent()) {
      return greeter.greet(user, count);
    }
  }
}
