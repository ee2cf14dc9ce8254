package dev.spanweave.benchmarks.startup;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * With {@code -Dstartup.check=true}, prints how many generated beans are AOP proxies, so that the
 * start-up script can check that spanweave proxied the traced ones (and only them) before timing.
 */
@Component
@ConditionalOnBooleanProperty("startup.check")
class ProxyCount implements SmartInitializingSingleton {

  private final ApplicationContext context;

  ProxyCount(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void afterSingletonsInstantiated() {
    long generated = 0;
    long proxied = 0;
    for (String name : context.getBeanDefinitionNames()) {
      Object bean = context.getBean(name);
      if (AopUtils.getTargetClass(bean).getName().startsWith(getClass().getPackageName() + ".beans.")) {
        generated++;
        proxied += AopUtils.isAopProxy(bean) ? 1 : 0;
      }
    }
    System.out.println("[startup check] generated beans: " + generated + ", proxied: " + proxied);
  }
}
