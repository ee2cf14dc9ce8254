package dev.spanweave.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.measure.Interval;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a reader of the load run's summary sees, from hand-built results: the verdict of each
 * target, the table's rows, the scatter line and the comparison of 3 with 2. No service, no
 * Gatling.
 */
class SummaryTest {

  /** Per phase: 100 requests to home (3 spans with spanweave, 1 without) and 10 not found (1). */
  private static final Map<String, Long> REQUESTS = Map.of("home", 100L, "not found", 10L);

  private static final double[] BASELINE = {1000, 1000, 1000, 1000, 1000};

  @Test
  void anIntervalWhollyBelowTheGoalIsNotMet() {
    String summary = summary(baseline(), proxies(900, 910, 920, 905, 915));

    assertThat(row(summary, "2: throughput ≥ 97% of 1"))
        .startsWith("| 2: throughput ≥ 97% of 1 | **not met**: 91.0% [");
  }

  @Test
  void anIntervalAcrossTheGoalIsInconclusive() {
    String summary = summary(baseline(), proxies(940, 1000, 960, 990, 950));

    assertThat(row(summary, "2: throughput ≥ 97% of 1"))
        .startsWith("| 2: throughput ≥ 97% of 1 | *inconclusive* (the interval crosses the goal,"
            + " or fewer than 3 rounds): 96.8% [");
  }

  @Test
  void anIntervalWhollyAboveTheGoalIsMet() {
    String summary = summary(baseline(), proxies(990, 1000, 1010, 995, 1005));

    assertThat(row(summary, "2: throughput ≥ 97% of 1"))
        .startsWith("| 2: throughput ≥ 97% of 1 | met: 100.0% [");
  }

  @Test
  void twoRoundsDecideNothingHoweverFarFromTheGoal() {
    String summary = summary(result(Configuration.BASELINE, new double[] {1000, 1000}),
        result(Configuration.PROXIES, new double[] {500, 510}));

    assertThat(row(summary, "2: throughput ≥ 97% of 1")).contains("*inconclusive*");
  }

  @Test
  void aRowGivesTheMeansAndThePerRoundComparisonWithItsInterval() {
    Result proxies = proxies(900, 910, 920, 905, 915);
    String summary = summary(baseline(), proxies);

    Interval ratio = Interval.of(0.900, 0.910, 0.920, 0.905, 0.915);
    assertThat(summary).contains(String.format(Locale.ROOT,
        "| 2 | spanweave, proxies only | 910 | 91.0%% [%.1f, %.1f] | 55.0 | ",
        ratio.low() * 100, ratio.high() * 100));
  }

  @Test
  void spansEndedBeyondThoseTheRequestsExplainAreNotMet() {
    // 5 closed and 5 open phases of 100 home requests (3 spans) and 10 not found (1 span)
    long expected = 10 * (3 * 100 + 10);
    String summary =
        summary(baseline(), withEnded(proxies(990, 1000, 1010, 995, 1005), expected + 40));

    assertThat(row(summary, "2: spans ended as expected")).isEqualTo(
        "| 2: spans ended as expected | **not met**: " + (expected + 40) + " ended, " + expected
            + " expected from the requests sent |");
    assertThat(row(summary, "1: spans ended as expected")).isEqualTo(
        "| 1: spans ended as expected | met: 1100 ended, 1100 expected from the requests sent |");
  }

  @Test
  void theScatterLineGivesTheRoundsThatWouldResolveTheGoal() {
    // per-round ratios 0.9, 1.0, 1.1: σ = 10%, and (2σ / 3%)² = 44.4 rounds for ±3%
    Result proxies = result(Configuration.PROXIES, new double[] {900, 1000, 1100},
        new double[] {2, 3, 4});
    Result baseline = result(Configuration.BASELINE, new double[] {1000, 1000, 1000},
        new double[] {2, 2, 2});

    assertThat(summary(baseline, proxies)).contains("Scatter of the per-round comparisons with 1"
        + " (standard deviation over the rounds; in brackets the rounds that would give an interval"
        + " of ±3% or ±1 ms at that scatter): 2: throughput 10.0% (45), p99 1.0 ms (4).");
  }

  @Test
  void threeIsComparedWithTwoRoundByRound() {
    Result proxies = proxies(1000, 1000, 1000, 1000, 1000);
    Result woven = result(Configuration.PROXIES_CTW, new double[] {900, 900, 900, 900, 900});

    assertThat(summary(baseline(), proxies, woven)).contains(
        "3 against 2, per round: throughput 90.0% [90.0, 90.0], service CPU per request"
            + " 100.0% [100.0, 100.0].");
    assertThat(summary(baseline(), proxies)).doesNotContain("3 against 2");
  }

