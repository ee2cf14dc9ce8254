package dev.spanweave.benchmarks.paired;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The mean of per-round values with its 95% confidence interval: a percentile bootstrap of the
 * mean (10,000 resamples, fixed seed, so a report is reproducible from its samples), which needs
 * no assumption that the values are normal; a slow fork skews a round's ratio upwards only.
 *
 * @param mean the mean of the values
 * @param low the interval's lower end
 * @param high its upper end
 * @param count how many rounds the values came from
 */
record Interval(double mean, double low, double high, int count) {

  static final int RESAMPLES = 10_000;

  static Interval of(double[] values) {
    int n = values.length;
    if (n == 0) {
      return new Interval(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double mean = Arrays.stream(values).average().orElse(Double.NaN);
    if (n == 1) {
      return new Interval(mean, Double.NaN, Double.NaN, 1);
    }
    SplittableRandom random = new SplittableRandom(42);
    double[] means = new double[RESAMPLES];
    for (int r = 0; r < RESAMPLES; r++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += values[random.nextInt(n)];
      }
      means[r] = sum / n;
    }
    Arrays.sort(means);
    return new Interval(mean, means[(int) (RESAMPLES * 0.025)],
        means[(int) (RESAMPLES * 0.975) - 1], n);
  }

  /** Half the interval's width. */
  double halfWidth() {
    return (high - low) / 2;
  }

  boolean known() {
    return !Double.isNaN(low);
  }

  /** Whether this and {@code before} are apart by more than their error bars together. */
  boolean movedFrom(Interval before) {
    if (!known() || !before.known()) {
      return false;
    }
    double bars = Math.hypot(halfWidth(), before.halfWidth());
    return Math.abs(mean - before.mean) > bars;
  }
}
