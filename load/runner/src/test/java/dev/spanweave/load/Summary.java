package dev.spanweave.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The run's Markdown summary: the table of figures, then each target checked. */
final class Summary {

  /** Throughput of 2 and 3 against the baseline; of 5 and 6 against 4 (the noise allowance). */
  static final double THROUGHPUT_RATIO = 0.97;
  /** p99 at the fixed rate may exceed the baseline's by this much. */
  static final double P99_MARGIN_MS = 1.0;
  /** Heap after a full GC may grow by this much over the run and still count as flat. */
  static final long HEAP_MARGIN_BYTES = 8L << 20;

  private Summary() {}

  static String markdown(List<Result> results, LoadSettings settings, String loadAtStart,
      String loadAtEnd) {
    StringBuilder out = new StringBuilder();
    out.append("| # | configuration | throughput (req/s) | vs 1 | p50 | p95 | p99 | p99.9 | errors"
        + " | heap start → end (MiB) | spans expected | ended | exported | dropped (at the fixed rate) |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
    Result baseline = find(results, Configuration.BASELINE);
    for (Result r : results) {
      out.append(String.format(Locale.ROOT,
          "| %d | %s | %.0f | %s | %s | %s | %s | %s | %d | %.1f → %.1f | %d | %d | %s | %d (%d) |%n",
          r.configuration().number, r.configuration().label, r.closed().throughput(),
          baseline == null ? "" : percent(r.closed().throughput() / baseline.closed().throughput()),
          ms(r.open().p50()), ms(r.open().p95()), ms(r.open().p99()), ms(r.open().p999()),
          r.errors(), mib(r.heapStart()), mib(r.heapEnd()), r.expected(), r.ended(), exported(r),
          r.dropped(), r.droppedAtFixedRate()));
    }
    out.append(String.format(Locale.ROOT, "%nLatency in ms at %.0f requests/s (open model, %s);"
            + " throughput with %d users sending back to back (closed model, %s); after a %s"
            + " warm-up. Load average (1, 5, 15 min) at start: %s; at end: %s.%n%n",
        results.get(0).rate(), human(settings.open()), settings.users(), human(settings.closed()),
        human(settings.warmup()), loadAtStart, loadAtEnd));
    out.append("| target | result |\n|---|---|\n");
    for (String line : targets(results)) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private static List<String> targets(List<Result> results) {
    List<String> lines = new ArrayList<>();
    Result baseline = find(results, Configuration.BASELINE);
    for (Result r : results) {
      int n = r.configuration().number;
      String problem = switch (r.configuration().classPath) {
        case BASELINE -> r.tracingSpring() ? "tracing-spring present" : null;
        case SPANWEAVE -> r.tracingSpring() && !r.woven() ? null : "class path not as intended";
        case WOVEN -> r.tracingSpring() && r.woven() ? null : "class path not as intended";
      };
      if (problem != null) {
        lines.add(row(n + ": configuration as intended", false, problem));
      }
      lines.add(row(n + ": 0 errors", r.errors() == 0, r.errors() + " errors"));
      lines.add(row(n + ": heap flat (end ≤ start + 8 MiB)",
          r.heapEnd() <= r.heapStart() + HEAP_MARGIN_BYTES,
          String.format(Locale.ROOT, "%.1f → %.1f MiB", mib(r.heapStart()), mib(r.heapEnd()))));
      if (baseline != null && (n == 2 || n == 3)) {
        double ratio = r.closed().throughput() / baseline.closed().throughput();
        lines.add(row(n + ": throughput ≥ 97% of 1", ratio >= THROUGHPUT_RATIO, percent(ratio)));
      }
      if (baseline != null && n != 1) {
        double delta = r.open().p99() - baseline.open().p99();
        lines.add(row(n + ": p99 ≤ p99 of 1 + 1 ms", delta <= P99_MARGIN_MS,
            String.format(Locale.ROOT, "%+.0f ms", delta)));
      }
      lines.add(row(n + ": spans ended as expected", r.ended() == r.expected(),
          r.ended() + " ended, " + r.expected() + " expected from the requests sent"));
      if (n == 4) {
        boolean all = r.zipkinReceived() == r.expected() && r.exported() == r.expected()
            && r.failed() == 0 && r.dropped() == 0;
        lines.add(row("4: every span expected exported", all, String.format(Locale.ROOT,
            "%d expected, %d exported, %d failed, %d dropped, %d received by Zipkin",
            r.expected(), r.exported(), r.failed(), r.dropped(), r.zipkinReceived())));
        lines.add(row("4: no span dropped at the fixed rate", r.droppedAtFixedRate() == 0,
            r.droppedAtFixedRate() + " dropped in the open model"));
      }
      if (r.configuration() == Configuration.LOGS_METRICS) {
        lines.add(row(n + ": timers recorded", r.timers() > 0, r.timers() + " calls timed"));
      }
      Result zipkin = find(results, Configuration.ZIPKIN);
      if (zipkin != null && (n == 5 || n == 6)) {
        double ratio = r.closed().throughput() / zipkin.closed().throughput();
        lines.add(row(n + ": throughput ≥ 97% of 4", ratio >= THROUGHPUT_RATIO, percent(ratio)));
      }
    }
    return lines;
  }

  private static Result find(List<Result> results, Configuration configuration) {
    return results.stream().filter(r -> r.configuration() == configuration).findFirst()
        .orElse(null);
  }

  private static String row(String target, boolean met, String detail) {
    return "| " + target + " | " + (met ? "met" : "**not met**") + ": " + detail + " |";
  }

  private static String exported(Result r) {
    if (r.exported() < 0) {
      return "no exporter";
    }
    String zipkin = r.zipkinReceived() >= 0 ? " (Zipkin: " + r.zipkinReceived() + ")" : "";
    return r.exported() + zipkin + (r.failed() > 0 ? ", " + r.failed() + " failed" : "");
  }

  static String human(java.time.Duration duration) {
    long seconds = duration.toSeconds();
    return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
  }

  private static String ms(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }

  private static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
  }

  private static double mib(long bytes) {
    return bytes / 1024.0 / 1024.0;
  }
}
