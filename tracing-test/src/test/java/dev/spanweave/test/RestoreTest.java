package dev.spanweave.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.Spanweave;
import dev.spanweave.internal.ValueSettings;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** After a test class, the extension puts back what was configured before it. */
class RestoreTest {

  final InMemorySpanExporter ownExporter = InMemorySpanExporter.create();
  final OpenTelemetrySdk own = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder()
          .addSpanProcessor(SimpleSpanProcessor.create(ownExporter)).build())
      .build();

  @Fixture
  static class UsesTheExtension {
    @RegisterExtension
    static final SpanweaveExtension spans = SpanweaveExtension.create();

    @Test
    void capturesSpans() {
      new Greeter().hello("ada", 1);
      GlobalOpenTelemetry.getTracer("test").spanBuilder("by-hand").startSpan().end();
      assertThat(spans.spans()).extracting(SpanData::getName)
          .containsExactly("Greeter.hello", "by-hand");
    }
  }

  @Fixture
  static class UsesAnInstanceField {
    @RegisterExtension
    final SpanweaveExtension spans = SpanweaveExtension.create();

    @Test
    void capturesSpans() {
      new Greeter().hello("ada", 1);
      assertThat(spans.spans()).extracting(SpanData::getName).containsExactly("Greeter.hello");
    }
  }

  @Fixture
  static class UsesATestClock {
    @RegisterExtension
    static final SpanweaveExtension spans = SpanweaveExtension.create().withTestClock();

    @Test
    void movesItsClock() {
      assertThat(TestSdk.INSTANCE.clock.isSystemClock()).isFalse();
      spans.clock().advance(Duration.ofHours(1));
    }
  }

  @Fixture
  static class ChangesValueSettings {
    @RegisterExtension
    static final SpanweaveExtension spans = SpanweaveExtension.create();

    @Test
    void changesThem() {
      Spanweave.maxValueLength(7);
      Spanweave.redactKeys("nothing-matches-this");
    }
  }

  /** A test that sends spanweave's spans elsewhere (an unsampled SDK, say) for itself. */
  @Fixture
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class SendsSpansElsewhereInOneTest {
    @RegisterExtension
    static final SpanweaveExtension spans = SpanweaveExtension.create();

    @Test
    @Order(1)
    void sendsThemElsewhere() {
      Spanweave.useOpenTelemetry(OpenTelemetrySdk.builder().build());
      new Greeter().hello("ada", 1);
      assertThat(spans.spans()).isEmpty();
    }

    @Test
    @Order(2)
    void theNextTestCapturesSpansAgain() {
      new Greeter().hello("grace", 1);
      assertThat(spans.spans()).extracting(SpanData::getName).containsExactly("Greeter.hello");
    }
  }

  @Test
  void aTestThatSendsSpansElsewhereDoesSoForItselfAlone() {
    assertThat(Fixtures.outcomes(SendsSpansElsewhereInOneTest.class))
        .containsEntry("sendsThemElsewhere", null)
        .containsEntry("theNextTestCapturesSpansAgain", null);
  }

  @Test
  void valueLimitsAndRedactionAreAsBefore() {
    int maxLength = ValueSettings.maxLength();
    String redactPattern = ValueSettings.redactPattern().pattern();

    assertThat(Fixtures.outcomes(ChangesValueSettings.class)).containsEntry("changesThem", null);

    assertThat(ValueSettings.maxLength()).isEqualTo(maxLength).isNotEqualTo(7);
    assertThat(ValueSettings.redactPattern().pattern()).isEqualTo(redactPattern);
  }

  @AfterEach
  void backToDefaults() {
    Spanweave.useGlobalOpenTelemetry();
    GlobalOpenTelemetry.resetForTest();
    own.close();
  }

  @Test
  void spanweaveAndTheGlobalInstanceAreAsBefore() {
    Spanweave.useOpenTelemetry(own);
    GlobalOpenTelemetry.set(own);

    assertThat(Fixtures.outcomes(UsesTheExtension.class)).containsEntry("capturesSpans", null);

    new Greeter().hello("grace", 1);
    GlobalOpenTelemetry.getTracer("test").spanBuilder("by-hand").startSpan().end();
    assertThat(ownExporter.getFinishedSpanItems()).extracting(SpanData::getName)
        .containsExactly("Greeter.hello", "by-hand");
  }

  @Test
  void anUnsetGlobalInstanceStaysUnset() {
    assertThat(Fixtures.outcomes(UsesTheExtension.class)).containsEntry("capturesSpans", null);

    assertThat(GlobalOpenTelemetry.isSet()).isFalse();
  }

  @Test
  void anInstanceFieldExtensionInstallsForEachTest() {
    Spanweave.useOpenTelemetry(own);

    assertThat(Fixtures.outcomes(UsesAnInstanceField.class)).containsEntry("capturesSpans", null);

    new Greeter().hello("grace", 1);
    assertThat(ownExporter.getFinishedSpanItems()).extracting(SpanData::getName)
        .containsExactly("Greeter.hello");
    assertThat(GlobalOpenTelemetry.isSet()).isFalse();
  }

  @Test
  void theSystemClockIsBackAfterATestWithATestClock() {
    assertThat(Fixtures.outcomes(UsesATestClock.class)).containsEntry("movesItsClock", null);

    assertThat(TestSdk.INSTANCE.clock.isSystemClock()).isTrue();
  }

  @Test
  void theSdkLoggerLevelIsPutBack() {
    Logger sdkSpanLogger = Logger.getLogger(EndedSpanWrites.SDK_SPAN_LOGGER);
    sdkSpanLogger.setLevel(Level.WARNING);
    try {
      assertThat(Fixtures.outcomes(UsesTheExtension.class)).containsEntry("capturesSpans", null);

      assertThat(sdkSpanLogger.getLevel()).isEqualTo(Level.WARNING);
      assertThat(sdkSpanLogger.getHandlers()).isEmpty();
    } finally {
      sdkSpanLogger.setLevel(null);
    }
  }
}
