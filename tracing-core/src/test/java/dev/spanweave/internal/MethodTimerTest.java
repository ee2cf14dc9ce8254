package dev.spanweave.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.spanweave.Spanweave;
import dev.spanweave.annotations.TracedSpan;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.distribution.pause.PauseDetector;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Micrometer timers per traced method, driven through the adapter protocol. */
class MethodTimerTest {

  static class Service {
    @TracedSpan
    String greet() {
      return "hi";
    }

    @TracedSpan(timerName = "checkout.place-order", timerHistogram = true)
    String placeOrder() {
      return "placed";
    }

    @TracedSpan
    CompletableFuture<String> later() {
      return null;
    }
  }

  private final AsyncTracing tracing = new AsyncTracing();
  private final Observers.Settings saved = ObservedCalls.save();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @AfterEach
  void restore() {
    ObservedCalls.restore(saved);
    Spanweave.useGlobalOpenTelemetry();
  }

  private static MethodTrace trace(String method) {
    return AsyncTracing.traceOf(Service.class, method);
  }

  private Timer timer(String method, String exception) {
    return registry.find(Observers.DEFAULT_TIMER_NAME)
        .tags("class", Service.class.getName(), "method", method, "exception", exception)
        .timer();
  }

  @Test
  void countsCallsAndErrorsPerMethodWithTimedAspectsTags() {
    Spanweave.meterRegistry(registry);
    MethodTrace greet = trace("greet");

    for (int i = 0; i < 3; i++) {
      assertThat(AsyncTracing.call(greet, () -> "hi")).isEqualTo("hi");
    }
    Throwable thrown = catchThrowable(() -> AsyncTracing.call(greet, () -> {
      throw new IllegalStateException("boom");
    }));

    assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    Timer ok = timer("greet", "none");
    assertThat(ok.count()).isEqualTo(3);
    assertThat(ok.getId().getTag("outcome")).isEqualTo("SUCCESS");
    Timer failed = timer("greet", "IllegalStateException");
    assertThat(failed.count()).isEqualTo(1);
    assertThat(failed.getId().getTag("outcome")).isEqualTo("ERROR");
    assertThat(registry.getMeters()).allSatisfy(meter -> assertThat(tagKeys(meter))
        .containsExactlyInAnyOrder("class", "method", "exception", "outcome"));
  }

  @Test
  void aRegistryGivenLaterReachesMethodsDescribedBefore() {
    MethodTrace greet = trace("greet");
    assertThat(greet.observer()).isSameAs(CallObserver.NONE);
    AsyncTracing.call(greet, () -> "hi");

    Spanweave.meterRegistry(registry);
    AsyncTracing.call(greet, () -> "hi");
    Spanweave.meterRegistry(null);
    AsyncTracing.call(greet, () -> "hi");

    assertThat(timer("greet", "none").count()).isEqualTo(1);
    assertThat(greet.observer()).isSameAs(CallObserver.NONE);
  }

