package dev.spanweave.benchmarks;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import dev.spanweave.Spanweave;
import dev.spanweave.benchmarks.fixture.Person;
import dev.spanweave.benchmarks.fixture.SpanweaveLoggingGreeter;
import io.opentelemetry.instrumentation.logback.mdc.v1_0.OpenTelemetryAppender;
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
 * The two log-correlation designs on a sampled traced call that writes one log line through
 * Logback to an appender reading {@code trace_id} from the event's MDC (as a {@code %X{trace_id}}
 * pattern does): {@code mdc} is spanweave writing the MDC at span start and exit; {@code
 * otelAppender} is OpenTelemetry's {@code opentelemetry-logback-mdc-1.0} appender adding the ids
 * at log time; {@code none} logs without ids.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LogLineCorrelationBenchmark {

  @Param({"none", "mdc", "otelAppender"})
  public String design;

  /** Reported as the mode: this benchmark runs sampled only. */
  @Param({"sampled"})
  public String mode;

  private final Person user = new Person("ada");
  private final SpanweaveLoggingGreeter greeter = new SpanweaveLoggingGreeter();
  private TraceIdReader reader;

  /** What a pattern's {@code %X{trace_id}} reads, kept so the work cannot be dropped. */
  static final class TraceIdReader extends AppenderBase<ILoggingEvent> {
    volatile String lastTraceId;

    @Override
    protected void append(ILoggingEvent event) {
      lastTraceId = event.getMDCPropertyMap().get("trace_id");
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    Spanweave.useOpenTelemetry(TracingMode.sampled.timed());
    Spanweave.correlateLogs(design.equals("mdc"));
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger logger = context.getLogger(SpanweaveLoggingGreeter.LOGGER_NAME);
    logger.detachAndStopAllAppenders();
    logger.setLevel(ch.qos.logback.classic.Level.INFO);
    logger.setAdditive(false);
    reader = new TraceIdReader();
    reader.setContext(context);
    reader.start();
    Appender<ILoggingEvent> appender = reader;
    if (design.equals("otelAppender")) {
      OpenTelemetryAppender wrapper = new OpenTelemetryAppender();
      wrapper.setContext(context);
      wrapper.addAppender(reader);
      wrapper.start();
      appender = wrapper;
    }
    logger.addAppender(appender);
    greeter.greet(user, CandidateBenchmark.COUNT);
    boolean expectIds = !design.equals("none");
    if ((reader.lastTraceId != null) != expectIds) {
      throw new IllegalStateException("SANITY CHECK FAILED for log line " + design
          + ": trace_id " + reader.lastTraceId);
    }
    System.out.println("[sanity] logLine " + design + ": OK, trace_id " + reader.lastTraceId);
  }

  @Benchmark
  public String greet() {
    return greeter.greet(user, CandidateBenchmark.COUNT);
  }
}
