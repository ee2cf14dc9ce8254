package dev.spanweave.load;

import dev.spanweave.measure.Interval;
import dev.spanweave.measure.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The run's Markdown summary: throughput and latency, with each comparison computed per round and
 * given as the mean over rounds with its 95% bootstrap interval; then errors, heap and spans; then,
 * with configuration 8, spanweave against the same spans by hand; then each target with its
 * verdict.
 */
final class Summary {

  /** Throughput of 2 and 3 against the baseline; of 5 and 6 against 4 (the noise allowance). */
  static final double THROUGHPUT_RATIO = 0.97;
  /** p99 at the fixed rate may exceed the baseline's by this much. */
  static final double P99_MARGIN_MS = 1.0;
  /** Heap after a full GC may grow by this much over the run and still count as flat. */
  static final long HEAP_MARGIN_BYTES = 8L << 20;
  /** A service waiting for its turn must not compete for the CPUs: at most this share of one. */
  static final double IDLE_CPU = 0.02;

  private Summary() {}

  static String markdown(List<Result> results, LoadSettings settings, String loadAtStart,
      String loadAtEnd) {
    Result baseline = find(results, Configuration.BASELINE);
    StringBuilder out = new StringBuilder();
    out.append("| # | configuration | throughput (req/s) | vs 1, per round | service CPU"
        + " (µs/req) | vs 1, per round | p50 | p95 | p99 | p99.9 | p99 − 1's, per round (ms) |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      GatlingRun.Stats open = r.openMean();
      out.append(String.format(Locale.ROOT,
          "| %d | %s | %.0f | %s | %.1f | %s | %s | %s | %s | %s | %s |%n",
          r.configuration().number, r.configuration().label, r.closedMean().throughput(),
          baseline == null ? "" : percent(ratio(r, baseline)),
          r.cpuPerRequest().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
          baseline == null ? "" : percent(cpuRatio(r, baseline)), ms(open.p50()), ms(open.p95()),
          ms(open.p99()), ms(open.p999()),
          baseline == null ? "" : millis(p99Delta(r, baseline))));
    }
    out.append(String.format(Locale.ROOT, "%nMeans over %d rounds, each configuration once per"
            + " round: its closed-model phases in a new random order, then its open-model phases in"
            + " another (seed %d): throughput with %d users sending back to"
            + " back"
            + " (closed model, %s per round; the service's CPU time per request in the same phases,"
            + " its exports included), latency in ms at %.0f requests/s (open model, %s per"
            + " round); \"per round\": the comparison computed within each round, its mean and 95%%"
            + " bootstrap interval. Each service ran from the start of the run, warmed up for %s"
            + " and %s. CPUs: %s."
            + " Load average (1, 5, 15 min) at start: %s; at end: %s.%n%n",
        settings.rounds(), settings.seed(), settings.users(), human(settings.closed()),
        settings.rate(), human(settings.open()), human(settings.warmup()), human(settings.closed()),
        settings.cpus().description(), loadAtStart,
        loadAtEnd));
    out.append("| # | errors | heap start → end (MiB) | idle CPU (max) | spans expected | ended"
        + " | exported | dropped (at the fixed rate) |\n");
    out.append("|---|---:|---|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      out.append(String.format(Locale.ROOT,
          "| %d | %d | %.1f → %.1f | %.1f%% | %d | %d | %s | %d (%d) |%n",
          r.configuration().number, r.errors(), mib(r.heapStart()), mib(r.heapEnd()),
          r.idleCpu() * 100, r.expected(), r.ended(), exported(r), r.dropped(),
          r.droppedAtFixedRate()));
    }
    out.append(String.format(Locale.ROOT, "%nGatling's start of a simulation and its report per"
        + " phase (one Gatling JVM for the whole run), outside the measured time: %.1f s on"
        + " average.%n%n", results.stream()
        .flatMap(r -> r.closed().stream()).mapToDouble(GatlingRun.Stats::overhead).average()
        .orElse(Double.NaN)));
    if (baseline != null && results.size() > 1 && settings.rounds() > 1) {
      out.append(scatter(results, baseline));
    }
    Result proxies = find(results, Configuration.PROXIES);
    Result woven = find(results, Configuration.PROXIES_CTW);
    if (proxies != null && woven != null) {
      // the same spans, reached through the woven advice instead of the proxy's interceptor
      out.append(String.format(Locale.ROOT, "3 against 2, per round: throughput %s, service CPU"
          + " per request %s.%n%n", percent(ratio(woven, proxies)),
          percent(cpuRatio(woven, proxies))));
    }
    out.append(sideBySide(results));
    out.append(againstHandwritten(results));
    out.append("| target | result |\n|---|---|\n");
    for (String line : targets(results)) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private static List<String> targets(List<Result> results) {
    List<String> lines = new ArrayList<>();
    Result baseline = find(results, Configuration.BASELINE);
    Result zipkin = find(results, Configuration.ZIPKIN);
    for (Result r : results) {
      int n = r.configuration().number;
      String problem = switch (r.configuration().classPath) {
        case BASELINE -> r.tracingSpring() ? "tracing-spring present" : null;
        case SPANWEAVE -> r.tracingSpring() && !r.woven() ? null : "class path not as intended";
        case WOVEN -> r.tracingSpring() && r.woven() ? null : "class path not as intended";
        case HANDWRITTEN -> r.tracingSpring() || r.woven() ? "spanweave present" : null;
      };
      if (problem != null) {
        lines.add(row(n + ": configuration as intended", false, problem));
      }
      lines.add(row(n + ": 0 errors", r.errors() == 0, r.errors() + " errors"));
      lines.add(row(n + ": heap flat (end ≤ start + 8 MiB)",
          r.heapEnd() <= r.heapStart() + HEAP_MARGIN_BYTES,
          String.format(Locale.ROOT, "%.1f → %.1f MiB", mib(r.heapStart()), mib(r.heapEnd()))));
      lines.add(row(n + ": idle while another configuration runs (≤ 2% of a CPU)",
          results.size() == 1 || r.idleCpu() <= IDLE_CPU,
          String.format(Locale.ROOT, "at most %.1f%%", r.idleCpu() * 100)));
      if (baseline != null && (n == 2 || n == 3)) {
        Interval ratio = ratio(r, baseline);
        lines.add(row(n + ": throughput ≥ 97% of 1", ratio.atLeast(THROUGHPUT_RATIO),
            percent(ratio)));
        if (!r.sideCpuRatio().isEmpty()) {
          Interval side = saturationSideBySide(r);
          lines.add(row(n + ": throughput at saturation ≥ 97% of 1, side by side (1's CPU time"
              + " per request over " + n + "'s)", side.atLeast(THROUGHPUT_RATIO), percent(side)));
        }
      }
      if (baseline != null && n != 1 && r.configuration() != Configuration.HANDWRITTEN) {
        Interval delta = p99Delta(r, baseline);
        lines.add(row(n + ": p99 ≤ p99 of 1 + 1 ms", delta.atMost(P99_MARGIN_MS),
            millis(delta)));
      }
      if (zipkin != null && (n == 5 || n == 6)) {
        Interval ratio = ratio(r, zipkin);
        lines.add(row(n + ": throughput ≥ 97% of 4", ratio.atLeast(THROUGHPUT_RATIO),
            percent(ratio)));
      }
      lines.add(row(n + ": spans ended as expected", r.ended() == r.expected(),
          r.ended() + " ended, " + r.expected() + " expected from the requests sent"));
      if (n == 4) {
        lines.add(row("4: every span exported at the fixed rate", r.droppedAtFixedRate() == 0
                && r.failed() == 0 && r.zipkinReceived() == r.exported(),
            String.format(Locale.ROOT, "%d dropped in the open-model phases, %d failed, %d"
                + " exported, %d received by Zipkin", r.droppedAtFixedRate(), r.failed(),
                r.exported(), r.zipkinReceived())));
        lines.add(row("4: every span accounted for (exported + dropped = ended)",
            r.exported() + r.dropped() == r.ended(), String.format(Locale.ROOT,
                "%d + %d of %d", r.exported(), r.dropped(), r.ended())));
        long atSaturation = r.dropped() - r.droppedAtFixedRate();
        lines.add("| 4: spans dropped at saturation (reported, not a target) | "
            + (atSaturation == 0
            ? "0: the export kept up in the closed model too |"
            : atSaturation + String.format(Locale.ROOT, " (%.1f%% of the spans ended)",
                100.0 * atSaturation / Math.max(1, r.ended()))
                + ": in the closed model the batch processor's export thread and Zipkin share the"
                + " 2 CPUs with a saturated service and Gatling |"));
      }
      if (r.configuration() == Configuration.LOGS_METRICS) {
        lines.add(row(n + ": timers recorded", r.timers() > 0, r.timers() + " calls timed"));
      }
    }
    return lines;
  }

  /**
   * The side-by-side phases: each configuration's CPU time per request over the baseline's,
   * measured over the same seconds, and the throughput at saturation it implies for a service
   * bound by its CPU (the inverse ratio). Empty when no such phase ran.
   */
  static String sideBySide(List<Result> results) {
    List<Result> sides = results.stream().filter(r -> !r.sideCpuRatio().isEmpty()).toList();
    if (sides.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("| # | side by side with 1, per round | service CPU"
        + " per request vs 1's | throughput at saturation vs 1's (the inverse) | requests/s: its"
        + " side, and 1's over all its side-by-side phases |\n|---|---|---:|---:|---:|\n");
    double theirs = meanThroughput(find(results, Configuration.BASELINE).sideBySide());
    for (Result r : sides) {
      double mine = meanThroughput(r.sideBySide());
      out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %.0f and %.0f |%n",
          r.configuration().number, r.configuration().label, percent(Interval.of(
              r.sideCpuRatio())), percent(saturationSideBySide(r)), mine, theirs));
    }
    return out.append('\n').toString();
  }

  /**
   * {@code r}'s side-by-side CPU ratio with the baseline over {@code reference}'s, round by round:
   * the two measured a few seconds apart, each against the baseline at its side.
   */
  static Interval sideCpuRatio(Result r, Result reference) {
    return perRoundRatio(r.sideCpuRatio(), reference.sideCpuRatio());
  }

  private static double meanThroughput(List<GatlingRun.Stats> phases) {
    return phases.stream().mapToDouble(GatlingRun.Stats::throughput).average().orElse(Double.NaN);
  }

  /** 1 over each round's side-by-side CPU ratio: the throughput a CPU-bound service keeps. */
  static Interval saturationSideBySide(Result r) {
    return Interval.of(r.sideCpuRatio().stream().map(ratio -> 1 / ratio).toList());
  }

  /**
   * Spanweave (2, 3) against the same spans written by hand (8), round by round: what of 2's cost
   * against the baseline is spanweave's, and what the two spans per request cost whoever writes
   * them. Reported, no target of issue 19; the verdict applies the targets' 97% to spanweave's
   * own share. Empty unless 8 and 2 or 3 ran.
   */
  static String againstHandwritten(List<Result> results) {
    Result handwritten = find(results, Configuration.HANDWRITTEN);
    List<Result> spanweave = results.stream().filter(r -> r.configuration()
        == Configuration.PROXIES || r.configuration() == Configuration.PROXIES_CTW).toList();
    if (handwritten == null || spanweave.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("| # | against 8, the same spans by hand (reported) |"
        + " throughput, per round | service CPU (µs/req), per round | service CPU, side by side"
        + " with 1 (its ratio over 8's), per round | p99 − 8's, per round (ms)"
        + " | throughput ≥ 97% of 8's |\n|---|---|---:|---:|---:|---:|---|\n");
    for (Result r : spanweave) {
      Interval ratio = ratio(r, handwritten);
      out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s |%n",
          r.configuration().number, r.configuration().label, percent(ratio),
          percent(cpuRatio(r, handwritten)), percent(sideCpuRatio(r, handwritten)),
          millis(p99Delta(r, handwritten)), ratio.atLeast(THROUGHPUT_RATIO).text()));
    }
    return out.append('\n').toString();
  }

  /** Throughput of {@code r} over {@code reference}'s, round by round. */
  static Interval ratio(Result r, Result reference) {
    return perRound(r, reference, GatlingRun.Stats::throughput, true, Result::closed);
  }

  /**
   * How much the per-round comparisons with the baseline scatter (their standard deviation σ), and
   * the rounds that would put the 95% interval within ±3% or ±1 ms at that scatter (about
   * (2σ / goal)²): what to give {@code load.rounds} when a verdict is inconclusive.
   */
  private static String scatter(List<Result> results, Result baseline) {
    StringBuilder out = new StringBuilder("Scatter of the per-round comparisons with 1 (standard"
        + " deviation over the rounds; in brackets the rounds that would give an interval of ±3%"
        + " or ±1 ms at that scatter):");
    for (Result r : results) {
      if (r == baseline) {
        continue;
      }
      double throughput = standardDeviation(perRoundValues(r, baseline,
          GatlingRun.Stats::throughput, true, Result::closed));
      double p99 = standardDeviation(perRoundValues(r, baseline, GatlingRun.Stats::p99, false,
          Result::open));
      out.append(String.format(Locale.ROOT, " %d: throughput %.1f%% (%d), p99 %.1f ms (%d);",
          r.configuration().number, throughput * 100, roundsFor(throughput, 0.03), p99,
          roundsFor(p99, 1.0)));
    }
    out.setLength(out.length() - 1);
    return out.append(".\n\n").toString();
  }

  private static double standardDeviation(List<Double> values) {
    double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    return Math.sqrt(squares / (values.size() - 1));
  }

  private static long roundsFor(double sigma, double halfWidth) {
    return (long) Math.ceil(Math.pow(2 * sigma / halfWidth, 2));
  }

  /** The service's CPU time per request of {@code r} over {@code reference}'s, round by round. */
  static Interval cpuRatio(Result r, Result reference) {
    return perRoundRatio(r.cpuPerRequest(), reference.cpuPerRequest());
  }

  /** {@code mine[i] / theirs[i]} for every round both have. */
  private static Interval perRoundRatio(List<Double> mine, List<Double> theirs) {
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
      values.add(mine.get(i) / theirs.get(i));
    }
    return Interval.of(values);
  }

  /** p99 of {@code r} minus {@code reference}'s, round by round. */
  static Interval p99Delta(Result r, Result reference) {
    return perRound(r, reference, GatlingRun.Stats::p99, false, Result::open);
  }

  private static List<Double> perRoundValues(Result r, Result reference,
      ToDoubleFunction<GatlingRun.Stats> figure, boolean ratio,
      java.util.function.Function<Result, List<GatlingRun.Stats>> phase) {
    List<GatlingRun.Stats> mine = phase.apply(r);
    List<GatlingRun.Stats> theirs = phase.apply(reference);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
      double a = figure.applyAsDouble(mine.get(i));
      double b = figure.applyAsDouble(theirs.get(i));
      values.add(ratio ? a / b : a - b);
    }
    return values;
  }
  private static Interval perRound(Result r, Result reference,
      ToDoubleFunction<GatlingRun.Stats> figure, boolean ratio,
      java.util.function.Function<Result, List<GatlingRun.Stats>> phase) {
    return Interval.of(perRoundValues(r, reference, figure, ratio, phase));
  }


  private static Result find(List<Result> results, Configuration configuration) {
    return results.stream().filter(r -> r.configuration() == configuration).findFirst()
        .orElse(null);
  }

  private static String row(String target, boolean met, String detail) {
    return row(target, Verdict.of(met), detail);
  }

  private static String row(String target, Verdict verdict, String detail) {
    return "| " + target + " | " + verdict.text() + ": " + detail + " |";
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

  private static String percent(Interval ratio) {
    if (Double.isNaN(ratio.mean())) {
      return "–";
    }
    if (Double.isNaN(ratio.low())) {
      return String.format(Locale.ROOT, "%.1f%%", ratio.mean() * 100);
    }
    return String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", ratio.mean() * 100,
        ratio.low() * 100, ratio.high() * 100);
  }

  private static String millis(Interval delta) {
    if (Double.isNaN(delta.low())) {
      return String.format(Locale.ROOT, "%+.1f", delta.mean());
    }
    return String.format(Locale.ROOT, "%+.1f [%+.1f, %+.1f]", delta.mean(), delta.low(),
        delta.high());
  }

  private static double mib(long bytes) {
    return bytes / 1024.0 / 1024.0;
  }
}
