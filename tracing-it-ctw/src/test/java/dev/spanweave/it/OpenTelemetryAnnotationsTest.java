package dev.spanweave.it;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import dev.spanweave.test.SpanweaveExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Code annotated for the OpenTelemetry agent works without it. */
class OpenTelemetryAnnotationsTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();
  private final SpanRecorder recorder = new SpanRecorder(spans);
  private final OpenTelemetryFixtures fixture = new OpenTelemetryFixtures();

  @Test
  void withSpanGivesASpan() {
    fixture.plain();

    assertThat(recorder.only()).hasName("OpenTelemetryFixtures.plain").hasKind(SpanKind.INTERNAL);
  }

  @Test
  void withSpanOptionsAndSpanAttributesAreHonoured() {
    assertThat(fixture.named("k", 5L)).isEqualTo("k5");

    assertThat(recorder.only()).hasName("otel.named").hasKind(SpanKind.CLIENT)
        .hasAttribute(stringKey("otel.key"), "k")
        .hasAttribute(longKey("amount"), 5L);
  }

  @Test
  void withSpanInheritContextFalseStartsANewTrace() {
    Span caller = recorder.sdk().getTracer("test").spanBuilder("caller").startSpan();
    try (Scope ignored = caller.makeCurrent()) {
      fixture.root();
    } finally {
      caller.end();
    }

    assertThat(recorder.named("OpenTelemetryFixtures.root")).hasNoParent();
  }

  @Test
  void addingSpanAttributesWritesOntoTheCallersSpanWithoutOneOfItsOwn() {
    fixture.callsAdding("o-1");

    assertThat(recorder.only()).hasName("outer.with-span")
        .hasAttribute(stringKey("order.id"), "o-1")
        .hasAttribute(longKey("order.items"), 3L);
  }

  @Test
  void bothAnnotationsOnOneMethodGiveOneSpanWithSpanweavesOptions() {
    assertThat(fixture.both("a", "b")).isEqualTo("ab");

    assertThat(recorder.only()).hasName("both.annotations")
        .hasAttribute(stringKey("mine"), "a")
        .hasAttribute(stringKey("theirs"), "b");
  }
}
