package dev.spanweave.internal;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.spanweave.Spanweave;
import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.semconv.CodeAttributes;
import io.opentelemetry.semconv.ErrorAttributes;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The runtime driven by hand, as a weaving adapter drives it: no AspectJ involved.
 */
class MethodTraceProtocolTest {

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

  static class Service {
    @TracedSpan
    String greet(@SpanAttribute("user") Object user, @SpanAttribute("count") int count) {
      return "hi";
    }
  }

  /** Counts calls of toString, to prove unsampled calls never compute attribute values. */
  static final class Counting {
    final AtomicInteger toStringCalls = new AtomicInteger();

    @Override
    public String toString() {
      toStringCalls.incrementAndGet();
      return "counted";
    }
  }

  private static MethodTrace greetTrace() throws NoSuchMethodException {
    Method greet = Service.class.getDeclaredMethod("greet", Object.class, int.class);
    return MethodTraces.describe(greet, null);
  }

  private void use(Sampler sampler) {
    Spanweave.useOpenTelemetry(OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().setSampler(sampler)
            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
        .build());
  }

  @AfterEach
  void back() {
    Spanweave.useGlobalOpenTelemetry();
    Spanweave.recordCodeAttributes(false);
  }

  /** What the aspect's advice does around {@code body}. */
  private static Object call(MethodTrace trace, Object a0, Object a1, Supplier<Object> body) {
    Span span = trace.start(TracerHolder.tracer(), a0, a1, null);
    if (span == null) {
      return body.get();
    }
    Object result;
    Scope scope = span.makeCurrent();
    try {
      result = body.get();
    } catch (Throwable error) {
      scope.close();
      throw trace.thrown(span, error);
    }
    scope.close();
    return trace.returned(span, result);
  }

  @Test
  void aSampledCallRecordsItsArgumentsAndEnds() throws Exception {
    use(Sampler.alwaysOn());

    Object result = call(greetTrace(), "ada", 2, () -> "hi");

    assertThat(result).isEqualTo("hi");
    assertThat(exporter.getFinishedSpanItems()).singleElement().satisfies(span ->
        assertThat(span).hasName("Service.greet").hasEnded()
            .hasAttributesSatisfyingExactly(
                OpenTelemetryAssertions.equalTo(stringKey("user"), "ada"),
                OpenTelemetryAssertions.equalTo(longKey("count"), 2L)));
  }

  @Test
  void codeAttributesSwitchedOnAddTheQualifiedMethodNameFromTheNextCall() throws Exception {
    use(Sampler.alwaysOn());
    MethodTrace trace = greetTrace();
    call(trace, "ada", 2, () -> "hi");

    Spanweave.recordCodeAttributes(true);
    call(trace, "ada", 2, () -> "hi");

    assertThat(exporter.getFinishedSpanItems()).satisfiesExactly(
        before -> assertThat(before.getAttributes().get(CodeAttributes.CODE_FUNCTION_NAME)).isNull(),
        after -> assertThat(after).hasAttribute(CodeAttributes.CODE_FUNCTION_NAME,
            "dev.spanweave.internal.MethodTraceProtocolTest$Service.greet"));
  }

  @Test
  void theSpanIsAChildOfTheParentTheAdapterHandsIn() throws Exception {
    use(Sampler.alwaysOn());
    MethodTrace trace = greetTrace();
    Span outer = TracerHolder.tracer().spanBuilder("outer").startSpan();
    Context parent = Context.root().with(outer);

    // the current context is the root: only the parent handed in can make the span a child
    Span span = trace.start(TracerHolder.tracer(), parent, "ada", 2, null);
    trace.returned(span, "hi");
    outer.end();

    assertThat(exporter.getFinishedSpanItems()).satisfiesExactly(
        child -> assertThat(child).hasName("Service.greet")
            .hasParentSpanId(outer.getSpanContext().getSpanId())
            .hasTraceId(outer.getSpanContext().getTraceId()),
        parentSpan -> assertThat(parentSpan).hasName("outer"));
  }

  @Test
  void anUnsampledCallNeverComputesAttributeValues() throws Exception {
    use(Sampler.alwaysOff());
    Counting argument = new Counting();

    call(greetTrace(), argument, 1, () -> "hi");

    assertThat(argument.toStringCalls).hasValue(0);
    assertThat(exporter.getFinishedSpanItems()).isEmpty();
  }

  @Test
  void withTracingOffStartReturnsNullSoTheAdapterRunsTheMethodAlone() throws Exception {
    Spanweave.useOpenTelemetry(OpenTelemetry.noop());
    Counting argument = new Counting();

    assertThat(greetTrace().start(TracerHolder.tracer(), argument, 1, null)).isNull();
    assertThat(argument.toStringCalls).hasValue(0);
  }

  @Test
  void aFailureIsRecordedWithSemanticConventionNamesAndRethrownAsItself() throws Exception {
    use(Sampler.alwaysOn());
    IOException failure = new IOException("boom");

    Throwable thrown = catchThrowable(() -> call(greetTrace(), "a", 1, () -> {
      throw Throwables.sneakyThrow(failure);
    }));

    assertThat(thrown).isSameAs(failure);
    assertThat(exporter.getFinishedSpanItems()).singleElement().satisfies(span ->
        assertThat(span).hasStatusSatisfying(s -> s.hasCode(StatusCode.ERROR))
            .hasAttribute(ErrorAttributes.ERROR_TYPE, "java.io.IOException")
            .hasException(failure));
  }

  @Test
  void theRuntimeUsesTheSemanticConventionKeys() {
    assertThat(MethodTrace.CODE_FUNCTION_NAME).isEqualTo(CodeAttributes.CODE_FUNCTION_NAME);
    assertThat(MethodTrace.ERROR_TYPE).isEqualTo(ErrorAttributes.ERROR_TYPE);
  }
}
