package dev.spanweave.spring;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spanweave.internal.Observers;
import dev.spanweave.internal.ValueSettings;
import dev.spanweave.internal.exceptions.ExceptionEvents;
import dev.spanweave.spring.app.FailingCaller;
import dev.spanweave.spring.app.PinChecker;
import dev.spanweave.spring.app.SettingsProbe;
import dev.spanweave.test.SpanweaveExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code spanweave.*} settings that mirror JVM-wide ones, and putting them back. */
class SettingsTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(AopAutoConfiguration.class, SpanweaveAutoConfiguration.class))
          .withBean(SettingsProbe.class);

  @Test
  void maxValueLengthCutsRecordedValues() {
    runner.withPropertyValues("spanweave.max-value-length=5")
        .run(context -> context.getBean(SettingsProbe.class).probe("abcdefghij"));

    spans.assertSpan("probe").hasAttribute(stringKey("app.text"), "abcde");
  }

  @Test
  void redactPatternRedactsProxiedMethods() {
    runner.withBean(PinChecker.class).withPropertyValues("spanweave.redact-pattern=pin")
        .run(context -> context.getBean(PinChecker.class).check("ada", "1234"));

    spans.assertSpan("check-pin")
        .hasAttribute(stringKey("app.pin"), ValueSettings.REDACTED)
        .hasAttribute(stringKey("app.user"), "ada");
  }

  @Test
  void logCorrelationPutsTheTraceIdInTheMdc() {
    String[] seen = new String[2];
    runner.run(context -> seen[0] = context.getBean(SettingsProbe.class).probe("off"));
    runner.withPropertyValues("spanweave.log-correlation.enabled=true")
        .run(context -> seen[1] = context.getBean(SettingsProbe.class).probe("on"));

    assertThat(seen[0]).as("not set: the JVM-wide default, off").isNull();
    SpanData on = spans.spans().stream()
        .filter(span -> "on".equals(span.getAttributes().get(stringKey("app.text"))))
        .findFirst().orElseThrow();
    assertThat(seen[1]).isEqualTo(on.getTraceId());
  }

  @Test
  void metricsTimeProxiedCallsInTheApplicationsRegistry() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    runner.withBean(MeterRegistry.class, () -> registry)
        .withPropertyValues("spanweave.metrics.enabled=true")
        .run(context -> context.getBean(SettingsProbe.class).probe("timed"));

    Timer timer = registry.find(Observers.DEFAULT_TIMER_NAME)
        .tags("method", "probe", "outcome", "SUCCESS").timer();
    assertThat(timer).isNotNull();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.getId().getTag("class")).endsWith("SettingsProbe");
  }

  @Test
  void timerNameAndNoTimersUnlessSwitchedOn() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    runner.withBean(MeterRegistry.class, () -> registry)
        .run(context -> context.getBean(SettingsProbe.class).probe("untimed"));
    assertThat(registry.getMeters()).as("spanweave.metrics.enabled not set").isEmpty();

    runner.withBean(MeterRegistry.class, () -> registry)
        .withPropertyValues(
            "spanweave.metrics.enabled=true", "spanweave.metrics.timer-name=app.calls")
        .run(context -> context.getBean(SettingsProbe.class).probe("timed"));
    assertThat(registry.find("app.calls").tag("method", "probe").timer()).isNotNull()
        .extracting(Timer::count).isEqualTo(1L);
  }

  @Test
  void recordExceptionOnceLeavesTheEventOnTheFirstSpan() {
    runner.withBean(FailingCaller.class)
        .withPropertyValues("spanweave.record-exception-once=true")
        .run(context -> assertThatThrownBy(() -> context.getBean(FailingCaller.class).call())
            .isExactlyInstanceOf(IllegalStateException.class));

    SpanData first = spans.span("fail");
    assertThat(first.getEvents()).singleElement().satisfies(event -> assertThat(
        event.getAttributes().get(stringKey("exception.message"))).isEqualTo("row locked"));
    SpanData caller = spans.span("call-failing");
    assertThat(first.getParentSpanId()).isEqualTo(caller.getSpanId());
    assertThat(caller.getEvents()).isEmpty();
    spans.assertSpan("call-failing").hasStatusSatisfying(
        status -> status.hasCode(StatusCode.ERROR).hasDescription("row locked"));
  }

  @Test
  void everySettingIsPutBackWhenTheContextCloses() {
    Object values = ValueSettings.snapshot();
    int length = ValueSettings.maxLength();
    String pattern = ValueSettings.redactPattern().pattern();
    Observers.Settings before = Observers.settings();
    boolean recordOnce = ExceptionEvents.once();

    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues(
            "spanweave.max-value-length=7",
            "spanweave.redact-pattern=pin",
            "spanweave.log-correlation.enabled=true",
            "spanweave.log-correlation.xray-trace-id=true",
            "spanweave.span-logging.enabled=true",
            "spanweave.span-logging.slow-threshold=250ms",
            "spanweave.metrics.enabled=true",
            "spanweave.metrics.timer-name=app.calls",
            "spanweave.metrics.histogram=true",
            "spanweave.metrics.exemplars=true",
            "spanweave.record-exception-once=" + !recordOnce)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(ValueSettings.maxLength()).isEqualTo(7);
          assertThat(ValueSettings.redactPattern().pattern()).isEqualTo("pin");
          Observers.Settings open = Observers.settings();
          assertThat(open.logCorrelation()).isTrue();
          assertThat(open.xrayTraceId()).isTrue();
          assertThat(open.spanLogging()).isTrue();
          assertThat(open.slowThreshold()).isEqualTo(Duration.ofMillis(250));
          assertThat(open.meterRegistry()).isSameAs(context.getBean(MeterRegistry.class));
          assertThat(open.metrics()).isTrue();
          assertThat(open.timerName()).isEqualTo("app.calls");
          assertThat(open.histogram()).isTrue();
          assertThat(open.exemplars()).isTrue();
          assertThat(ExceptionEvents.once()).isEqualTo(!recordOnce);
        });

    assertThat(ValueSettings.maxLength()).isEqualTo(length);
    assertThat(ValueSettings.redactPattern().pattern()).isEqualTo(pattern);
    assertThat(Observers.settings()).isEqualTo(before);
    assertThat(ExceptionEvents.once()).isEqualTo(recordOnce);
    ValueSettings.restore(values);
  }

  @Test
  void aSettingThatCannotBeAppliedStopsTheContextAndChangesNothing() {
    int length = ValueSettings.maxLength();
    String pattern = ValueSettings.redactPattern().pattern();

    runner.withPropertyValues("spanweave.max-value-length=9", "spanweave.redact-pattern=(")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .isInstanceOf(java.util.regex.PatternSyntaxException.class));
    runner.withPropertyValues("spanweave.max-value-length=0")
        .run(context -> assertThat(context).hasFailed());

    assertThat(ValueSettings.maxLength()).isEqualTo(length);
    assertThat(ValueSettings.redactPattern().pattern()).isEqualTo(pattern);
  }

  @Test
  void startsWithoutMicrometer() {
    runner.withClassLoader(new FilteredClassLoader("io.micrometer.core"))
        .withPropertyValues("spanweave.metrics.enabled=true", "spanweave.max-value-length=3")
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(SpanweaveTimers.class);
          context.getBean(SettingsProbe.class).probe("abcdef");
        });

    spans.assertSpan("probe").hasAttribute(stringKey("app.text"), "abc");
  }
}
