package dev.spanweave.it;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.spanweave.Spanweave;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where spans go by default: GlobalOpenTelemetry, and nothing at all when no SDK is installed. */
class GlobalOpenTelemetryTest {

  /** TracerHolder.GLOBAL_RECHECK_INTERVAL (package-private in tracing-core). */
  private static final int TRACER_HOLDER_RECHECK_INTERVAL = 1024;

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

  @BeforeEach
  @AfterEach
  void reset() {
    GlobalOpenTelemetry.resetForTest();
    Spanweave.useGlobalOpenTelemetry();
  }

  private OpenTelemetrySdk sdk() {
    return OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
        .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()).build();
  }

  @Test
  void withoutAnSdkTracedMethodsRunUntracedAndLeaveTheGlobalUnset() {
    Fixtures.Nesting nesting = new Fixtures.Nesting();

    assertThat(nesting.outer()).isEqualTo("isf");
    assertThat(nesting.detached()).isEqualTo(Span.getInvalid().getSpanContext().getTraceId());
    assertThatCode(() -> GlobalOpenTelemetry.set(sdk()))
        .as("spanweave must not freeze the global to a no-op")
        .doesNotThrowAnyException();
  }

  @Test
  void everyCallOfAThousandReturnsWhileTheGlobalIsUnsetOnEveryApiVersion() {
    // the global is looked up on the first call and every 1024th: those calls must not throw
    // (opentelemetry-api before 1.57.0 has no GlobalOpenTelemetry.isSet())
    Fixtures.Names names = new Fixtures.Names();
    for (int call = 1; call <= 2 * TRACER_HOLDER_RECHECK_INTERVAL + 2; call++) {
      int number = call;
      assertThatCode(names::defaultName).as("call %d", number).doesNotThrowAnyException();
    }

    assertThatCode(() -> GlobalOpenTelemetry.set(sdk()))
        .as("spanweave must not freeze the global to a no-op")
        .doesNotThrowAnyException();
  }

  @Test
  void aGlobalSetBeforeTheFirstCallIsUsed() {
    GlobalOpenTelemetry.set(sdk());

    new Fixtures.Names().defaultName();

    assertThat(exporter.getFinishedSpanItems()).singleElement()
        .satisfies(span -> assertThat(span).hasName("Names.defaultName"));
  }

  @Test
  void aGlobalSetAfterUntracedCallsIsPickedUpWithinTheRecheckInterval() {
    Fixtures.Names names = new Fixtures.Names();
    names.defaultName();
    GlobalOpenTelemetry.set(sdk());

    for (int i = 0; i < 2048; i++) {
      names.defaultName();
    }

    assertThat(exporter.getFinishedSpanItems()).isNotEmpty();
  }

  @Test
  void anExplicitInstanceWinsOverTheGlobalOneAndNoopTurnsTracingOff() {
    GlobalOpenTelemetry.set(sdk());
    Spanweave.useOpenTelemetry(OpenTelemetry.noop());

    new Fixtures.Names().defaultName();

    assertThat(exporter.getFinishedSpanItems()).isEmpty();
  }
}
