package dev.spanweave.benchmarks;

import dev.spanweave.Spanweave;
import dev.spanweave.benchmarks.fixture.HandWrittenMonoGreeter;
import dev.spanweave.benchmarks.fixture.Person;
import dev.spanweave.benchmarks.fixture.SpanweaveMonoGreeter;
import dev.spanweave.internal.SubscriberContexts;
import dev.spanweave.spring.SpanweaveAutoConfiguration;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
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
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import reactor.core.publisher.Mono;

/**
 * A traced method returning a {@code Mono}, called and subscribed to ({@code block()}), sampled:
 * hand-written code; spanweave woven at compile time; and the same with {@code tracing-spring}'s
 * hand-over of the span to Reactor's context as a Micrometer observation (a Spring context with
 * spanweave's auto-configuration and an observation registry that turns observations into spans,
 * as Spring Boot's OpenTelemetry starter makes). {@code spanweaveCtwObserved − spanweaveCtw} is
 * the hand-over's cost per subscription; {@code spanweaveCtwObservedAuto} adds the observation's
 * scope, opened while the publisher is subscribed to when {@code
 * spring.reactor.context-propagation=auto}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReactorSubscriptionBenchmark {

  @Param({"handWritten", "spanweaveCtw", "spanweaveCtwObserved", "spanweaveCtwObservedAuto"})
  public String candidate;

  private final Person user = new Person("ada");
  private BiFunction<Person, Integer, Mono<String>> greeter;
  private AnnotationConfigApplicationContext spring;

  @Setup(Level.Trial)
  public void setUp() {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    greeter = greeter(TracingMode.sampled.checking(exporter));
    check(exporter);
    if (spring != null) {
      spring.close();
    }
    greeter = greeter(TracingMode.sampled.timed());
  }

  private BiFunction<Person, Integer, Mono<String>> greeter(OpenTelemetry openTelemetry) {
    switch (candidate) {
      case "handWritten" -> {
        HandWrittenMonoGreeter handWritten =
            new HandWrittenMonoGreeter(openTelemetry.getTracer("hand-written"));
        return handWritten::greet;
      }
      case "spanweaveCtw" -> {
        Spanweave.useOpenTelemetry(openTelemetry);
        SpanweaveMonoGreeter woven = new SpanweaveMonoGreeter();
        return woven::greet;
      }
      case "spanweaveCtwObserved", "spanweaveCtwObservedAuto" -> {
        spring = new AnnotationConfigApplicationContext();
        if (candidate.endsWith("Auto")) {
          // what the property does to the writer; Reactor's JVM-wide hook is not turned on
          spring.getEnvironment().getPropertySources().addFirst(new MapPropertySource(
              "auto", Map.of("spring.reactor.context-propagation", "auto")));
        }
        spring.registerBean(OpenTelemetry.class, () -> openTelemetry);
        spring.registerBean(ObservationRegistry.class,
            () -> Micrometer.tracingRegistry(openTelemetry));
        spring.register(SpanweaveAutoConfiguration.class);
        spring.refresh();
        SpanweaveMonoGreeter woven = new SpanweaveMonoGreeter();
        return woven::greet;
      }
      default -> throw new IllegalArgumentException(candidate);
    }
  }

  /** The candidate must give the value and one ended span; only the observed one a writer. */
  private void check(InMemorySpanExporter exporter) {
    String value = greeter.apply(user, CandidateBenchmark.COUNT).block();
    if (!user.greeting().equals(value) || exporter.getFinishedSpanItems().size() != 1) {
      throw new IllegalStateException(candidate + " gave " + value + " and spans "
          + exporter.getFinishedSpanItems());
    }
    SubscriberContexts.Writer writer = SubscriberContexts.install(null);
    SubscriberContexts.install(writer);
    if ((writer != null) != candidate.startsWith("spanweaveCtwObserved")) {
      throw new IllegalStateException(candidate + ": Reactor context writer " + writer);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (spring != null) {
      spring.close();
    }
  }

  @Benchmark
  public String subscribe() {
    return greeter.apply(user, CandidateBenchmark.COUNT).block();
  }
}
