package dev.spanweave.load;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The mean of per-round values with its 95% confidence interval: a percentile bootstrap of the
 * mean (10,000 resamples, fixed seed, so that a summary is reproducible from its rounds), as the
 * JMH paired run reports its ratios; it needs no assumption that the rounds are normal.
 */
record Interval(double mean, double low, double high, int count) {

  private static final int RESAMPLES = 10_000;
  /** Fewer rounds give an interval too ragged to judge by: the verdict is inconclusive. */
  static final int MIN_ROUNDS = 3;

  static Interval of(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).filter(x -> !Double.isNaN(x))
        .toArray();
    int n = v.length;
    double mean = n == 0 ? Double.NaN : Arrays.stream(v).average().orElseThrow();
    if (n < 2) {
      return new Interval(mean, Double.NaN, Double.NaN, n);
    }
    SplittableRandom random = new SplittableRandom(42);
    double[] means = new double[RESAMPLES];
    for (int r = 0; r < RESAMPLES; r++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += v[random.nextInt(n)];
      }
      means[r] = sum / n;
    }
    Arrays.sort(means);
    return new Interval(mean, means[(int) (RESAMPLES * 0.025)],
        means[(int) (RESAMPLES * 0.975) - 1], n);
  }

  /** The verdict on "at least {@code goal}": met if the whole interval lies at or above it. */
  Verdict atLeast(double goal) {
    if (count < MIN_ROUNDS) {
      return Verdict.INCONCLUSIVE;
    }
    return low >= goal ? Verdict.MET : high < goal ? Verdict.NOT_MET : Verdict.INCONCLUSIVE;
  }

  /** The verdict on "at most {@code goal}": met if the whole interval lies at or below it. */
  Verdict atMost(double goal) {
    if (count < MIN_ROUNDS) {
      return Verdict.INCONCLUSIVE;
    }
    return high <= goal ? Verdict.MET : low > goal ? Verdict.NOT_MET : Verdict.INCONCLUSIVE;
  }

  /** Whether a target is met, missed, or the rounds cannot tell (the interval crosses it). */
  enum Verdict {
    MET("met"), NOT_MET("**not met**"),
    INCONCLUSIVE("*inconclusive* (the interval crosses the goal, or fewer than 3 rounds)");

    final String text;

    Verdict(String text) {
      this.text = text;
    }
  }
}
