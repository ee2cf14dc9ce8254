package dev.spanweave.load.app;

import io.opentelemetry.sdk.common.export.MemoryMode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.CollectionRegistration;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.export.MetricReader;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pull reader of the SDK's own metrics: the batch span processor's {@code processedSpans}
 * counter, whose {@code dropped=true} points are the spans it threw away on a full queue.
 */
final class SdkMetrics implements MetricReader {

  private volatile CollectionRegistration registration = CollectionRegistration.noop();

  @Override
  public void register(CollectionRegistration registration) {
    this.registration = registration;
  }

  /** Every long point, keyed by metric name and attributes, e.g. {@code processedSpans{dropped=true, ...}}. */
  Map<String, Long> longPoints() {
    Map<String, Long> points = new TreeMap<>();
    for (MetricData metric : registration.collectAllMetrics()) {
      for (var point : metric.getData().getPoints()) {
        if (point instanceof LongPointData value) {
          points.merge(metric.getName() + value.getAttributes().asMap(), value.getValue(),
              Long::sum);
        }
      }
    }
    return points;
  }

  @Override
  public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
    return AggregationTemporality.CUMULATIVE;
  }

  @Override
  public MemoryMode getMemoryMode() {
    return MemoryMode.IMMUTABLE_DATA;
  }

  @Override
  public CompletableResultCode forceFlush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    return CompletableResultCode.ofSuccess();
  }
}