  @Test
  void sideBySideTheInverseOfTheCpuRatioIsJudgedAgainstTheGoal() {
    Result dearer = withSideBySide(proxies(BASELINE), 1.15, 1.14, 1.16, 1.15);
    Result cheap = withSideBySide(result(Configuration.PROXIES_CTW, BASELINE), 1.01, 1.02, 1.00,
        1.01);

    String summary = summary(baseline(), dearer, cheap);

    assertThat(row(summary, "2: throughput at saturation ≥ 97% of 1, side by side (1's CPU time"
        + " per request over 2's)")).contains("**not met**").contains("87.0%");
    assertThat(row(summary, "3: throughput at saturation ≥ 97% of 1, side by side (1's CPU time"
        + " per request over 3's)")).contains("| met: 99.0%");
    assertThat(summary).contains("| 2 | spanweave, proxies only | 115.0% [");
    assertThat(summary(baseline(), proxies(BASELINE))).doesNotContain("side by side");
  }

  // ---- hand-built results ------------------------------------------------------------------

  /** {@code r} with one side-by-side phase per ratio, 100 requests/s on either side. */
  private static Result withSideBySide(Result r, double... cpuRatios) {
    List<GatlingRun.Stats> sides = Arrays.stream(cpuRatios).mapToObj(x -> stats(100, 2)).toList();
    Result side = new Result(r.configuration(), r.rate(), r.warmup(), r.closed(), r.open(),
        r.cpuPerRequest(), r.heapStart(), r.heapEnd(), r.ended(), r.exported(), r.failed(),
        r.dropped(), r.droppedAtFixedRate(), r.zipkinReceived(), r.timers(), r.idleCpu(),
        r.tracingSpring(), r.woven(), sides, Arrays.stream(cpuRatios).boxed().toList());
    return withEnded(side, side.expected());
  }

  private static Result baseline() {
    return result(Configuration.BASELINE, BASELINE);
  }

  private static Result proxies(double... throughputs) {
    return result(Configuration.PROXIES, throughputs);
  }

  /** {@code r} having ended {@code ended} spans. */
  private static Result withEnded(Result r, long ended) {
    return new Result(r.configuration(), r.rate(), r.warmup(), r.closed(), r.open(),
        r.cpuPerRequest(), r.heapStart(), r.heapEnd(), ended, r.exported(), r.failed(),
        r.dropped(), r.droppedAtFixedRate(), r.zipkinReceived(), r.timers(), r.idleCpu(),
        r.tracingSpring(), r.woven(), r.sideBySide(), r.sideCpuRatio());
  }

  private static Result result(Configuration configuration, double[] throughputs) {
    double[] p99 = new double[throughputs.length];
    Arrays.fill(p99, 2);
    return result(configuration, throughputs, p99);
  }

  /**
   * Every round's closed phase at {@code throughputs[i]} and open phase with a p99 of {@code
   * p99[i]}; CPU per request 50 µs without spanweave, 55 with; every span expected ended.
   */
  private static Result result(Configuration configuration, double[] throughputs, double[] p99) {
    List<GatlingRun.Stats> closed = Arrays.stream(throughputs).mapToObj(t -> stats(t, 2)).toList();
    List<GatlingRun.Stats> open = Arrays.stream(p99).mapToObj(p -> stats(100, p)).toList();
    boolean spanweave = configuration != Configuration.BASELINE;
    List<Double> cpu = Arrays.stream(throughputs).mapToObj(t -> spanweave ? 55.0 : 50.0).toList();
    Result r = new Result(configuration, 100, List.of(), closed, open, cpu, 20L << 20, 18L << 20,
        0, -1, -1, 0, 0, -1, 0, 0.001, spanweave, configuration == Configuration.PROXIES_CTW,
        List.of(), List.of());
    return withEnded(r, r.expected());
  }

  private static GatlingRun.Stats stats(double throughput, double p99) {
    return new GatlingRun.Stats(110, 110, 0, throughput, 0, 1, p99, 5, REQUESTS, null, 1.0);
  }

  private static String summary(Result... results) {
    int rounds = results[0].closed().size();
    LoadSettings settings = new LoadSettings(List.of(1, 2, 3), rounds, Duration.ofSeconds(20),
        Duration.ofSeconds(10), Duration.ofSeconds(10), 16, 100, "256m", 42, Path.of("target"),
        false, Path.of("docs"), Path.of("app"), Path.of("app-ctw"), Path.of("app-handwritten"),
        Path.of("zipkin.jar"), new Cpus(List.of(), List.of(), "shared"));
    return Summary.markdown(List.of(results), settings, "0.50, 0.40, 0.30 (2 CPUs)",
        "0.60, 0.50, 0.40 (2 CPUs)");
  }

  /** The target's row of the summary. */
  private static String row(String summary, String target) {
    return summary.lines().filter(line -> line.startsWith("| " + target + " |")).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + target + " in\n" + summary));
  }
}
