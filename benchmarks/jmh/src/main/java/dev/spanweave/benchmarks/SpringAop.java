package dev.spanweave.benchmarks;

import dev.spanweave.benchmarks.fixture.Greeter;
import org.springframework.aop.aspectj.annotation.AspectJProxyFactory;

/**
 * Applies an {@code @Aspect} instance to a target the way Spring AOP does for a bean in a Spring
 * Boot application: with a class-based (CGLIB) proxy, Boot's default. (With an interface proxy,
 * OpenTelemetry's aspect reads the annotations of the interface method and finds none.)
 */
final class SpringAop {

  private SpringAop() {}

  static Greeter proxy(Greeter target, Object aspect) {
    AspectJProxyFactory factory = new AspectJProxyFactory(target);
    factory.setProxyTargetClass(true);
    factory.addAspect(aspect);
    return factory.getProxy();
  }
}
