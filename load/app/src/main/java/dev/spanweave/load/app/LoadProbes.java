package dev.spanweave.load.app;

import io.micrometer.observation.ObservationPredicate;
import io.opentelemetry.exporter.zipkin.ZipkinSpanExporter;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * What the runner reads from the service, identical in every configuration: spans ended, spans the
 * exporter delivered or failed to, the batch processor's own metrics, the heap after a full GC.
 */
@Configuration(proxyBeanMethods = false)
class LoadProbes {

  @Bean
  SpanCounter spanCounter() {
    return new SpanCounter();
  }

  /** The SDK's metrics reach this reader only: Boot hands the meter provider to its batch processor. */
  @Bean
  SdkMetrics sdkMetrics() {
    return new SdkMetrics();
  }

  @Bean
  SdkMeterProvider sdkMeterProvider(SdkMetrics metrics) {
    return SdkMeterProvider.builder().registerMetricReader(metrics).build();
  }

  /** Configurations 4 to 6: Zipkin's span API at {@code load.zipkin.endpoint}. */
  @Bean
  @ConditionalOnProperty("load.zipkin.endpoint")
  SpanExporter zipkinExporter(@Value("${load.zipkin.endpoint}") String endpoint) {
    return new CountingExporter(ZipkinSpanExporter.builder().setEndpoint(endpoint).build());
  }

  /** The runner's own calls are no traffic: no HTTP server span for them. */
  @Bean
  ObservationPredicate noProbeObservations() {
    return (name, context) -> !(context instanceof ServerRequestObservationContext request
        && request.getCarrier().getRequestURI().startsWith("/load/"));
  }
}
