package dev.spanweave.test.spring;

import io.opentelemetry.api.OpenTelemetry;
import java.util.Map;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Makes the kit's SDK the application's primary {@code OpenTelemetry} bean, so that Spring Boot's
 * OpenTelemetry starter backs off and its HTTP server and client spans go where spanweave's go,
 * and samples every request. A record: every instance is equal, so that all the test classes
 * using the kit share one cached context when the rest of their configuration is the same.
 */
record CapturedSpansCustomizer() implements ContextCustomizer {

  /** The bean's name: one an application would not choose. */
  static final String BEAN_NAME = "dev.spanweave.test.spring.capturedOpenTelemetry";

  @Override
  public void customizeContext(
      ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
    // Boot's own tracer provider is not used once ours is the bean; a sampler built from the
    // property anyway (or read by the application) must not drop nine requests in ten
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(
        "spanweave test kit", Map.of("management.tracing.sampling.probability", "1.0")));
    BeanDefinitionRegistry registry = context instanceof BeanDefinitionRegistry direct
        ? direct
        : (BeanDefinitionRegistry) context.getBeanFactory();
    RootBeanDefinition definition =
        new RootBeanDefinition(OpenTelemetry.class, CapturedOpenTelemetry::new);
    // primary: an application that declares an OpenTelemetry bean of its own still gets ours
    definition.setPrimary(true);
    registry.registerBeanDefinition(BEAN_NAME, definition);
  }
}
