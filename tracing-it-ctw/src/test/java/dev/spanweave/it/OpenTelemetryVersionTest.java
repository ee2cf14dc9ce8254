package dev.spanweave.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The suite runs against the OpenTelemetry version its build says (tracing-it-otel runs it again
 * against older ones): the API, the context and the SDK on the class path are all that version.
 */
@EnabledIfSystemProperty(named = OpenTelemetryVersionTest.EXPECTED, matches = ".+")
class OpenTelemetryVersionTest {

  static final String EXPECTED = "spanweave.expectedOpenTelemetryVersion";

  @Test
  void theApiContextAndSdkOnTheClassPathAreTheExpectedVersion() {
    String expected = System.getProperty(EXPECTED);

    assertThat(versionOf(OpenTelemetry.class)).as("opentelemetry-api").isEqualTo(expected);
    assertThat(versionOf(Context.class)).as("opentelemetry-context").isEqualTo(expected);
    assertThat(versionOf(SdkTracerProvider.class)).as("opentelemetry-sdk-trace").isEqualTo(expected);
    assertThat(versionOf(InMemorySpanExporter.class)).as("opentelemetry-sdk-testing")
        .isEqualTo(expected);
  }

  private static String versionOf(Class<?> type) {
    return type.getPackage().getImplementationVersion();
  }
}
