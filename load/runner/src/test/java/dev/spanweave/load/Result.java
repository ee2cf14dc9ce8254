package dev.spanweave.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One configuration's figures over the whole run. {@code warmup}: its phases before the rounds;
 * {@code closed}/{@code open}: its phases, one per round, in round order;
 * {@code exported}/{@code failed}: spans in the exporter's successful and failed exports
 * ({@code -1} without an exporter); {@code zipkinReceived}: spans Zipkin counted ({@code -1} unless
 * configuration 4); {@code dropped}: spans the batch processor dropped on a full queue, from the
 * SDK's own {@code processedSpans} metric ({@code droppedAtFixedRate}: those of the open-model
 * phases); {@code idleCpu}: the most CPU the service used in one round, as a share of one CPU, while
 * the other configurations' phases ran; {@code rate}: the open model's arrival rate;
 * {@code cpuPerRequest}: the service's CPU time per request in each closed-model phase, in µs;
 * {@code sideBySide}: its side of each side-by-side phase (the baseline's: of every one);
 * {@code sideCpuRatio}: per round, its CPU time per request over the baseline's in the phase the
 * two ran side by side (empty for the baseline and for configurations that run none).
 */
record Result(Configuration configuration, double rate, List<GatlingRun.Stats> warmup,
    List<GatlingRun.Stats> closed, List<GatlingRun.Stats> open, List<Double> cpuPerRequest,
    long heapStart, long heapEnd,
    long ended, long exported, long failed, long dropped, long droppedAtFixedRate,
    long zipkinReceived, long timers, double idleCpu, boolean tracingSpring, boolean woven,
    List<GatlingRun.Stats> sideBySide, List<Double> sideCpuRatio) {

  /** The spans the traffic should end: requests of each kind times its spans. */
  long expected() {
    long expected = 0;
    for (GatlingRun.Stats stats : phases()) {
      for (var kind : stats.requestsByName().entrySet()) {
        expected += kind.getValue() * configuration.spansPerRequest(kind.getKey());
      }
    }
    return expected;
  }

  long errors() {
    return phases().stream().mapToLong(GatlingRun.Stats::ko).sum();
  }

  /** The open-model phases taken together: requests summed, each percentile the rounds' mean. */
  GatlingRun.Stats openMean() {
    return mean(open);
  }

  GatlingRun.Stats closedMean() {
    return mean(closed);
  }

  private List<GatlingRun.Stats> phases() {
    List<GatlingRun.Stats> all = new ArrayList<>(closed);
    all.addAll(open);
    all.addAll(warmup);
    all.addAll(sideBySide);
    return all;
  }

  private static GatlingRun.Stats mean(List<GatlingRun.Stats> rounds) {
    Map<String, Long> byName = new HashMap<>();
    rounds.forEach(s -> s.requestsByName().forEach((k, v) -> byName.merge(k, v, Long::sum)));
    return new GatlingRun.Stats(
        rounds.stream().mapToLong(GatlingRun.Stats::requests).sum(),
        rounds.stream().mapToLong(GatlingRun.Stats::ok).sum(),
        rounds.stream().mapToLong(GatlingRun.Stats::ko).sum(),
        average(rounds, GatlingRun.Stats::throughput), average(rounds, GatlingRun.Stats::p50),
        average(rounds, GatlingRun.Stats::p95), average(rounds, GatlingRun.Stats::p99),
        average(rounds, GatlingRun.Stats::p999), Map.copyOf(byName),
        rounds.isEmpty() ? null : rounds.get(rounds.size() - 1).report(),
        average(rounds, GatlingRun.Stats::overhead));
  }

  private static double average(List<GatlingRun.Stats> rounds,
      java.util.function.ToDoubleFunction<GatlingRun.Stats> figure) {
    return rounds.stream().mapToDouble(figure).average().orElse(Double.NaN);
  }
}
