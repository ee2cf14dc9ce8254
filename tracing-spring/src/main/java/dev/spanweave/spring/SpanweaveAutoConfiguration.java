package dev.spanweave.spring;

import io.opentelemetry.api.OpenTelemetry;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.context.annotation.Role;
import org.springframework.core.type.AnnotationMetadata;

/**
 * spanweave for a Spring Boot application: beans whose classes were not woven at build time are
 * traced through a Spring AOP advisor, and spans go to the application's {@code OpenTelemetry} bean
 * (GlobalOpenTelemetry when there is none). {@code spanweave.enabled=false} switches both off.
 *
 * <p>The compiled AspectJ aspect is deliberately not a bean: Spring would proxy its advice as if it
 * were an {@code @Aspect} class and every call would get two spans.
 */
@AutoConfiguration
@EnableConfigurationProperties(SpanweaveProperties.class)
public class SpanweaveAutoConfiguration {

  /** Created by Spring Boot's auto-configuration. */
  public SpanweaveAutoConfiguration() {}

  /** Created before the beans it proxies, so static and without dependencies on other beans. */
  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static TracedSpanInterceptor spanweaveInterceptor() {
    return new TracedSpanInterceptor();
  }

  /**
   * The settings that mirror JVM-wide ones, applied before any bean is created (see {@link
   * SpanweaveSettings}).
   */
  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static SpanweaveSettings spanweaveSettings() {
    return new SpanweaveSettings();
  }

  @Bean
  static SpanweaveInstallation spanweaveInstallation(
      SpanweaveProperties properties,
      ObjectProvider<OpenTelemetry> openTelemetry,
      TracedSpanInterceptor spanweaveInterceptor) {
    return new SpanweaveInstallation(properties, openTelemetry, spanweaveInterceptor);
  }

  /** Timers in the application's MeterRegistry; Micrometer is optional. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  static class Timers {

    @Bean
    static SpanweaveTimers spanweaveTimers(
        SpanweaveProperties properties,
        ObjectProvider<io.micrometer.core.instrument.MeterRegistry> registries) {
      return new SpanweaveTimers(properties, registries);
    }
  }

  /**
   * Micrometer Tracing's OpenTelemetry bridge: its record of the current span is cleared in traced
   * calls' contexts (see {@link MicrometerCurrentSpan}).
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBooleanProperty(name = "spanweave.enabled", matchIfMissing = true)
  @ConditionalOnClass(name = "io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext")
  static class MicrometerBridge {

    /**
     * Registered when Spring creates this configuration, during the context's refresh: traced
     * calls made before that keep the caller's record.
     */
    MicrometerBridge() {
      MicrometerCurrentSpan.register();
    }
  }

  /**
   * The span of a method returning {@code Mono} or {@code Flux}, handed to Micrometer's
   * observations through Reactor's context (see {@link ObservedReactorContexts}).
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBooleanProperty(name = "spanweave.enabled", matchIfMissing = true)
  @ConditionalOnClass(name = {
      "reactor.core.publisher.Mono",
      "io.micrometer.tracing.handler.TracingObservationHandler",
      "io.micrometer.tracing.otel.bridge.OtelSpan"})
  static class ReactorObservations {

    @Bean
    static ObservedReactorContexts spanweaveReactorContexts(
        ObjectProvider<io.micrometer.observation.ObservationRegistry> registries,
        org.springframework.core.env.Environment environment) {
      return new ObservedReactorContexts(registries, "auto".equalsIgnoreCase(
          environment.getProperty("spring.reactor.context-propagation", "limited")));
    }
  }

  /** The advisor, and an auto-proxy creator to apply it if the application has none. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBooleanProperty(name = "spanweave.enabled", matchIfMissing = true)
  @Import(AutoProxying.class)
  static class Proxying {

    /**
     * Reads {@code spanweave.order} from the environment, not from {@link SpanweaveProperties}:
     * advisors are created while post-processors are still being set up, before the properties
     * bean could be bound without warnings.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static TracedSpanAdvisor spanweaveAdvisor(
        TracedSpanInterceptor spanweaveInterceptor,
        org.springframework.core.env.Environment environment) {
      return new TracedSpanAdvisor(
          spanweaveInterceptor, environment.getProperty("spanweave.order", Integer.class, 0));
    }
  }

  /**
   * Registers Spring's infrastructure auto-proxy creator unless a stronger one is there (Boot's
   * AOP configuration or {@code @EnableTransactionManagement} usually register one already).
   */
  static class AutoProxying implements ImportBeanDefinitionRegistrar {
    @Override
    public void registerBeanDefinitions(
        AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
      AopConfigUtils.registerAutoProxyCreatorIfNecessary(registry);
    }
  }
}
