package dev.spanweave.load.app;

import dev.spanweave.examples.spring.SocialController;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The runner's probes, under {@code /load/}: not traced, not part of the measured traffic. */
@RestController
class ProbeController {

  private final SpanCounter spans;
  private final SdkMetrics sdkMetrics;
  private final ObjectProvider<SdkTracerProvider> tracerProvider;
  private final ObjectProvider<io.micrometer.core.instrument.MeterRegistry> registries;

  ProbeController(SpanCounter spans, SdkMetrics sdkMetrics,
      ObjectProvider<SdkTracerProvider> tracerProvider,
      ObjectProvider<io.micrometer.core.instrument.MeterRegistry> registries) {
    this.spans = spans;
    this.sdkMetrics = sdkMetrics;
    this.tracerProvider = tracerProvider;
    this.registries = registries;
  }

  @GetMapping("/load/stats")
  Map<String, Object> stats() {
    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("spansEnded", spans.ended());
    stats.put("spansExported", CountingExporter.EXPORTED.sum());
    stats.put("spansFailed", CountingExporter.FAILED.sum());
    stats.put("sdkMetrics", sdkMetrics.longPoints());
    stats.put("spanweaveTimers", registries.stream()
        .flatMap(registry -> registry.find("spanweave.method").timers().stream())
        .mapToLong(timer -> timer.count()).sum());
    // the configuration as the service sees it, so that a wrong class path shows in the summary
    stats.put("tracingSpring", isOnClassPath("dev.spanweave.spring.SpanweaveAutoConfiguration"));
    stats.put("woven", Arrays.stream(SocialController.class.getDeclaredFields())
        .anyMatch(field -> field.getName().startsWith("ajc$")));
    return stats;
  }

  /** Heap used after a full collection (System.gc() is one with G1's defaults). */
  @PostMapping("/load/heap")
  long heapAfterFullGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Waits up to {@code seconds} for the batch processor to hand every queued span over. */
  @PostMapping("/load/flush")
  boolean flush(@RequestParam("seconds") int seconds) {
    SdkTracerProvider provider = tracerProvider.getIfAvailable();
    return provider != null
        && provider.forceFlush().join(seconds, TimeUnit.SECONDS).isSuccess();
  }

  private static boolean isOnClassPath(String name) {
    try {
      Class.forName(name, false, ProbeController.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException absent) {
      return false;
    }
  }
}
