package dev.spanweave.spring;

import dev.spanweave.Spanweave;
import dev.spanweave.internal.Observers;
import dev.spanweave.internal.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * With {@code spanweave.metrics.enabled=true}, times every traced method in the application's
 * {@code MeterRegistry} bean while the context is open; the registry configured before is put back
 * when it closes. Only loaded when Micrometer is on the class path.
 */
final class SpanweaveTimers implements SmartInitializingSingleton, DisposableBean {

  private final SpanweaveProperties properties;
  private final ObjectProvider<MeterRegistry> registries;
  private boolean installed;
  private Object before;

  SpanweaveTimers(SpanweaveProperties properties, ObjectProvider<MeterRegistry> registries) {
    this.properties = properties;
    this.registries = registries;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!Boolean.TRUE.equals(properties.getMetrics().getEnabled())) {
      return;
    }
    MeterRegistry registry;
    try {
      registry = registries.getIfUnique();
    } catch (Throwable problem) {
      Problems.report("spring:meter-registry",
          "could not get the application's MeterRegistry bean; traced methods are not timed",
          problem);
      return;
    }
    if (registry == null) {
      Problems.report("spring:meter-registry",
          "spanweave.metrics.enabled=true but the application has no single MeterRegistry bean"
              + " (Spring Boot Actuator provides one); traced methods are not timed", null);
      return;
    }
    before = Observers.settings().meterRegistry();
    Spanweave.meterRegistry(registry);
    installed = true;
  }

  @Override
  public void destroy() {
    if (installed) {
      Object previous = before;
      Observers.update(settings -> settings.withMeterRegistry(previous));
      installed = false;
    }
  }
}
