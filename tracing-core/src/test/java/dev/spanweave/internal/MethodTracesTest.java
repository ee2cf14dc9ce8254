package dev.spanweave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.NotTraced;
import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.instrumentation.annotations.AddingSpanAttributes;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** Which annotation wins, and what is computed once per method. */
class MethodTracesTest {

  static class Annotated {
    @TracedSpan("own")
    @WithSpan("theirs")
    void both() {}

    @WithSpan
    void otel() {}

    @AddingSpanAttributes
    void adding(@SpanAttribute("k") String k) {}

    void plain() {}

    @TracedSpan
    void attributes(String skipped, @SpanAttribute("x") String x,
        @io.opentelemetry.instrumentation.annotations.SpanAttribute("y") long y) {}
  }

  @TracedSpan
  static class WholeType {
    public void visible() {}

    void packagePrivate() {}

    @NotTraced
    public void leftOut() {}

    @NotTraced
    @TracedSpan("explicit")
    public void explicitWins() {}
  }

  private static MethodTrace trace(Class<?> type, String name) {
    for (Method method : type.getDeclaredMethods()) {
      if (method.getName().equals(name)) {
        return MethodTraces.describe(method, null);
      }
    }
    throw new AssertionError(name);
  }

  @Test
  void spanweavesAnnotationWinsOverWithSpan() {
    MethodTrace both = trace(Annotated.class, "both");

    assertThat(both.opensSpan()).isTrue();
    assertThat(both.spanName()).isEqualTo("own");
  }

  @Test
  void withSpanAloneOpensASpanWithTheDefaultName() {
    assertThat(trace(Annotated.class, "otel").spanName()).isEqualTo("Annotated.otel");
  }

  @Test
  void addingSpanAttributesAndUnannotatedMethodsOpenNoSpan() {
    assertThat(trace(Annotated.class, "adding").opensSpan()).isFalse();
    assertThat(trace(Annotated.class, "adding").recordsArguments()).isTrue();
    assertThat(trace(Annotated.class, "plain").opensSpan()).isFalse();
  }

  @Test
  void bothKindsOfSpanAttributeAreRecorded() {
    assertThat(trace(Annotated.class, "attributes").recordsArguments()).isTrue();
  }

  @Test
  void aTypeLevelAnnotationCoversOnlyPublicMethods() {
    assertThat(trace(WholeType.class, "visible").opensSpan()).isTrue();
    assertThat(trace(WholeType.class, "packagePrivate").opensSpan()).isFalse();
  }

  @Test
  void notTracedLeavesOutAMethodOfATracedTypeButNotAnExplicitlyTracedOne() {
    assertThat(trace(WholeType.class, "leftOut").opensSpan()).isFalse();
    assertThat(trace(WholeType.class, "explicitWins").spanName()).isEqualTo("explicit");
  }

  @Test
  void aMethodThatCannotBeDescribedRunsUntraced() {
    MethodTrace broken = MethodTraces.undescribable("x.Y.z", new IllegalStateException("test"));

    assertThat(broken.opensSpan()).isFalse();
    assertThat(broken.start(TracerHolder.tracer())).isNull();
  }
}
