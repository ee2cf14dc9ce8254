package dev.spanweave.examples.backends;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.context.propagation.TextMapPropagator;
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
   * The propagator a service reads and writes trace headers with. With OpenTelemetry's global
   * autoconfiguration switched on ({@code OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED=true}) the service
   * runs no SDK code at all, as an application configured only the {@code OTEL_*} way does;
   * otherwise it builds the SDK in code, with X-Ray trace ids.
   */
  public static TextMapPropagator propagator() {
    if (globalAutoconfigure()) {
      // tag::no-code-propagator[]
      // No SDK code: the first use of GlobalOpenTelemetry builds the SDK from the OTEL_* settings
      // (spanweave then traces with that same SDK), so this may run before any traced call.
      TextMapPropagator propagator = GlobalOpenTelemetry.getPropagators().getTextMapPropagator();
      // end::no-code-propagator[]
      return propagator;
    }
    return fromEnvironment().getPropagators().getTextMapPropagator();
  }

  private static boolean globalAutoconfigure() {
    String property = System.getProperty("otel.java.global-autoconfigure.enabled");
    return Boolean.parseBoolean(
        property != null ? property : System.getenv("OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED"));
  }

  /**
   * Builds the SDK from the environment and registers it as {@code GlobalOpenTelemetry}, where
   * spanweave finds it. Autoconfiguration also registers a shutdown hook that flushes the spans
   * still queued when the JVM stops.
   */
  public static OpenTelemetrySdk fromEnvironment() {
    // tag::sdk-in-code[]
    return AutoConfiguredOpenTelemetrySdk.builder()
        // X-Ray accepts a trace id only if it starts with its epoch second; such ids are valid
        // W3C trace ids too, so every other backend takes them as well
        .addTracerProviderCustomizer((tracerProvider, config) ->
            tracerProvider.setIdGenerator(AwsXrayIdGenerator.getInstance()))
        .setResultAsGlobal()
        .build()
        .getOpenTelemetrySdk();
    // end::sdk-in-code[]
  }
}
