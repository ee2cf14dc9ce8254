package dev.spanweave.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.instrumentation.annotations.AddingSpanAttributes;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.springframework.samples.clinic.ClinicService;
import org.springframework.util.AntPathMatcher;

/** Which bean classes the advisor looks at method by method. */
class TracedClassesTest {

  interface Repository {
    @TracedSpan
    String find(String id);
  }

  @TracedSpan
  interface TracedRepository {
    String find(String id);
  }

  interface Plain {
    String find(String id);
  }

  interface WithDefault {
    @WithSpan
    default String find(String id) {
      return id;
    }
  }

  static class Service {
    @TracedSpan
    String greet() {
      return "hi";
    }
  }

  static class Subclass extends Service {
    String other() {
      return "";
    }
  }

  @TracedSpan
  static class TracedType {
    public String greet() {
      return "hi";
    }
  }

  static class Attributes {
    @AddingSpanAttributes
    public void add() {}
  }

  static class Untraced extends AntPathMatcher implements Plain {
    @Override
    public String find(String id) {
      return id;
    }
  }

  static class InheritsDefault implements WithDefault {}

  @Test
  void classesWithATracingAnnotationSomewhereAreMatchedMethodByMethod() {
    assertThat(TracedClasses.mayBeTraced(Service.class)).isTrue();
    assertThat(TracedClasses.mayBeTraced(Subclass.class)).isTrue();
    assertThat(TracedClasses.mayBeTraced(TracedType.class)).isTrue();
    assertThat(TracedClasses.mayBeTraced(Attributes.class)).isTrue();
    assertThat(TracedClasses.mayBeTraced(InheritsDefault.class)).isTrue();
    assertThat(TracedClasses.mayBeTraced(proxy(Repository.class))).isTrue();
    assertThat(TracedClasses.mayBeTraced(proxy(TracedRepository.class))).isTrue();
  }

  @Test
  void anApplicationInAFrameworksNamespaceIsTraced() throws Exception {
    assertThat(TracedClasses.mayBeTraced(ClinicService.class)).isTrue();
    assertThat(ProxiedTraces.traces(
        ClinicService.class.getMethod("findOwner", String.class), ClinicService.class)).isTrue();
  }

  @Test
  void classesWithoutOneAreNot() {
    assertThat(TracedClasses.mayBeTraced(Untraced.class)).isFalse();
    assertThat(TracedClasses.mayBeTraced(proxy(Plain.class))).isFalse();
    assertThat(TracedClasses.mayBeTraced(AntPathMatcher.class)).isFalse();
    assertThat(TracedClasses.mayBeTraced(String.class)).isFalse();
  }

  private Class<?> proxy(Class<?> type) {
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> null).getClass();
  }
}
