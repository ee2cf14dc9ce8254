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

    assertThat(timer("later", "none").count()).as("still running").isZero();
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

  private static List<String> tagKeys(Meter meter) {
    return meter.getId().getTags().stream().map(Tag::getKey).collect(Collectors.toList());
  }
}
