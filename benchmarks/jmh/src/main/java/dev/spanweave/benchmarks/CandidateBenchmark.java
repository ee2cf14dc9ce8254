package dev.spanweave.benchmarks;

import dev.spanweave.benchmarks.fixture.Greeter;
import dev.spanweave.benchmarks.fixture.Person;
import io.opentelemetry.api.OpenTelemetry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One way of tracing the business method {@link Greeter#greet}: a subclass says how its greeter
 * is built for an {@link OpenTelemetry} instance and JMH times {@link #greet()} in every mode.
 * Before timing, {@link SanityCheck} makes sure the candidate really traces (a failure fails the
 * run). The class name, without {@code Benchmark}, is the candidate's name in the report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class CandidateBenchmark {

  /**
   * Forks of the candidates whose ratios the targets are about (hand-written code and spanweave):
   * one fork on a shared machine gave error bars as wide as the margin to a target.
   */
  public static final int TARGET_FORKS = 5;

  /** Small enough for Integer's cache, as most counts are: boxing it allocates nothing. */
  static final int COUNT = 3;

  private final Person user = new Person("ada");
  private int count = COUNT;
  private Greeter greeter;

  /** The greeter to call, tracing to {@code openTelemetry}; may be called more than once. */
  protected abstract Greeter greeter(OpenTelemetry openTelemetry);

  /** The mode this fork measures. */
  protected abstract TracingMode mode();

  /** Whether a sampled call must produce the span: false only for the untraced baseline. */
  protected boolean traces() {
    return true;
  }

  /** Whether an unsampled or disabled call must not compute any attribute (spanweave's promise). */
  protected boolean promisesLazyAttributes() {
    return false;
  }

  @Setup(Level.Trial)
  public void setUp() {
    greeter = prepare(mode(), user);
    user.resetToStringCalls();
  }

  /** Checks the candidate, then builds the greeter to time. */
  protected Greeter prepare(TracingMode mode, Person user) {
    SanityCheck.inProcess(this, mode, user);
    return greeter(mode.timed());
  }

  @Benchmark
  public String greet() {
    return greeter.greet(user, count);
  }

  /** The candidate's name in the report. */
  String candidateName() {
    String name = getClass().getSimpleName();
    int jmhSuffix = name.indexOf("_jmh");
    name = jmhSuffix >= 0 ? name.substring(0, jmhSuffix) : name;
    return name.endsWith("Benchmark") ? name.substring(0, name.length() - 9) : name;
  }
}
