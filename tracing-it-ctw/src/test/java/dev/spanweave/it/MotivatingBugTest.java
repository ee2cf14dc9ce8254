package dev.spanweave.it;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;
import dev.spanweave.test.SpanweaveExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bug this library exists for: an attribute set on the current span after the block that owned
 * the span has ended silently vanishes.
 */
class MotivatingBugTest {

  // lenient: the hand-written case writes to an ended span on purpose (strict mode would fail it,
  // as tracing-test's own StrictModeTest proves)
  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create().lenient();
  private final SpanRecorder recorder = new SpanRecorder(spans);

  /** Hand-written: the span's block ends before the user name is known. */
  static final class HandWrittenNotifications {
    private final Tracer tracer;

    HandWrittenNotifications(Tracer tracer) {
      this.tracer = tracer;
    }

    List<String> run(String userId) {
      Span span = tracer.spanBuilder("home-notifications-mock-data").startSpan();
      List<String> results;
      try (Scope ignored = span.makeCurrent()) {
        results = List.of(userId + ":liked", userId + ":followed");
      } finally {
        span.end();
      }
      span.setAttribute("app.user_name", userId); // too late: the span has ended
      return results;
    }
  }

  /** Annotated: the span is open for the whole body, so the same order of lines works. */
  static class Notifications {
    @TracedSpan("home-notifications-mock-data")
    List<String> run(@SpanAttribute("app.user_id") String userId) {
      List<String> results = List.of(userId + ":liked", userId + ":followed");
      Span.current().setAttribute("app.result_length", results.size());
      Span.current().setAttribute("app.user_name", userId);
      return results;
    }
  }

  @Test
  void handWrittenCodeLosesTheAttribute() {
    new HandWrittenNotifications(recorder.sdk().getTracer("hand")).run("ada");

    assertThat(recorder.only().getAttributes().get(stringKey("app.user_name"))).isNull();
  }

  @Test
  void theAnnotatedMethodKeepsIt() {
    List<String> results = new Notifications().run("ada");

    assertThat(results).hasSize(2);
    assertThat(recorder.only())
        .hasName("home-notifications-mock-data")
        .hasAttribute(stringKey("app.user_name"), "ada")
        .hasAttribute(stringKey("app.user_id"), "ada")
        .hasAttribute(longKey("app.result_length"), 2L)
        .hasEnded();
    assertThat(SpanRecorder.noSpanIsCurrent()).isTrue();
  }
}
