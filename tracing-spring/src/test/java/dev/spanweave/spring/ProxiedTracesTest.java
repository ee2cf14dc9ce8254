package dev.spanweave.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** What the advisor's method matcher does at start-up, and what waits for the first call. */
class ProxiedTracesTest {

  static class Orders {
    @TracedSpan
    public String find(@SpanAttribute("order.id") String id) {
      return id;
    }

    public String untraced(String id) {
      return id;
    }
  }

  @Test
  void aTracedMethodIsMatchedAtStartUpAndDescribedOnItsFirstCall() throws Exception {
    Method find = Orders.class.getMethod("find", String.class);
    assertThat(ProxiedTraces.traces(find, Orders.class)).isTrue();
    assertThat(ProxiedTraces.described(find, Orders.class)).isFalse();

    assertThat(ProxiedTraces.of(find, Orders.class)).isNotNull(); // the interceptor's first call
    assertThat(ProxiedTraces.described(find, Orders.class)).isTrue();
  }

  @Test
  void anUntracedMethodIsNeitherMatchedNorDescribed() throws Exception {
    Method untraced = Orders.class.getMethod("untraced", String.class);
    assertThat(ProxiedTraces.traces(untraced, Orders.class)).isFalse();
    assertThat(ProxiedTraces.described(untraced, Orders.class)).isFalse();
  }
}
