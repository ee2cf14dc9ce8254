package dev.spanweave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.Spanweave;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.testing.time.TestClock;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * An SDK with an in-memory exporter and a hand-driven clock, and the aspect's per-call protocol
 * (see {@link MethodTrace}) so that core tests exercise exactly what woven code does.
 */
final class AsyncTracing {

  final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  final TestClock clock = TestClock.create();
  final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder()
          .setClock(clock)
          .addSpanProcessor(SimpleSpanProcessor.create(exporter))
          .build())
      .build();

  AsyncTracing() {
    Spanweave.useOpenTelemetry(sdk);
  }

  static MethodTrace traceOf(Class<?> type, String methodName) {
    Method method = Arrays.stream(type.getDeclaredMethods())
        .filter(m -> m.getName().equals(methodName))
        .findFirst()
        .orElseThrow();
    return MethodTraces.describe(method, null);
  }

  /** What the aspect does around {@code body}, the traced method's body. */
  @SuppressWarnings("unchecked")
  static <T> T call(MethodTrace trace, Callable<T> body) {
    Span span = trace.start(TracerHolder.tracer());
    assertThat(span).as("the method is traced").isNotNull();
    Object result;
    Scope scope = span.makeCurrent();
    try {
      result = body.call();
    } catch (Throwable error) {
      scope.close();
      throw trace.thrown(span, error);
    }
    scope.close();
    return (T) trace.returned(span, result);
  }

  List<SpanData> spans() {
    return exporter.getFinishedSpanItems();
  }

  SpanData span(String name) {
    return spans().stream().filter(s -> s.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no ended span " + name + " in " + spans()));
  }

  /**
   * Waits for {@code count} ended spans. A caller woken by {@code join()} may run before the
   * future's other callbacks, ours included, so "ended" can trail "completed" by a moment.
   */
  List<SpanData> awaitSpans(int count) throws InterruptedException {
    for (int i = 0; i < 1000 && spans().size() < count; i++) {
      Thread.sleep(10);
    }
    return spans();
  }
}
