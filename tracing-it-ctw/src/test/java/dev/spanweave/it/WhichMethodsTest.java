package dev.spanweave.it;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import dev.spanweave.internal.Woven;
import dev.spanweave.test.SpanweaveExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Type-level annotations, interfaces and overrides: which join points get a span. */
class WhichMethodsTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();
  private final SpanRecorder recorder = new SpanRecorder(spans);

  @Test
  void aTypeLevelAnnotationTracesThePublicMethodsDeclaredThere() {
    Fixtures.WholeType whole = new Fixtures.WholeType();
    whole.publicOne();
    Fixtures.WholeType.publicStatic();
    whole.overridden();
    whole.packagePrivate();
    whole.leftOut();

    assertThat(recorder.spans()).extracting(SpanData::getName)
        .containsExactly("WholeType.publicOne", "WholeType.publicStatic", "overridden");
    assertThat(recorder.named("WholeType.publicOne")).hasKind(SpanKind.SERVER);
    assertThat(recorder.named("overridden")).hasKind(SpanKind.INTERNAL);
  }

  @Test
  void theWovenMethodsAndOnlyThoseCarryTheMarkThatMakesSpringProxiesStandAside()
      throws Exception {
    Class<?> whole = Fixtures.WholeType.class;
    assertThat(whole.getMethod("publicOne").isAnnotationPresent(Woven.class)).isTrue();
    assertThat(whole.getMethod("overridden").isAnnotationPresent(Woven.class)).isTrue();
    assertThat(whole.getMethod("leftOut").isAnnotationPresent(Woven.class)).isFalse();
    assertThat(whole.getDeclaredMethod("packagePrivate").isAnnotationPresent(Woven.class))
        .isFalse();
  }

  @Test
  void anInterfaceMethodAnnotationIsNotInheritedByImplementations() {
    Fixtures.Greeter plain = new Fixtures.PlainGreeter();
    Fixtures.Greeter traced = new Fixtures.TracedGreeter();

    assertThat(plain.greet("a")).isEqualTo("hi a");
    assertThat(traced.greet("b")).isEqualTo("hello b");

    assertThat(recorder.only()).hasName("TracedGreeter.greet");
  }

  @Test
  void anOverrideWithoutTheAnnotationIsNotTracedButItsSuperCallIs() {
    assertThat(new Fixtures.Derived().template()).isEqualTo("derived+base");

    assertThat(recorder.only()).hasName("Base.template");
  }
}
