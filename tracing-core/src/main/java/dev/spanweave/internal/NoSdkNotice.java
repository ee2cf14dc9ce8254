package dev.spanweave.internal;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one INFO line that says why traced calls give no spans when no OpenTelemetry SDK was ever
 * registered: without it an application configured the {@code OTEL_*} way, minus the global
 * switch, runs untraced in silence. Given on the slow path that already looks for a late global
 * (every {@link TracerHolder#GLOBAL_RECHECK_INTERVAL}th untraced call), never per call.
 */
final class NoSdkNotice {

  private static final String AUTOCONFIGURE_ARTIFACT =
      "io.opentelemetry:opentelemetry-sdk-extension-autoconfigure";

  private static final AtomicBoolean GIVEN = new AtomicBoolean();

  private NoSdkNotice() {}

  /** Logs the notice the first time only. */
  static void give() {
    // a plain read first: after the notice, the slow path pays no compare-and-set
    if (!GIVEN.get() && GIVEN.compareAndSet(false, true)) {
      try {
        Problems.LOG.info("spanweave: {}", message(GlobalLookup.autoconfigurePresent()));
      } catch (Throwable ignored) {
        // a broken logger must not break the traced method
      }
    }
  }

  /** What to do, depending on whether autoconfiguration is there but switched off. */
  static String message(boolean autoconfigurePresent) {
    String why = "no OpenTelemetry SDK is registered (GlobalOpenTelemetry is not set), so traced "
        + "methods run untraced until one is. ";
    if (autoconfigurePresent) {
      return why + AUTOCONFIGURE_ARTIFACT + " is on the class path but not switched on: start the "
          + "JVM with -D" + GlobalLookup.AUTOCONFIGURE_PROPERTY + "=true (or the environment "
          + "variable " + GlobalLookup.AUTOCONFIGURE_ENV + "=true) to build the SDK from the "
          + "OTEL_* settings, or register the SDK you build in code (setResultAsGlobal(), "
          + "buildAndRegisterGlobal()) or give it to Spanweave.useOpenTelemetry(...)";
    }
    return why + "Register the SDK you build (OpenTelemetrySdk.builder()...buildAndRegisterGlobal()"
        + ") or give it to Spanweave.useOpenTelemetry(...); or configure it the OTEL_* way: add "
        + AUTOCONFIGURE_ARTIFACT + " and an exporter, and start the JVM with -D"
        + GlobalLookup.AUTOCONFIGURE_PROPERTY + "=true (or " + GlobalLookup.AUTOCONFIGURE_ENV
        + "=true)";
  }

  /** For tests: the next {@link #give()} logs again. */
  static void forget() {
    GIVEN.set(false);
  }
}
