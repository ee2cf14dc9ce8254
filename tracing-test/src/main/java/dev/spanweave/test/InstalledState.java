package dev.spanweave.test;

import dev.spanweave.Spanweave;
import dev.spanweave.internal.GlobalLookup;
import dev.spanweave.internal.TracerHolder;
import dev.spanweave.internal.ValueSettings;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;

/** What was configured before the extension installed its SDK, to be put back afterwards. */
record InstalledState(
    OpenTelemetry previousGlobal, Object previousSpanweave, Object previousValueSettings) {

  static InstalledState install(OpenTelemetry openTelemetry) {
    // get() only when set: on an unset global it would install a no-op (or run autoconfiguration)
    OpenTelemetry previousGlobal = GlobalLookup.isSet() ? GlobalOpenTelemetry.get() : null;
    InstalledState previous = new InstalledState(
        previousGlobal, TracerHolder.snapshot(), ValueSettings.snapshot());
    GlobalOpenTelemetry.resetForTest();
    GlobalOpenTelemetry.set(openTelemetry);
    Spanweave.useOpenTelemetry(openTelemetry);
    return previous;
  }

  void restore() {
    GlobalOpenTelemetry.resetForTest();
    if (previousGlobal != null) {
      GlobalOpenTelemetry.set(previousGlobal);
    }
    TracerHolder.restore(previousSpanweave);
    ValueSettings.restore(previousValueSettings);
  }
}
