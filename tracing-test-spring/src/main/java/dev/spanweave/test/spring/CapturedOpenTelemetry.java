package dev.spanweave.test.spring;

import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.logs.LoggerProvider;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;

/**
 * The kit's SDK as a bean. Not the SDK itself: Spring closes {@code AutoCloseable} beans with
 * their context, and the SDK serves every test of the JVM, past any one cached context.
 */
final class CapturedOpenTelemetry implements OpenTelemetry {

  private final OpenTelemetry sdk = SpanweaveExtension.create().openTelemetry();

  @Override
  public TracerProvider getTracerProvider() {
    return sdk.getTracerProvider();
  }

  @Override
  public MeterProvider getMeterProvider() {
    return sdk.getMeterProvider();
  }

  @Override
  public LoggerProvider getLogsBridge() {
    return sdk.getLogsBridge();
  }

  @Override
  public ContextPropagators getPropagators() {
    return sdk.getPropagators();
  }

  @Override
  public String toString() {
    return "spanweave test kit's OpenTelemetry (" + sdk + ")";
  }
}
