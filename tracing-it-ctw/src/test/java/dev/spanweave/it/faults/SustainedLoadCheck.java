package dev.spanweave.it.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.Spanweave;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several threads call nested traced methods (with a failing call and a redacted argument) for a
 * while through the batch processor: the heap after a full GC stays flat, every span that started
 * has ended and been exported, and no context is left current on any thread.
 *
 * <p>Not part of the normal build: {@code ./mvnw -pl tracing-it-ctw -am verify -Psustained-load}
 * (duration in seconds: {@code -Dspanweave.load.seconds=60}, the default).
 */
class SustainedLoadCheck {

  private static final int THREADS = 4;

  @AfterEach
  void back() {
    Spanweave.useGlobalOpenTelemetry();
  }

  @Test
  void aMinuteOfNestedCallsLeavesNothingBehind() throws Exception {
    long seconds = Long.getLong("spanweave.load.seconds", 60);
    CountingProcessor counts = new CountingProcessor();
    LongAdder exported = new LongAdder();
    SdkTracerProvider provider = SdkTracerProvider.builder()
        .addSpanProcessor(counts)
        .addSpanProcessor(BatchSpanProcessor.builder(new SpanExporter() {
          @Override
          public CompletableResultCode export(Collection<SpanData> spans) {
            exported.add(spans.size());
            return CompletableResultCode.ofSuccess();
          }

          @Override
          public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
          }

          @Override
          public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
          }
        }).setMaxQueueSize(1 << 16).setScheduleDelay(Duration.ofMillis(50)).build())
        .build();
    Spanweave.useOpenTelemetry(OpenTelemetrySdk.builder().setTracerProvider(provider).build());

    run(Math.min(5, seconds)); // warm-up: JIT, classes, SDK pools
    provider.forceFlush().join(10, TimeUnit.SECONDS);
    long heapBefore = heapAfterFullGc();
    long startedBefore = counts.started.sum();

    long[] calls = run(seconds);
    provider.forceFlush().join(30, TimeUnit.SECONDS);
    long heapAfter = heapAfterFullGc();

    long spans = counts.started.sum() - startedBefore;
    System.out.printf("sustained load: %d threads x %d s, %d calls, %d spans (%.0f spans/s),"
            + " heap after full GC %.1f MB -> %.1f MB, %d started, %d ended, %d exported,"
            + " threads with context left current: %d%n",
        THREADS, seconds, calls[0], spans, spans / (double) seconds, heapBefore / 1e6,
        heapAfter / 1e6, counts.started.sum(), counts.ended.sum(), exported.sum(), calls[1]);
    assertThat(calls[1]).as("threads that ended with a context left current").isZero();
    assertThat(counts.ended.sum()).isEqualTo(counts.started.sum());
    assertThat(spans).isGreaterThan(seconds * 1000);
    assertThat(heapAfter - heapBefore).as("heap growth after full GC, bytes")
        .isLessThan(16L << 20);
  }

  /** Calls for {@code seconds} on {@link #THREADS} threads: {calls, threads with a leak}. */
  private static long[] run(long seconds) throws InterruptedException {
    AtomicLong calls = new AtomicLong();
    AtomicLong leaks = new AtomicLong();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Thread thread = new Thread(() -> {
        Workload workload = new Workload();
        long mine = 0;
        while (System.nanoTime() < deadline) {
          for (int i = 0; i < 100; i++) {
            workload.handle(i, "hunter2");
          }
          mine += 100;
        }
        calls.addAndGet(mine);
        if (Context.current() != Context.root()) {
          leaks.incrementAndGet();
        }
      }, "load-" + t);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return new long[] {calls.get(), leaks.get()};
  }

  private static long heapAfterFullGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
