package dev.spanweave.spring;

import dev.spanweave.internal.Problems;
import dev.spanweave.internal.SubscriberContexts;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import io.micrometer.tracing.otel.bridge.OtelSpan;
import io.opentelemetry.api.trace.Span;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import reactor.util.context.Context;

/**
 * Where Micrometer Tracing bridges to OpenTelemetry (Spring Boot's OpenTelemetry starter), a
 * traced {@code Mono} or {@code Flux} puts its span into the Reactor context of its subscriptions
 * as the current Micrometer observation. Spring's {@code WebClient} takes its parent from there,
 * and with {@code spring.reactor.context-propagation=auto} Reactor makes it current on every
 * thread the work moves to; without this, both find the request's server span and the method's
 * span loses its children.
 *
 * <p>The observation is never started: it only carries the span, so it records nothing and
 * creates no span of its own. Opening its scope (Reactor does, after a thread hop) makes the span
 * current through Micrometer's tracing handler.
 */
final class ObservedReactorContexts
    implements SubscriberContexts.Writer, SmartInitializingSingleton, DisposableBean {

  /** The name Micrometer's observation predicates see (they may switch it off). */
  static final String OBSERVATION_NAME = "spanweave.span";

  private final ObjectProvider<ObservationRegistry> registries;
  /**
   * Whether Reactor restores thread-locals itself ({@code spring.reactor.context-propagation=auto}):
   * only then does anything capture this thread's observation while the publisher is subscribed
   * to, and only then is opening its scope worth its cost.
   */
  private final boolean threadLocalsRestored;
  private ObservationRegistry registry;
  private SubscriberContexts.Writer previous;
  private boolean installed;

  ObservedReactorContexts(
      ObjectProvider<ObservationRegistry> registries, boolean threadLocalsRestored) {
    this.registries = registries;
    this.threadLocalsRestored = threadLocalsRestored;
  }

  @Override
  public void afterSingletonsInstantiated() {
    try {
      registry = registries.getIfUnique();
    } catch (Throwable problem) {
      Problems.report("spring:observation-registry", "could not get the application's"
          + " ObservationRegistry bean; the spans of methods returning Mono or Flux do not reach"
          + " Reactor's context", problem);
    }
    if (registry != null && !registry.isNoop()) {
      previous = SubscriberContexts.install(this);
      installed = true;
    }
  }

  @Override
  public Context write(Context subscriber, io.opentelemetry.context.Context traced) {
    Span span = Span.fromContext(traced);
    if (!span.getSpanContext().isValid()) {
      return subscriber;
    }
    TracingContext tracing = new TracingContext();
    tracing.setSpan(OtelSpan.fromOtel(span, traced));
    Observation.Context carrier = new Observation.Context();
    carrier.put(TracingContext.class, tracing);
    Observation observation = Observation.createNotStarted(OBSERVATION_NAME, () -> carrier, registry);
    if (observation.isNoop()) {
      return subscriber;
    }
    return subscriber.put(ObservationThreadLocalAccessor.KEY, observation);
  }

  @Override
  public io.opentelemetry.context.Scope makeCurrent(Context written) {
    Observation observation = threadLocalsRestored
        ? written.getOrDefault(ObservationThreadLocalAccessor.KEY, null) : null;
    if (observation == null) {
      return io.opentelemetry.context.Scope.noop();
    }
    Observation.Scope scope = observation.openScope();
    return scope::close;
  }

  @Override
  public void destroy() {
    if (installed) {
      SubscriberContexts.restore(this, previous);
    }
  }
}
