package dev.spanweave.it.logs;

import dev.spanweave.Spanweave;

/** Puts the logs-and-metrics switches back to their defaults after a test. */
public final class Features {

  private Features() {}

  public static void allOff() {
    Spanweave.correlateLogs(false);
    Spanweave.xrayTraceIdInLogs(false);
    Spanweave.logSpans(false);
    Spanweave.slowCallThreshold(null);
  }
}
