package dev.spanweave.examples.backends;

import io.opentelemetry.contrib.awsxray.AwsXrayIdGenerator;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;

/**
 * The SDK set-up both services share: OpenTelemetry's autoconfiguration, which reads the service
 * name, exporter, endpoint, headers and propagators from {@code OTEL_*} environment variables or
 * {@code otel.*} system properties. Nothing here names a backend.
 */
public final class Telemetry {

  private Telemetry() {}

  /**
   * Builds the SDK from the environment and registers it as {@code GlobalOpenTelemetry}, where
   * spanweave finds it. Autoconfiguration also registers a shutdown hook that flushes the spans
   * still queued when the JVM stops.
   */
  public static OpenTelemetrySdk fromEnvironment() {
    return AutoConfiguredOpenTelemetrySdk.builder()
        // X-Ray accepts a trace id only if it starts with its epoch second; such ids are valid
        // W3C trace ids too, so every other backend takes them as well
        .addTracerProviderCustomizer((tracerProvider, config) ->
            tracerProvider.setIdGenerator(AwsXrayIdGenerator.getInstance()))
        .setResultAsGlobal()
        .build()
        .getOpenTelemetrySdk();
  }
}
