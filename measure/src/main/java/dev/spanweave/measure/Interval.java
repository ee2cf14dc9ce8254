package dev.spanweave.measure;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The mean of per-round values with its 95% confidence interval: a percentile bootstrap of the
 * mean (10,000 resamples with a fixed seed, so that a report is reproducible from its rounds). It
 * needs no assumption that the rounds are normal: a slow fork or a busy second skews a round one
 * way only.
 *
 * @param mean the mean of the values
 * @param low the interval's lower end, NaN for fewer than two values
 * @param high its upper end, NaN for fewer than two values
 * @param count how many values (rounds) it came from
 */
public record Interval(double mean, double low, double high, int count) {

  /** Resamples of the bootstrap. */
  public static final int RESAMPLES = 10_000;

  /** Fewer rounds give an interval too ragged to judge by: every verdict is inconclusive. */
  public static final int MIN_ROUNDS = 3;

  /** The interval of {@code values}; NaN values (a round that measured nothing) are left out. */
  public static Interval of(double... values) {
    double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
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

  /** The same for a list, as the runs collect their rounds. */
  public static Interval of(List<Double> values) {
    return of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Whether the interval has ends (two values or more). */
  public boolean known() {
    return !Double.isNaN(low);
  }

  /** Half the interval's width. */
  public double halfWidth() {
    return (high - low) / 2;
  }

  /** Whether this and {@code before} are apart by more than their error bars together. */
  public boolean movedFrom(Interval before) {
    if (!known() || !before.known()) {
      return false;
    }
    return Math.abs(mean - before.mean) > Math.hypot(halfWidth(), before.halfWidth());
  }

  /** The verdict on "at least {@code goal}": met if the whole interval lies at or above it. */
  public Verdict atLeast(double goal) {
    if (count < MIN_ROUNDS || !known()) {
      return Verdict.INCONCLUSIVE;
    }
    return low >= goal ? Verdict.MET : high < goal ? Verdict.NOT_MET : Verdict.INCONCLUSIVE;
  }

  /** The verdict on "at most {@code goal}": met if the whole interval lies at or below it. */
  public Verdict atMost(double goal) {
    if (count < MIN_ROUNDS || !known()) {
      return Verdict.INCONCLUSIVE;
    }
    return high <= goal ? Verdict.MET : low > goal ? Verdict.NOT_MET : Verdict.INCONCLUSIVE;
  }
}
