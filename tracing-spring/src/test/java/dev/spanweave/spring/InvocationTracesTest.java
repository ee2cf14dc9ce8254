package dev.spanweave.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.TracedSpan;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interceptor's lookup by reference. */
class InvocationTracesTest {

  interface Greeting {
    String greet();
  }

  static class Traced implements Greeting {
    @Override
    @TracedSpan
    public String greet() {
      return "hi";
    }
  }

  static class Untraced implements Greeting {
    @Override
    public String greet() {
      return "hi";
    }
  }

  private final InvocationTraces traces = new InvocationTraces();

  @Test
  void theSameMethodInstanceFindsTheSameEntry() throws Exception {
    Method greet = Greeting.class.getMethod("greet");
    InvocationTraces.Entry first = traces.get(greet, Traced.class);
    assertThat(first.trace()).isNotNull();
    assertThat(first.trace().spanName()).isEqualTo("Traced.greet");
    assertThat(traces.get(greet, Traced.class)).isSameAs(first);
  }

  @Test
  void oneMethodOnTwoTargetClassesHasTwoEntries() throws Exception {
    Method greet = Greeting.class.getMethod("greet");
    assertThat(traces.get(greet, Traced.class).trace()).isNotNull();
    assertThat(traces.get(greet, Untraced.class).trace()).isNull();
    assertThat(traces.get(greet, Traced.class).trace()).isNotNull();
  }

  @Test
  void manyMethodsAreAllFoundAgainAfterTheTableGrew() throws Exception {
    List<Method> copies = new ArrayList<>();
    List<InvocationTraces.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      Method copy = Traced.class.getMethod("greet"); // a new Method instance each time
      copies.add(copy);
      entries.add(traces.get(copy, Traced.class));
    }
    for (int i = 0; i < copies.size(); i++) {
      assertThat(traces.get(copies.get(i), Traced.class)).isSameAs(entries.get(i));
    }
  }
}
