package dev.spanweave.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.spanweave.Spanweave;
import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code -Dspanweave.enabled=false}: woven methods run as if they were not woven, whatever the
 * application configures at runtime. Runs in its own surefire execution with that property set.
 */
@EnabledIfSystemProperty(named = "spanweave.enabled", matches = "false")
class KillSwitchTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();

  @Test
  void tracedMethodsReturnAndThrowAsUntracedOnesAndNoSpanIsMade() {
    Spanweave.useOpenTelemetry(spans.openTelemetry());
    Spanweave.recordCodeAttributes(true);

    assertThat(Spanweave.enabled()).isFalse();
    assertThat(new Fixtures.Attributes().exploding(new Fixtures.Exploding(), "after"))
        .isEqualTo("result untouched");
    assertThat(new Fixtures.Nesting().outer()).isEqualTo("isf");
    Throwable thrown = catchThrowable(() -> new Fixtures.Failures().checked());

    assertThat(thrown).isInstanceOf(java.io.IOException.class).hasMessage("disk on fire");
    assertThat(spans.spans()).isEmpty();
  }

  @Test
  void theCallersSpanStaysCurrentInsideATracedMethod() {
    Span caller = spans.openTelemetry().getTracer("test").spanBuilder("caller").startSpan();
    try (Scope ignored = caller.makeCurrent()) {
      // switched on, this method would start a new trace of its own
      assertThat(new Fixtures.Nesting().detached())
          .isEqualTo(caller.getSpanContext().getTraceId());
    } finally {
      caller.end();
    }

    assertThat(spans.spans()).extracting(span -> span.getName()).containsExactly("caller");
  }
}
