package dev.spanweave.benchmarks;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import dev.spanweave.Spanweave;
import dev.spanweave.benchmarks.LogLineCorrelationBenchmark.TraceIdReader;
import dev.spanweave.benchmarks.fixture.Person;
import dev.spanweave.benchmarks.fixture.SpanweaveLoggingGreeter;
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
import org.slf4j.LoggerFactory;

/**
 * The third log-correlation design of {@link LogLineCorrelationBenchmark}, in a JVM of its own
 * because it is chosen at start-up: spanweave's Logback provider answers the ids when the line's
 * MDC is read, and the traced call writes nothing into the MDC.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend =
    "-Dslf4j.provider=dev.spanweave.logback.SpanweaveLogbackServiceProvider")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LogLineCorrelationReadTimeBenchmark {

  /** Reported as the mode: this benchmark runs sampled only. */
  @Param({"sampled"})
  public String mode;

  private final Person user = new Person("ada");
  private final SpanweaveLoggingGreeter greeter = new SpanweaveLoggingGreeter();

  @Setup(Level.Trial)
  public void setUp() {
    Spanweave.useOpenTelemetry(TracingMode.sampled.timed());
    Spanweave.correlateLogs(true);
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger logger = context.getLogger(SpanweaveLoggingGreeter.LOGGER_NAME);
    logger.detachAndStopAllAppenders();
    logger.setLevel(ch.qos.logback.classic.Level.INFO);
    logger.setAdditive(false);
    TraceIdReader reader = new TraceIdReader();
    reader.setContext(context);
    reader.start();
    logger.addAppender(reader);
    greeter.greet(user, CandidateBenchmark.COUNT);
    if (reader.lastTraceId == null
        || !context.getMDCAdapter().getClass().getName().startsWith("dev.spanweave.logback.")) {
      throw new IllegalStateException("SANITY CHECK FAILED for log line readTime: trace_id "
          + reader.lastTraceId + ", adapter " + context.getMDCAdapter());
    }
    System.out.println("[sanity] logLine readTime: OK, trace_id " + reader.lastTraceId);
  }

  @Benchmark
  public String greet() {
    return greeter.greet(user, CandidateBenchmark.COUNT);
  }
}
