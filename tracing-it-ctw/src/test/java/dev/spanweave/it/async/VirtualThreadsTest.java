package dev.spanweave.it.async;

import static dev.spanweave.it.async.AsyncAssertions.assertChildWithin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.spanweave.annotations.TracedSpan;
import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Virtual threads (Java 21+). The code is compiled for Java 17, so the Java 21 API is reached by
 * reflection; on an older JVM the tests skip. Built on Java 21+ (profile {@code
 * virtual-threads-expected}), or run again on {@code JDK25_HOME} (profile {@code
 * jdk25-virtual-threads}), {@code spanweave.expectVirtualThreads} is set so that a missing
 * virtual-thread API fails instead of skipping.
 */
class VirtualThreadsTest {

  /** Woven by ajc. */
  static class Service {
    @TracedSpan
    CompletableFuture<Boolean> handOff(ExecutorService virtualThreads, AsyncService steps) {
      return CompletableFuture.supplyAsync(() -> {
        steps.step("on a virtual thread");
        return isVirtual(Thread.currentThread());
      }, Context.taskWrapping(virtualThreads));
    }
  }

  @RegisterExtension
  static final SpanweaveExtension spans = SpanweaveExtension.create().withTestClock();

  private ExecutorService virtualThreads;

  @BeforeEach
  void virtualThreadsOrSkip() throws Exception {
    virtualThreads = newVirtualThreadPerTaskExecutor();
    if (Boolean.getBoolean("spanweave.expectVirtualThreads")) {
      assertThat(virtualThreads).as("virtual threads on " + Runtime.version()).isNotNull();
    }
    assumeTrue(virtualThreads != null, "no virtual threads on Java " + Runtime.version());
  }

  @AfterEach
  void shutdown() {
    if (virtualThreads != null) {
      virtualThreads.shutdownNow();
    }
  }

  @Test
  void taskWrappedVirtualThreadCarriesTheTracedMethodAsParent() throws Exception {
    AsyncService steps = new AsyncService(virtualThreads);

    assertThat(new Service().handOff(virtualThreads, steps).join())
        .as("the task ran on a virtual thread").isTrue();

    spans.awaitAllEnded();
    assertChildWithin(spans.span("AsyncService.step"), spans.span("Service.handOff"));
  }

  @Test
  void asyncTracedCallMadeOnAVirtualThreadEndsWithItsWorkAndLeavesNoContext() throws Exception {
    AsyncService service = new AsyncService(virtualThreads);
    AtomicLong workDone = new AtomicLong();

    Boolean leaked = virtualThreads.submit(() -> {
      CompletableFuture<String> future = service.slowWork(spans.clock(), workDone);
      boolean leak = Span.current().getSpanContext().isValid();
      future.join();
      return leak;
    }).get();

    assertThat(leaked).isFalse();
    SpanData span = spans.awaitAllEnded().get(0);
    assertThat(span.getEndEpochNanos()).isGreaterThanOrEqualTo(workDone.get());
  }

  private static ExecutorService newVirtualThreadPerTaskExecutor() throws Exception {
    Method factory;
    try {
      factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
    } catch (NoSuchMethodException beforeJava21) {
      return null;
    }
    return (ExecutorService) factory.invoke(null);
  }

  static boolean isVirtual(Thread thread) {
    try {
      return (Boolean) Thread.class.getMethod("isVirtual").invoke(thread);
    } catch (ReflectiveOperationException beforeJava21) {
      return false;
    }
  }
}
