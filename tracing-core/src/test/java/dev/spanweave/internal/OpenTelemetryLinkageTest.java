package dev.spanweave.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.spanweave.Spanweave;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An OpenTelemetry API or SDK that does not link with spanweave (a version too old or mixed
 * versions throw {@code NoSuchMethodError} and the like) leaves tracing off: nothing reaches the
 * traced call, one WARN names the cause and what to upgrade.
 */
class OpenTelemetryLinkageTest {

  /** What an SDK built for another API version looks like from here. */
  static final class MislinkedOpenTelemetry implements OpenTelemetry {
    @Override
    public TracerProvider getTracerProvider() {
      throw new NoSuchMethodError("'io.opentelemetry.api.trace.TracerBuilder "
          + "io.opentelemetry.api.trace.TracerProvider.tracerBuilder(java.lang.String)'");
    }

    @Override
    public ContextPropagators getPropagators() {
      return ContextPropagators.noop();
    }
  }

  private final PrintStream originalErr = System.err;

  @AfterEach
  void restore() {
    System.setErr(originalErr);
    GlobalOpenTelemetry.resetForTest();
    Spanweave.useGlobalOpenTelemetry();
  }

  @Test
  void aLinkageErrorFromTheExplicitOrTheGlobalInstanceLeavesTracingOffWithOneWarning() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));

    assertThatCode(() -> Spanweave.useOpenTelemetry(new MislinkedOpenTelemetry()))
        .doesNotThrowAnyException();
    assertThat(TracerHolder.tracer()).isNull();

    GlobalOpenTelemetry.resetForTest();
    GlobalOpenTelemetry.set(new MislinkedOpenTelemetry());
    Spanweave.useGlobalOpenTelemetry();
    for (int call = 0; call < 3 * TracerHolder.GLOBAL_RECHECK_INTERVAL; call++) {
      assertThat(TracerHolder.tracer()).isNull();
    }

    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(Arrays.stream(log.split("\n")).filter(line -> line.contains("WARN")))
        .singleElement()
        .asString()
        .contains("cannot use OpenTelemetry (opentelemetry-api " + GlobalLookup.apiVersion())
        .contains("NoSuchMethodError")
        .contains("traced methods run untraced")
        .contains("needs opentelemetry-api " + TracerHolder.OLDEST_SUPPORTED_API + " or newer");
  }

  @Test
  void theGlobalLookupNeverFreezesTheGlobal() {
    assertThat(GlobalLookup.isSet()).isFalse();
    assertThatCode(() -> GlobalOpenTelemetry.set(OpenTelemetry.noop())).doesNotThrowAnyException();
    assertThat(GlobalLookup.isSet()).isTrue();
  }
}
