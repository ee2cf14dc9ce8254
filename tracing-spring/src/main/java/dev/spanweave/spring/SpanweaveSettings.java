package dev.spanweave.spring;

import dev.spanweave.Spanweave;
import dev.spanweave.internal.Observers;
import dev.spanweave.internal.ValueSettings;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Applies the {@code spanweave.*} settings that mirror JVM-wide ones (value limits, redaction, log
 * correlation, span log lines, timer options) while the application context is open, and puts
 * back what was there before when it closes (several contexts in one JVM, tests).
 *
 * <p>A post-processor so that the settings are in force before any bean is created: the redaction
 * pattern is read when a method is described, which for a proxied bean is on its first call. The
 * settings are therefore bound from the environment here, not taken from the properties bean.
 * The application's {@code MeterRegistry} is handed over later, by {@link SpanweaveTimers}.
 */
final class SpanweaveSettings implements BeanFactoryPostProcessor, EnvironmentAware,
    DisposableBean {

  private Environment environment;
  private Object valuesBefore;
  private Observers.Settings observersBefore;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    SpanweaveProperties properties =
        Binder.get(environment).bindOrCreate("spanweave", SpanweaveProperties.class);
    valuesBefore = ValueSettings.snapshot();
    observersBefore = Observers.settings();
    if (properties.getMaxValueLength() != null) {
      Spanweave.maxValueLength(properties.getMaxValueLength());
    }
    if (properties.getRedactPattern() != null) {
      Spanweave.redactKeys(properties.getRedactPattern());
    }
    Observers.Settings changed = applied(properties, observersBefore);
    if (!changed.equals(observersBefore)) {
      Observers.update(current -> applied(properties, current));
    }
  }

  /** {@code current} with every {@code spanweave.*} setting that is set. */
  static Observers.Settings applied(SpanweaveProperties properties, Observers.Settings current) {
    SpanweaveProperties.LogCorrelation logs = properties.getLogCorrelation();
    SpanweaveProperties.SpanLogging lines = properties.getSpanLogging();
    SpanweaveProperties.Metrics metrics = properties.getMetrics();
    return new Observers.Settings(
        or(logs.getEnabled(), current.logCorrelation()),
        or(logs.getXrayTraceId(), current.xrayTraceId()),
        or(lines.getEnabled(), current.spanLogging()),
        or(lines.getSlowThreshold(), current.slowThreshold()),
        current.meterRegistry(),
        or(metrics.getEnabled(), current.metrics()),
        or(metrics.getTimerName(), current.timerName()),
        or(metrics.getHistogram(), current.histogram()),
        or(metrics.getExemplars(), current.exemplars()));
  }

  private static <T> T or(T set, T current) {
    return set != null ? set : current;
  }

  @Override
  public void destroy() {
    if (valuesBefore != null) {
      ValueSettings.restore(valuesBefore);
    }
    if (observersBefore != null && Observers.settings() != observersBefore) {
      Observers.Settings before = observersBefore;
      Observers.update(changed -> before);
    }
  }
}
