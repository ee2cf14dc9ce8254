package dev.spanweave.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.TracedSpan;
import java.lang.reflect.Proxy;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.util.AntPathMatcher;

/** Which bean classes are only a framework's, by name. */
class FrameworkClassesTest {

  interface Repository {
    @TracedSpan
    String find(String id);
  }

  static class Service {
    @TracedSpan
    String greet() {
      return "hi";
    }
  }

  /** The application's class, though it extends and implements only framework types. */
  static class Matcher extends AntPathMatcher implements InitializingBean {
    @Override
    public void afterPropertiesSet() {}
  }

  @Test
  void aFrameworksOwnBeanIsNotLookedAtMethodByMethod() {
    assertThat(FrameworkClasses.frameworkOnly(AntPathMatcher.class)).isTrue();
    assertThat(FrameworkClasses.frameworkOnly(String.class)).isTrue();
    Object frameworkProxy = Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Callable.class}, (proxy, method, args) -> null);
    assertThat(FrameworkClasses.frameworkOnly(frameworkProxy.getClass())).isTrue();
  }

  @Test
  void theApplicationsClassesAndProxiesOfItsInterfacesAre() {
    assertThat(FrameworkClasses.frameworkOnly(Service.class)).isFalse();
    assertThat(FrameworkClasses.frameworkOnly(Matcher.class)).isFalse();
    Object repository = Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Repository.class}, (proxy, method, args) -> null);
    assertThat(FrameworkClasses.frameworkOnly(repository.getClass())).isFalse();
  }
}
