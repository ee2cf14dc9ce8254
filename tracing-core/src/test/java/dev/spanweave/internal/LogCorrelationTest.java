package dev.spanweave.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.spanweave.Spanweave;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.spi.MDCAdapter;

/**
 * Eager log correlation (the MDC written at span start and put back at exit), with the SLF4J
 * backend of this module's tests (slf4j-simple and its BasicMDCAdapter): it needs no particular
 * backend.
 */
class LogCorrelationTest {

  static class Service {
    @TracedSpan
    void outer() {}

    @TracedSpan
    void inner() {}

    @TracedSpan
    CompletableFuture<String> later() {
      return null;
    }
  }

  private final AsyncTracing tracing = new AsyncTracing();
  private final Observers.Settings saved = ObservedCalls.save();
  private final MethodTrace outer = AsyncTracing.traceOf(Service.class, "outer");
  private final MethodTrace inner = AsyncTracing.traceOf(Service.class, "inner");

  private MDCAdapter original;

  /**
   * slf4j-simple's MDC does nothing (NOPMDCAdapter): these tests use SLF4J's own BasicMDCAdapter,
   * as slf4j-jdk14 and other simple backends do. Logback and Log4j 2 are tested in tracing-it-logs.
   */
  @BeforeEach
  void on() throws Exception {
    original = MDC.getMDCAdapter();
    useMdcAdapter(new BasicMDCAdapter());
    MDC.clear();
    Spanweave.correlateLogs(true);
  }

  @AfterEach
  void restore() throws Exception {
    ObservedCalls.restore(saved);
    Spanweave.useGlobalOpenTelemetry();
    MDC.clear();
    useMdcAdapter(original);
  }

  private static void useMdcAdapter(MDCAdapter adapter) throws Exception {
    Field field = MDC.class.getDeclaredField("MDC_ADAPTER");
    field.setAccessible(true);
    field.set(null, adapter);
  }

  @Test
  void theMdcHoldsTheSpansIdsInsideAndWhatItHeldBeforeAfter() {
    MDC.put("user", "ada");
    Map<String, String> before = MDC.getCopyOfContextMap();

    Map<String, String> inside = AsyncTracing.call(outer, MDC::getCopyOfContextMap);

    SpanData span = tracing.span("Service.outer");
    assertThat(inside)
        .containsEntry("user", "ada")
        .containsEntry("trace_id", span.getTraceId())
        .containsEntry("span_id", span.getSpanId())
        .containsEntry("trace_flags", span.getSpanContext().getTraceFlags().asHex())
        .doesNotContainKey("AWS-XRAY-TRACE-ID");
    assertThat(MDC.getCopyOfContextMap()).isEqualTo(before);
  }

  @Test
  void nestedSpansShowTheInnerSpanThenTheOuterAgain() {
    String[] seen = new String[3];
    AsyncTracing.call(outer, () -> {
      seen[0] = MDC.get("span_id");
      AsyncTracing.call(inner, () -> seen[1] = MDC.get("span_id"));
      seen[2] = MDC.get("span_id");
      return null;
    });

    String outerId = tracing.span("Service.outer").getSpanId();
    String innerId = tracing.span("Service.inner").getSpanId();
    assertThat(seen).containsExactly(outerId, innerId, outerId);
    assertThat(MDC.get("span_id")).isNull();
    assertThat(MDC.get("trace_id")).isNull();
  }