  @Test
  void aMethodNamesItsTimerAndAsksForAHistogram() {
    java.util.Map<String, Boolean> histograms = new java.util.concurrent.ConcurrentHashMap<>();
    registry.config().meterFilter(new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig c) {
        histograms.put(id.getName() + "#" + id.getTag("method"),
            Boolean.TRUE.equals(c.isPercentileHistogram()));
        return c;
      }
    });
    Spanweave.meterRegistry(registry);
    AsyncTracing.call(trace("placeOrder"), () -> "placed");
    AsyncTracing.call(trace("greet"), () -> "hi");

    Timer timer = registry.find("checkout.place-order").timer();
    assertThat(timer).isNotNull();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(histograms)
        .containsEntry("checkout.place-order#placeOrder", true)
        .containsEntry(Observers.DEFAULT_TIMER_NAME + "#greet", false);
    assertThat(registry.find(Observers.DEFAULT_TIMER_NAME).tag("method", "placeOrder").timer())
        .isNull();
  }

  @Test
  void anAsynchronousMethodIsTimedUntilItsWorkCompletes() throws Exception {
    Spanweave.meterRegistry(registry);
    CompletableFuture<String> work = new CompletableFuture<>();
    CompletableFuture<String> returned = AsyncTracing.call(trace("later"), () -> work);

    assertThat(timer("later", "none")).as("still running: nothing recorded yet").isNull();
    Thread.sleep(20);
    Thread completer = new Thread(() -> work.complete("done"));
    completer.start();
    completer.join();
    assertThat(returned.get(1, TimeUnit.SECONDS)).isEqualTo("done");
    tracing.awaitSpans(1);

    Timer timer = timer("later", "none");
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(20);
  }

  @Test
  void anAsynchronousFailureIsTimedWithItsUnwrappedException() throws Exception {
    Spanweave.meterRegistry(registry);
    CompletableFuture<String> work = new CompletableFuture<>();
    CompletableFuture<String> returned = AsyncTracing.call(trace("later"), () -> work);
    work.completeExceptionally(new UnsupportedOperationException("no"));
    catchThrowable(returned::join);
    tracing.awaitSpans(1);

    assertThat(timer("later", "UnsupportedOperationException").count()).isEqualTo(1);
  }

  @Test
  void aDenyingMeterFilterLeavesCallsAlone() {
    registry.config().meterFilter(MeterFilter.denyNameStartsWith("spanweave"));
    Spanweave.meterRegistry(registry);

    assertThat(AsyncTracing.call(trace("greet"), () -> "hi")).isEqualTo("hi");
    assertThat(registry.getMeters()).isEmpty();
    assertThat(tracing.spans()).hasSize(1);
  }

  @Test
  void aThrowingRegistryNeverChangesTheResultAndIsReportedOnce() throws Exception {
    MeterRegistry broken = new SimpleMeterRegistry() {
      @Override
      protected Timer newTimer(Meter.Id id, DistributionStatisticConfig config,
          PauseDetector pauseDetector) {
        throw new IllegalStateException("registry down");
      }
    };
    String log = ObservedCalls.stderrOf(() -> {
      Spanweave.meterRegistry(broken);
      MethodTrace greet = trace("greet");
      for (int i = 0; i < 5; i++) {
        assertThat(AsyncTracing.call(greet, () -> "hi")).isEqualTo("hi");
      }
      return null;
    });

    assertThat(ObservedCalls.warnings(log, "could not register the timer 'spanweave.method' of "
        + Service.class.getName() + ".greet")).isEqualTo(1);
    assertThat(tracing.spans()).hasSize(5);
  }

  @Test
  void aTimerThatThrowsWhenRecordingIsReportedOnce() throws Exception {
    MeterRegistry failing = new SimpleMeterRegistry() {
      @Override
      protected Timer newTimer(Meter.Id id, DistributionStatisticConfig config,
          PauseDetector pauseDetector) {
        Timer real = super.newTimer(id, config, pauseDetector);
        return (Timer) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Timer.class}, (proxy, method, args) -> {
              if (method.getName().equals("record")) {
                throw new IllegalStateException("record failed");
              }
              return method.invoke(real, args);
            });
      }
    };
    String log = ObservedCalls.stderrOf(() -> {
      Spanweave.meterRegistry(failing);
      MethodTrace greet = trace("greet");
      for (int i = 0; i < 5; i++) {
        assertThat(AsyncTracing.call(greet, () -> "hi")).isEqualTo("hi");
      }
      return null;
    });

    assertThat(ObservedCalls.warnings(log, "could not record the timer 'spanweave.method'"))
        .isEqualTo(1);
  }

  /** Whether the timer registered last under each method asked for a histogram. */
  private java.util.Map<String, Boolean> histogramsAsRegistered() {
    java.util.Map<String, Boolean> histograms = new java.util.concurrent.ConcurrentHashMap<>();
    registry.config().meterFilter(new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig c) {
        histograms.put(id.getTag("method"), Boolean.TRUE.equals(c.isPercentileHistogram()));
        return c;
      }
    });
    return histograms;
  }

  @Test
  void histogramsSwitchedOnAfterTheRegistryReachMethodsAlreadyCalled() {
    java.util.Map<String, Boolean> histograms = histogramsAsRegistered();
    Spanweave.meterRegistry(registry);
    MethodTrace greet = trace("greet");
    AsyncTracing.call(greet, () -> "hi");

    Spanweave.timerHistograms(true);
    AsyncTracing.call(greet, () -> "hi");

    Timer timer = timer("greet", "none");
    assertThat(histograms).containsEntry("greet", true);
    assertThat(timer.count()).as("counted since the histogram was switched on").isEqualTo(1);
    assertThat(registry.find(Observers.DEFAULT_TIMER_NAME).timers()).hasSize(1);
  }

  @Test
  void histogramsSwitchedOnBeforeTheFirstCallNeedNoReRegistration() {
    java.util.Map<String, Boolean> histograms = histogramsAsRegistered();
    Spanweave.meterRegistry(registry);
    MethodTrace greet = trace("greet");
    Spanweave.timerHistograms(true);
    AsyncTracing.call(greet, () -> "hi");
    AsyncTracing.call(greet, () -> "hi");

    assertThat(histograms).containsEntry("greet", true);
    assertThat(timer("greet", "none").count()).isEqualTo(2);
  }

  @Test
  void aMethodGetsTimersOnlyForOutcomesItHad() {
    Spanweave.meterRegistry(registry);
    MethodTrace greet = trace("greet");
    assertThat(registry.getMeters()).as("described, not called").isEmpty();

    catchThrowable(() -> AsyncTracing.call(greet, () -> {
      throw new IllegalStateException("boom");
    }));

    assertThat(registry.getMeters()).hasSize(1);
    assertThat(timer("greet", "IllegalStateException").getId().getTag("outcome"))
        .isEqualTo("ERROR");
    assertThat(timer("greet", "none")).as("no SUCCESS series for a method that only failed")
        .isNull();
  }

  @Test
  void fortyExceptionClassesGiveThirtyTwoNamedSeriesOtherAndNone() {
    Spanweave.meterRegistry(registry);
    MethodTrace greet = trace("greet");
    AsyncTracing.call(greet, () -> "hi");
    for (int i = 0; i < 40; i++) {
      RuntimeException distinct = new ExceptionClasses().create(i);
      catchThrowable(() -> AsyncTracing.call(greet, () -> {
        throw distinct;
      }));
    }

    List<String> exceptions = registry.find(Observers.DEFAULT_TIMER_NAME).timers().stream()
        .map(timer -> timer.getId().getTag("exception")).collect(Collectors.toList());
    assertThat(exceptions).hasSize(34).contains("none", "other").doesNotHaveDuplicates();
    assertThat(timer("greet", "other").count()).isEqualTo(8);
  }

  /** Forty distinct exception classes. */
  static final class ExceptionClasses {
    RuntimeException create(int i) {
      return EXCEPTIONS[i].get();
    }

    @SuppressWarnings("unchecked")
    private static final java.util.function.Supplier<RuntimeException>[] EXCEPTIONS =
        new java.util.function.Supplier[] {
          () -> new E0(), () -> new E1(), () -> new E2(), () -> new E3(), () -> new E4(),
          () -> new E5(), () -> new E6(), () -> new E7(), () -> new E8(), () -> new E9(),
          () -> new E10(), () -> new E11(), () -> new E12(), () -> new E13(), () -> new E14(),
          () -> new E15(), () -> new E16(), () -> new E17(), () -> new E18(), () -> new E19(),
          () -> new E20(), () -> new E21(), () -> new E22(), () -> new E23(), () -> new E24(),
          () -> new E25(), () -> new E26(), () -> new E27(), () -> new E28(), () -> new E29(),
          () -> new E30(), () -> new E31(), () -> new E32(), () -> new E33(), () -> new E34(),
          () -> new E35(), () -> new E36(), () -> new E37(), () -> new E38(), () -> new E39()
        };
  }

  static final class E0 extends RuntimeException {}

  static final class E1 extends RuntimeException {}

  static final class E2 extends RuntimeException {}

  static final class E3 extends RuntimeException {}

  static final class E4 extends RuntimeException {}

  static final class E5 extends RuntimeException {}

  static final class E6 extends RuntimeException {}

  static final class E7 extends RuntimeException {}

  static final class E8 extends RuntimeException {}

  static final class E9 extends RuntimeException {}

  static final class E10 extends RuntimeException {}

  static final class E11 extends RuntimeException {}

  static final class E12 extends RuntimeException {}

  static final class E13 extends RuntimeException {}

  static final class E14 extends RuntimeException {}

  static final class E15 extends RuntimeException {}

  static final class E16 extends RuntimeException {}

  static final class E17 extends RuntimeException {}

  static final class E18 extends RuntimeException {}

  static final class E19 extends RuntimeException {}

  static final class E20 extends RuntimeException {}

  static final class E21 extends RuntimeException {}

  static final class E22 extends RuntimeException {}

  static final class E23 extends RuntimeException {}

  static final class E24 extends RuntimeException {}

  static final class E25 extends RuntimeException {}

  static final class E26 extends RuntimeException {}

  static final class E27 extends RuntimeException {}

  static final class E28 extends RuntimeException {}

  static final class E29 extends RuntimeException {}

  static final class E30 extends RuntimeException {}

  static final class E31 extends RuntimeException {}

  static final class E32 extends RuntimeException {}

  static final class E33 extends RuntimeException {}

  static final class E34 extends RuntimeException {}

  static final class E35 extends RuntimeException {}

  static final class E36 extends RuntimeException {}

  static final class E37 extends RuntimeException {}

  static final class E38 extends RuntimeException {}

  static final class E39 extends RuntimeException {}

  private static List<String> tagKeys(Meter meter) {
    return meter.getId().getTags().stream().map(Tag::getKey).collect(Collectors.toList());
  }
}
