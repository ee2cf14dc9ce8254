package dev.spanweave.benchmarks.paired;

import java.util.Collection;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * One JMH fork of the paired run: a benchmark method and, for greeter candidates, the tracing
 * mode.
 *
 * @param benchmark the fully qualified benchmark method
 * @param mode the value of the JMH parameter {@code mode}, null for benchmarks without it
 */
record Fork(String benchmark, String mode) {

  private static final String CANDIDATES = "dev.spanweave.benchmarks.";

  /** A greeter candidate by its report name ({@code spanweaveCtw}) in {@code mode}. */
  static Fork greeter(String candidate, String mode) {
    return new Fork(CANDIDATES + Character.toUpperCase(candidate.charAt(0))
        + candidate.substring(1) + "Benchmark.greet", mode);
  }

  /** JMH's include pattern matching this benchmark method only. */
  String include() {
    return "^" + benchmark.replace(".", "\\.") + "$";
  }

  /**
   * JMH options that run this benchmark method alone (in its mode), with the gc profiler, silent,
   * failing on error; the caller adds forks and timing.
   */
  ChainedOptionsBuilder options() {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include())
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT);
    if (mode != null) {
      options.param("mode", mode);
    }
    return options;
  }

  /** Runs {@code options} (from {@link #options}): this fork's ns/op and B/op. */
  double[] run(ChainedOptionsBuilder options) throws RunnerException {
    Collection<RunResult> results = new Runner(options.build()).run();
    if (results.size() != 1) {
      throw new IllegalStateException(label() + ": " + results.size() + " results");
    }
    RunResult result = results.iterator().next();
    double bytes = Double.NaN;
    for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
      if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
        bytes = secondary.getValue().getScore();
      }
    }
    return new double[] {result.getPrimaryResult().getScore(), bytes};
  }

  /** Short name: {@code spanweaveCtw/sampled}, {@code PerCallCosts.renderingMark}. */
  String label() {
    String name = benchmark.startsWith(CANDIDATES) && benchmark.endsWith("Benchmark.greet")
        ? benchmark.substring(CANDIDATES.length(), benchmark.length() - "Benchmark.greet".length())
        : benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1)
            .replace("Benchmark.", ".");
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && !name.contains(".")) {
      name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
    return mode == null ? name : name + "/" + mode;
  }
}
