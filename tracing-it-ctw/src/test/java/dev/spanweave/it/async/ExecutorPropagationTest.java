package dev.spanweave.it.async;

import static dev.spanweave.it.async.AsyncAssertions.assertChildWithin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's recipes for handing work to executors, with OpenTelemetry's own wrappers. */
class ExecutorPropagationTest {

  @RegisterExtension
  static final SpanweaveExtension spans = SpanweaveExtension.create();

  private final ExecutorService pool = Executors.newSingleThreadExecutor();
  private final AsyncService service = new AsyncService(pool);

  @AfterEach
  void shutdown() {
    pool.shutdownNow();
  }

  @Test
  void taskWrappingExecutorMakesTheTracedMethodTheParentOfSpansInTheTask() throws Exception {
    assertThat(service.viaTaskWrapping(pool).join()).isEqualTo("wrapped executor");

    assertParentIs(spans.awaitAllEnded(), "AsyncService.viaTaskWrapping");
  }

  @Test
  void wrappedRunnableMakesTheTracedMethodTheParentOfSpansInTheTask() throws Exception {
    assertThat(service.viaWrappedRunnable(pool).join()).isEqualTo("wrapped runnable");

    assertParentIs(spans.awaitAllEnded(), "AsyncService.viaWrappedRunnable");
  }

  @Test
  void withoutWrappingTheTaskStartsATraceOfItsOwn() throws Exception {
    assertThat(service.unwrapped(pool).join()).isEqualTo("plain executor");

    spans.awaitAllEnded();
    SpanData step = spans.span("AsyncService.step");
    assertThat(step.getParentSpanId()).isEqualTo(SpanId.getInvalid());
    assertThat(step.getTraceId())
        .isNotEqualTo(spans.span("AsyncService.unwrapped").getTraceId());
  }

  private void assertParentIs(Iterable<SpanData> ended, String parentName) {
    assertThat(ended).hasSize(2);
    assertChildWithin(spans.span("AsyncService.step"), spans.span(parentName));
  }
}
