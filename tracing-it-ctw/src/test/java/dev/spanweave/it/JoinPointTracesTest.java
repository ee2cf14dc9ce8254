package dev.spanweave.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.TracedSpan;
import dev.spanweave.aspectj.JoinPointTraces;
import dev.spanweave.internal.MethodTrace;
import org.aspectj.lang.JoinPoint;
import org.aspectj.runtime.reflect.Factory;
import org.junit.jupiter.api.Test;

/** The per-type lookup of method descriptions, fed with join points made as ajc makes them. */
class JoinPointTracesTest {

  /** Not woven by anything in this test: only its methods' descriptions are looked up. */
  static class Described {
    @TracedSpan("first")
    void first() {}

    @TracedSpan("second")
    void second() {}
  }

  private static JoinPoint.StaticPart executionOf(Factory factory, String method, int id) {
    return factory.makeSJP(JoinPoint.METHOD_EXECUTION,
        factory.makeMethodSig("0", method, Described.class.getName(), "", "", "", "void"), id);
  }

  /** Looks both up (second first), then again: each has its method's description, always the same. */
  private static void assertEachHasItsOwnDescription(
      JoinPoint.StaticPart first, JoinPoint.StaticPart second) {
    MethodTrace secondTrace = JoinPointTraces.of(second);
    MethodTrace firstTrace = JoinPointTraces.of(first);

    assertThat(firstTrace.spanName()).isEqualTo("first");
    assertThat(secondTrace.spanName()).isEqualTo("second");
    assertThat(JoinPointTraces.of(second)).isSameAs(secondTrace);
    assertThat(JoinPointTraces.of(first)).isSameAs(firstTrace);
  }

  @Test
  void eachJoinPointOfATypeGetsItsOwnMethodsDescriptionOnceAndForAll() {
    Factory factory = new Factory("JoinPointTracesTest.java", Described.class);

    assertEachHasItsOwnDescription(
        executionOf(factory, "first", 21), executionOf(factory, "second", 20));
  }

  @Test
  void joinPointsThatShareAnIdStillGetTheirOwnDescriptions() {
    // ajc numbers join points per woven type, so this does not happen with woven code; the lookup
    // must still never hand one method another method's description
    Factory factory = new Factory("JoinPointTracesTest.java", Described.class);

    assertEachHasItsOwnDescription(
        executionOf(factory, "first", 3), executionOf(factory, "second", 3));
  }
}
