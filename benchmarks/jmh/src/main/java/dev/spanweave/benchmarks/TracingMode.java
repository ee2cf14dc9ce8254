package dev.spanweave.benchmarks;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;

/** The three ways tracing runs in production, as the value of the {@code mode} parameter. */
public enum TracingMode {

  /** An SDK that samples every span; ended spans are dropped, so export cost is excluded. */
  sampled,

  /** The same SDK with a sampler that samples nothing: the common production case. */
  unsampled,

  /** {@link OpenTelemetry#noop()}: tracing off. */
  off;

  /** The OpenTelemetry instance timed in this mode. */
  OpenTelemetry timed() {
    return this == off ? OpenTelemetry.noop() : sdk(DROP_ENDED_SPANS);
  }

  /** The same configuration, but ended spans go to {@code exporter}: for the sanity check. */
  OpenTelemetry checking(SpanExporter exporter) {
    return this == off ? OpenTelemetry.noop() : sdk(SimpleSpanProcessor.create(exporter));
  }

  private OpenTelemetry sdk(SpanProcessor processor) {
    SdkTracerProvider tracerProvider =
        SdkTracerProvider.builder()
            .setSampler(this == sampled ? Sampler.alwaysOn() : Sampler.alwaysOff())
            .addSpanProcessor(processor)
            .build();
    return OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build();
  }

  /** Sees every ended span and keeps none. */
  private static final SpanProcessor DROP_ENDED_SPANS =
      new SpanProcessor() {
        @Override
        public void onStart(Context parentContext, ReadWriteSpan span) {}

        @Override
        public boolean isStartRequired() {
          return false;
        }

        @Override
        public void onEnd(ReadableSpan span) {}

        @Override
        public boolean isEndRequired() {
          return true;
        }
      };
}
