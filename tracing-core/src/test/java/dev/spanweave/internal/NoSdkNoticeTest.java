package dev.spanweave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.Spanweave;
import io.opentelemetry.api.GlobalOpenTelemetry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Traced calls without any SDK say why, once, and what to do. */
class NoSdkNoticeTest {

  private final PrintStream originalErr = System.err;

  @BeforeEach
  void noGlobal() {
    GlobalOpenTelemetry.resetForTest();
    Spanweave.useGlobalOpenTelemetry();
    NoSdkNotice.forget();
  }

  @AfterEach
  void restore() {
    System.setErr(originalErr);
    GlobalOpenTelemetry.resetForTest();
    Spanweave.useGlobalOpenTelemetry();
  }

  @Test
  void manyUntracedCallsGiveOneInfoLine() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));

    for (int i = 0; i < 5 * TracerHolder.GLOBAL_RECHECK_INTERVAL; i++) {
      assertThat(TracerHolder.tracer()).isNull();
    }

    assertThat(Arrays.stream(captured.toString(StandardCharsets.UTF_8).split("\n"))
            .filter(line -> line.contains("no OpenTelemetry SDK is registered")))
        .singleElement()
        .satisfies(line -> assertThat(line).contains("INFO").contains("dev.spanweave")
            .contains("Spanweave.useOpenTelemetry"));
  }

  @Test
  void withAutoconfigureOnTheClassPathTheLineNamesTheSwitch() {
    assertThat(NoSdkNotice.message(true))
        .contains("opentelemetry-sdk-extension-autoconfigure is on the class path")
        .contains("-Dotel.java.global-autoconfigure.enabled=true")
        .contains("OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED=true");
  }

  @Test
  void withoutAutoconfigureTheLineSaysHowToRegisterAnSdk() {
    assertThat(NoSdkNotice.message(false))
        .contains("buildAndRegisterGlobal()")
        .contains("add io.opentelemetry:opentelemetry-sdk-extension-autoconfigure");
  }

  @Test
  void thisModuleHasNoAutoconfigure() {
    assertThat(GlobalLookup.autoconfigurePresent()).isFalse();
  }
}