  @Test
  void aNestedCallOfTheSameTraceRewritesOnlyTheSpanId() {
    List<String> writes = new java.util.ArrayList<>();
    BasicMDCAdapter counting = new BasicMDCAdapter() {
      @Override
      public void put(String key, String value) {
        writes.add(key);
        super.put(key, value);
      }
    };
    try {
      useMdcAdapter(counting);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    AsyncTracing.call(outer, () -> {
      writes.clear();
      AsyncTracing.call(inner, () -> null);
      assertThat(writes).as("inner call enters and leaves").containsExactly("span_id", "span_id");
      return null;
    });
  }

  @Test
  void whatTheMethodWroteUnderAKeyIsReplacedByWhatWasThereBefore() {
    String[] seen = new String[1];
    AsyncTracing.call(outer, () -> {
      AsyncTracing.call(inner, () -> {
        MDC.put("trace_id", "written-inside");
        return null;
      });
      seen[0] = MDC.get("trace_id");
      return null;
    });

    assertThat(seen[0]).isEqualTo(tracing.span("Service.outer").getTraceId());
    assertThat(MDC.get("trace_id")).isNull();
  }

  @Test
  void aFailedCallPutsBackTheMdcToo() {
    MDC.put("trace_id", "set-by-someone-else");

    Throwable thrown = catchThrowable(() -> AsyncTracing.call(outer, () -> {
      assertThat(MDC.get("trace_id")).isNotEqualTo("set-by-someone-else");
      throw new IllegalArgumentException("bad");
    }));

    assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage("bad");
    assertThat(MDC.get("trace_id")).isEqualTo("set-by-someone-else");
    assertThat(MDC.get("span_id")).isNull();
  }

  @Test
  void theXrayFormIsAddedWhenAskedFor() {
    Spanweave.xrayTraceIdInLogs(true);

    String xray = AsyncTracing.call(outer, () -> MDC.get("AWS-XRAY-TRACE-ID"));

    String traceId = tracing.span("Service.outer").getTraceId();
    assertThat(xray)
        .matches("1-[0-9a-f]{8}-[0-9a-f]{24}")
        .isEqualTo("1-" + traceId.substring(0, 8) + "-" + traceId.substring(8));
    assertThat(MDC.get("AWS-XRAY-TRACE-ID")).isNull();
  }

  @Test
  void anAsynchronousMethodLeavesTheCallersMdcAsItWasWhenItReturns() throws Exception {
    CompletableFuture<String> work = new CompletableFuture<>();
    CompletableFuture<String> returned =
        AsyncTracing.call(AsyncTracing.traceOf(Service.class, "later"), () -> work);

    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    work.complete("done");
    assertThat(returned.join()).isEqualTo("done");
  }

  @Test
  void aPooledThreadKeepsNothingInItsMdc() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      for (int i = 0; i < 3; i++) {
        pool.submit(() -> AsyncTracing.call(outer, () -> {
          AsyncTracing.call(inner, () -> null);
          return null;
        })).get();
        pool.submit(() -> catchThrowable(() -> AsyncTracing.call(outer, () -> {
          throw new IllegalStateException();
        }))).get();
      }
      Future<Map<String, String>> left = pool.submit(MDC::getCopyOfContextMap);
      assertThat(left.get()).isNullOrEmpty();
      assertThat(pool.submit(() -> CallFrames.current().depth()).get()).isZero();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void switchedOffAgainTheMethodWritesNothing() {
    Spanweave.correlateLogs(false);

    assertThat(outer.observer()).isSameAs(CallObserver.NONE);
    assertThat(AsyncTracing.call(outer, () -> MDC.get("trace_id"))).isNull();
  }

  @Test
  void aBrokenMdcNeverChangesTheResultAndIsReportedOnce() throws Exception {
    MDCAdapter broken = (MDCAdapter) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {MDCAdapter.class}, (proxy, method, args) -> {
          throw new IllegalStateException("MDC down");
        });
    useMdcAdapter(broken);
    String log;
    try {
      log = ObservedCalls.stderrOf(() -> {
        for (int i = 0; i < 5; i++) {
          assertThat(AsyncTracing.call(outer, () -> "ok")).isEqualTo("ok");
        }
        return null;
      });
    } finally {
      useMdcAdapter(new BasicMDCAdapter());
    }

    assertThat(ObservedCalls.warnings(log, "could not write the trace ids into the MDC"))
        .isEqualTo(1);
    assertThat(tracing.spans()).hasSize(5);
  }
}
