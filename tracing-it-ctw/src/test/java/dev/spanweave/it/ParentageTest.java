package dev.spanweave.it;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import dev.spanweave.test.SpanweaveExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Parent/child links, self-calls, private/static/final methods, detached roots, restoring. */
class ParentageTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();
  private final SpanRecorder recorder = new SpanRecorder(spans);
  private final Fixtures.Nesting fixture = new Fixtures.Nesting();

  @Test
  void selfCallsToPrivateStaticAndFinalMethodsAreChildren() {
    assertThat(fixture.outer()).isEqualTo("isf");

    SpanData outer = recorder.named("Nesting.outer");
    for (String child : List.of("Nesting.inner", "Nesting.staticHelper", "Nesting.finalHelper")) {
      assertThat(recorder.named(child)).hasParent(outer);
    }
    assertThat(outer).hasNoParent();
    assertThat(recorder.spans()).hasSize(4);
  }

  @Test
  void recursionGivesOneSpanPerCall() {
    assertThat(fixture.recurse(3)).isEqualTo(3);

    List<SpanData> spans = recorder.spans();
    assertThat(spans).hasSize(4);
    // spans end innermost first: each one's parent is the next one
    for (int i = 0; i < 3; i++) {
      assertThat(spans.get(i)).hasParent(spans.get(i + 1));
    }
  }

  @Test
  void aSpanStartedByTheCallerIsTheParent() {
    Span caller = recorder.sdk().getTracer("test").spanBuilder("caller").startSpan();
    try (Scope ignored = caller.makeCurrent()) {
      fixture.outer();
    } finally {
      caller.end();
    }

    assertThat(recorder.named("Nesting.outer")).hasParent(recorder.named("caller"));
  }

  @Test
  void inheritContextFalseStartsANewTraceLinkedToTheCaller() {
    String detachedTrace = fixture.callsDetached();

    SpanData caller = recorder.named("Nesting.callsDetached");
    SpanData detached = recorder.named("Nesting.detached");
    assertThat(detached).hasNoParent().hasTraceId(detachedTrace);
    assertThat(detachedTrace).isNotEqualTo(caller.getTraceId());
    assertThat(detached.getLinks()).singleElement()
        .satisfies(link -> assertThat(link.getSpanContext()).isEqualTo(caller.getSpanContext()));
  }

  @Test
  void inheritContextFalseWithoutACallerHasNoLink() {
    fixture.detached();

    assertThat(recorder.only().getLinks()).isEmpty();
  }

  @Test
  void theContextIsRestoredAfterReturnAndAfterAnException() {
    fixture.outer();
    assertThat(SpanRecorder.noSpanIsCurrent()).isTrue();

    catchThrowable(new Fixtures.Failures()::unchecked);
    assertThat(SpanRecorder.noSpanIsCurrent()).isTrue();
  }

  @Test
  void manyThreadsAtOnceGetExactlyTheirOwnSpansWithCorrectParents() throws Exception {
    int threads = 8;
    int callsPerThread = 200;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < callsPerThread; i++) {
            fixture.outer();
            if (!SpanRecorder.noSpanIsCurrent()) {
              throw new AssertionError("context leaked on " + Thread.currentThread());
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    List<SpanData> spans = recorder.spans();
    assertThat(spans).hasSize(threads * callsPerThread * 4);
    Map<String, SpanData> outers = spans.stream().filter(s -> s.getName().equals("Nesting.outer"))
        .collect(Collectors.toMap(SpanData::getSpanId, s -> s));
    assertThat(outers).hasSize(threads * callsPerThread);
    Map<String, Set<String>> childrenByParent = new ConcurrentHashMap<>();
    for (SpanData span : spans) {
      if (!span.getName().equals("Nesting.outer")) {
        SpanData parent = outers.get(span.getParentSpanId());
        assertThat(parent).as("parent of %s", span.getName()).isNotNull();
        assertThat(span.getTraceId()).isEqualTo(parent.getTraceId());
        childrenByParent.computeIfAbsent(parent.getSpanId(), k -> ConcurrentHashMap.newKeySet())
            .add(span.getName());
      }
    }
    assertThat(childrenByParent).hasSize(threads * callsPerThread)
        .allSatisfy((parent, children) -> assertThat(children).containsExactlyInAnyOrder(
            "Nesting.inner", "Nesting.staticHelper", "Nesting.finalHelper"));
  }
}
