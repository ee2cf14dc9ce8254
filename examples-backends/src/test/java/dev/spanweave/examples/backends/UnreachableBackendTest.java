package dev.spanweave.examples.backends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.Spanweave;
import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A backend that is down or never answers does not slow or break a traced call: the batch span
 * processor exports off the caller's thread, and the SDK's own log is the only trace of the failure.
 */
class UnreachableBackendTest {

  private static final int CALLS = 5000;
  private static final long EXPORT_TIMEOUT_MILLIS = 10_000;

  // a strong reference: java.util.logging holds its loggers weakly
  private final Logger exporterLog = Logger.getLogger("io.opentelemetry.exporter");
  private final List<LogRecord> sdkLog = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      sdkLog.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void captureTheSdkLog() {
    exporterLog.addHandler(capture);
  }

  @AfterEach
  void restore() {
    exporterLog.removeHandler(capture);
    Spanweave.useGlobalOpenTelemetry();
  }

  /** A traced method the caller waits for: its span is exported after it returns. */
  static class Work {
    @TracedSpan
    long square(@SpanAttribute("app.n") long n) {
      return n * n;
    }
  }

  @Test
  void aClosedPortCostsTheCallerNothingAndTheSdkReportsTheFailedExport() throws Exception {
    long reachable = timeWithAReachableEndpoint();
    int closedPort = ZipkinServer.freePort(); // free again once the probe socket closed

    Timing down = timeCallsExportingTo(URI.create("http://127.0.0.1:" + closedPort), false);

    assertThat(down.maxNanos()).as("slowest call, ns")
        .isLessThan(TimeUnit.MILLISECONDS.toNanos(EXPORT_TIMEOUT_MILLIS) / 10);
    assertThat(down.totalNanos()).as("%d calls, ns, vs %d ns with a reachable endpoint", CALLS,
        reachable).isLessThan(3 * reachable + TimeUnit.MILLISECONDS.toNanos(500));
    // the exporter retries a refused connection with back-off; its first failure is logged soon
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (sdkLog.stream().noneMatch(r -> r.getLevel() == Level.SEVERE)
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(sdkLog).as("the SDK's own report of the failed export")
        .anySatisfy(record -> {
          assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
          assertThat(record.getMessage()).startsWith("Failed to export ")
              .endsWith(" spans. The request could not be executed.");
        });
  }

  @Test
  void aBackendThatNeverAnswersCostsTheCallerNothing() throws Exception {
    long reachable = timeWithAReachableEndpoint();
    // the kernel completes the connection to a listening socket; nobody ever reads or answers
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Timing hung = timeCallsExportingTo(
          URI.create("http://127.0.0.1:" + silent.getLocalPort()), false);

      assertThat(hung.maxNanos()).as("slowest call, ns")
          .isLessThan(TimeUnit.MILLISECONDS.toNanos(EXPORT_TIMEOUT_MILLIS) / 10);
      assertThat(hung.totalNanos()).as("%d calls, ns, vs %d ns with a reachable endpoint", CALLS,
          reachable).isLessThan(3 * reachable + TimeUnit.MILLISECONDS.toNanos(500));
    }
  }

  /** The same calls with an endpoint that answers, measured after a first, warming-up round. */
  private static long timeWithAReachableEndpoint() throws IOException {
    try (OtlpReceiver receiver = new OtlpReceiver()) {
      timeCallsExportingTo(receiver.endpoint(), true);
      return timeCallsExportingTo(receiver.endpoint(), true).totalNanos();
    }
  }

  private record Timing(long totalNanos, long maxNanos) {}

  /**
   * {@value #CALLS} traced calls with the SDK exporting by OTLP to {@code endpoint} through the
   * batch processor; then, if {@code awaitExport}, waits for the export to end (an export that
   * fails is retried and then times out: the tests do not hold the build for that).
   */
  private static Timing timeCallsExportingTo(URI endpoint, boolean awaitExport) {
    OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
        .addPropertiesSupplier(() -> Map.of(
            "otel.service.name", "unreachable-backend-test",
            "otel.traces.exporter", "otlp",
            "otel.exporter.otlp.protocol", "http/protobuf",
            "otel.exporter.otlp.endpoint", endpoint.toString(),
            "otel.exporter.otlp.timeout", Long.toString(EXPORT_TIMEOUT_MILLIS),
            // export as soon as spans are queued, to run into the failure during the calls
            "otel.bsp.schedule.delay", "1",
            "otel.metrics.exporter", "none",
            "otel.logs.exporter", "none"))
        .disableShutdownHook()
        .build()
        .getOpenTelemetrySdk();
    Spanweave.useOpenTelemetry(sdk);
    Work work = new Work();
    long max = 0;
    long start = System.nanoTime();
    for (int i = 0; i < CALLS; i++) {
      long before = System.nanoTime();
      assertThat(work.square(i)).isEqualTo((long) i * i);
      max = Math.max(max, System.nanoTime() - before);
    }
    long total = System.nanoTime() - start;
    System.out.printf("%d calls exporting to %s: %.1f ms in all, slowest %.3f ms%n", CALLS,
        endpoint, total / 1e6, max / 1e6);
    Spanweave.useGlobalOpenTelemetry();
    if (awaitExport) {
      sdk.getSdkTracerProvider().forceFlush().join(EXPORT_TIMEOUT_MILLIS * 2, TimeUnit.MILLISECONDS);
      sdk.shutdown().join(EXPORT_TIMEOUT_MILLIS * 2, TimeUnit.MILLISECONDS);
    } else {
      sdk.shutdown();
    }
    return new Timing(total, max);
  }
}
