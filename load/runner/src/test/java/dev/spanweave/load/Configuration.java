package dev.spanweave.load;

import java.util.List;

/**
 * The seven configurations of issue 19, each a class path, a backend and some properties, and an
 * eighth that tells spanweave's share of 2's cost from that of the spans themselves.
 */
enum Configuration {
  // tag::configurations[]
  BASELINE(1, "no spanweave (baseline)", ClassPath.BASELINE, Backend.NONE),
  PROXIES(2, "spanweave, proxies only", ClassPath.SPANWEAVE, Backend.NONE),
  PROXIES_CTW(3, "proxies + compile-time weaving", ClassPath.WOVEN, Backend.NONE),
  ZIPKIN(4, "as 2, exporting to Zipkin", ClassPath.SPANWEAVE, Backend.ZIPKIN),
  CLOSED_PORT(5, "as 2, exporting to a closed port", ClassPath.SPANWEAVE, Backend.CLOSED_PORT),
  SILENT_PORT(6, "as 2, exporting to a port that never answers", ClassPath.SPANWEAVE,
      Backend.SILENT_PORT),
  LOGS_METRICS(7, "as 2, log correlation, span log lines (INFO), timers", ClassPath.SPANWEAVE,
      Backend.NONE,
      "--spanweave.log-correlation.enabled=true",
      "--spanweave.span-logging.enabled=true",
      // success lines are DEBUG: off at INFO; failures and slow calls (WARN) are still written
      "--logging.level.dev.spanweave.spans=INFO",
      "--spanweave.metrics.enabled=true"),
  // no spanweave: the spans of 2 written by hand with the OpenTelemetry API (load/app-handwritten)
  HANDWRITTEN(8, "the same spans by hand", ClassPath.HANDWRITTEN, Backend.NONE);
  // end::configurations[]

  /**
   * The service's class path: without spanweave, with tracing-spring, woven plus tracing-spring,
   * or without spanweave and with the hand-written spans' classes.
   */
  enum ClassPath { BASELINE, SPANWEAVE, WOVEN, HANDWRITTEN }

  /** Where the service's spans go: nowhere (the batch processor's queue only) or to an exporter. */
  enum Backend { NONE, ZIPKIN, CLOSED_PORT, SILENT_PORT }

  final int number;
  final String label;
  final ClassPath classPath;
  final Backend backend;
  final List<String> arguments;

  Configuration(int number, String label, ClassPath classPath, Backend backend,
      String... arguments) {
    this.number = number;
    this.label = label;
    this.classPath = classPath;
    this.backend = backend;
    this.arguments = List.of(arguments);
  }

  /**
   * The spans one request of the named kind ends: Boot's HTTP server span, and with spanweave (or
   * by hand) the controller's and the service's spans on the two endpoints and on the failing path.
   */
  long spansPerRequest(String request) {
    boolean traced = classPath != ClassPath.BASELINE && !request.equals("not found");
    return traced ? 3 : 1;
  }

  /**
   * Whether each round also runs it side by side with the baseline: the configurations whose
   * throughput the summary compares with the baseline's, and the spans by hand.
   */
  boolean sideBySide() {
    return this == PROXIES || this == PROXIES_CTW || this == HANDWRITTEN;
  }

  static Configuration number(int number) {
    for (Configuration configuration : values()) {
      if (configuration.number == number) {
        return configuration;
      }
    }
    throw new IllegalArgumentException("no configuration " + number + " (1 to 8)");
  }
}
