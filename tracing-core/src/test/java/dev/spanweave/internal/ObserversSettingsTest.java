package dev.spanweave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How the JVM-wide logs-and-metrics settings are read at startup. */
class ObserversSettingsTest {

  @Test
  void durationsInTheFormsTheReadmeNames() {
    assertThat(Observers.parseDuration("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(Observers.parseDuration(" 2s ")).isEqualTo(Duration.ofSeconds(2));
    assertThat(Observers.parseDuration("1m")).isEqualTo(Duration.ofMinutes(1));
    assertThat(Observers.parseDuration("PT0.5S")).isEqualTo(Duration.ofMillis(500));
    assertThat(Observers.parseDuration("750")).isEqualTo(Duration.ofMillis(750));
    assertThat(Observers.parseDuration("soon")).isNull();
    assertThat(Observers.parseDuration("5 minutes")).isNull();
  }

  @Test
  void environmentVariablesAreThePropertiesUpperCasedWithUnderscores() {
    assertThat(Observers.environmentName("spanweave.log-correlation.enabled"))
        .isEqualTo("SPANWEAVE_LOG_CORRELATION_ENABLED");
    assertThat(Observers.environmentName("spanweave.span-logging.slow-threshold"))
        .isEqualTo("SPANWEAVE_SPAN_LOGGING_SLOW_THRESHOLD");
  }

  @Test
  void aSystemPropertySwitchesAFeatureOnFromTheStart() {
    String property = Observers.LOG_CORRELATION;
    System.setProperty(property, "TRUE");
    System.setProperty(Observers.SLOW_THRESHOLD, "300ms");
    System.setProperty(Observers.METRICS, "maybe");
    try {
      Observers.Settings configured = Observers.configured();
      assertThat(configured.logCorrelation()).isTrue();
      assertThat(configured.slowThreshold()).isEqualTo(Duration.ofMillis(300));
      assertThat(configured.metrics()).as("an unreadable flag keeps its default").isTrue();
      assertThat(configured.spanLogging()).isFalse();
      assertThat(configured.timerName()).isEqualTo(Observers.DEFAULT_TIMER_NAME);
    } finally {
      System.clearProperty(property);
      System.clearProperty(Observers.SLOW_THRESHOLD);
      System.clearProperty(Observers.METRICS);
    }
  }

  @Test
  void aMethodWithEveryFeatureOffHoldsTheEmptyObserver() {
    MethodFeatures method = new MethodFeatures("C", "m", "C.m", "C.m", false, -1, "", false, null);
    Observers.Settings off = new Observers.Settings(
        false, false, false, null, null, true, Observers.DEFAULT_TIMER_NAME, false, false);

    assertThat(Observers.compose(method, off)).isSameAs(CallObserver.NONE);
  }

  @Test
  void aSynchronousMethodThatOnlyRecordsOutcomesKeepsNothingButItsStartTime() {
    MethodFeatures method = new MethodFeatures("C", "m", "C.m", "C.m", false, -1, "", false, null);
    MethodFeatures async = new MethodFeatures("C", "m", "C.m", "C.m", true, -1, "", false, null);
    Observers.Settings logging = new Observers.Settings(
        false, false, true, null, null, true, Observers.DEFAULT_TIMER_NAME, false, false);

    assertThat(Observers.compose(method, logging)).isInstanceOf(TimedCall.class);
    assertThat(Observers.compose(async, logging)).isInstanceOf(ObservedCall.class);
  }
}
