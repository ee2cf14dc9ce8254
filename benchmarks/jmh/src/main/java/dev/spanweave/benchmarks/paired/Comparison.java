package dev.spanweave.benchmarks.paired;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One figure of the paired run, computed in every round from forks of that round only: a
 * candidate against its reference (ratio and difference), optionally minus a second such
 * difference (the timer's cost above Micrometer's own), or a fork's time alone (a per-call cost
 * measured by name).
 *
 * @param name the figure's name in the report and the table
 * @param candidate the fork measured
 * @param reference the fork it is compared with, null for an absolute figure
 * @param offsetCandidate with {@code offsetReference}, a difference subtracted from this one's
 * @param goal what the figure must stay within, null for none
 */
record Comparison(String name, Fork candidate, Fork reference, Fork offsetCandidate,
    Fork offsetReference, Goal goal) {

  /** A candidate against its reference in one mode. */
  static Comparison of(String candidate, String reference, String mode, Goal goal) {
    return new Comparison(candidate + " vs " + reference + ", " + mode,
        Fork.greeter(candidate, mode), Fork.greeter(reference, mode), null, null, goal);
  }

  /** A per-call cost: a benchmark method's time alone. */
  static Comparison alone(String name, Fork fork) {
    return new Comparison(name, fork, null, null, null, null);
  }

  boolean absolute() {
    return reference == null;
  }

  boolean offset() {
    return offsetCandidate != null;
  }

  /** The forks a round needs for this figure. */
  Stream<Fork> forks() {
    return Stream.of(candidate, reference, offsetCandidate, offsetReference)
        .filter(java.util.Objects::nonNull);
  }

  /** This round's ns/op figure: the difference (minus the offset's) or the candidate alone. */
  double nanos(Map<Fork, Sample> round) {
    double own = round.get(candidate).nanos() - (absolute() ? 0 : round.get(reference).nanos());
    return offset()
        ? own - (round.get(offsetCandidate).nanos() - round.get(offsetReference).nanos())
        : own;
  }

  /** This round's time ratio candidate / reference (NaN for absolute figures). */
  double ratio(Map<Fork, Sample> round) {
    return absolute() || offset() ? Double.NaN
        : round.get(candidate).nanos() / round.get(reference).nanos();
  }

  /** This round's B/op, as {@link #nanos} computes ns/op. */
  double bytes(Map<Fork, Sample> round) {
    double own = round.get(candidate).bytes() - (absolute() ? 0 : round.get(reference).bytes());
    return offset()
        ? own - (round.get(offsetCandidate).bytes() - round.get(offsetReference).bytes())
        : own;
  }

  /**
   * What a figure must stay within, judged on its confidence interval.
   *
   * @param ratio the highest time ratio, NaN when not judged
   * @param nanos the highest difference in ns/op, NaN when not judged
   * @param bytes the highest B/op difference, NaN when not judged
   */
  record Goal(double ratio, double nanos, double bytes) {
    static Goal ratio(double ratio) {
      return new Goal(ratio, Double.NaN, 0);
    }

    static Goal nanos(double nanos) {
      return new Goal(Double.NaN, nanos, 0);
    }

    static Goal nanosOnly(double nanos) {
      return new Goal(Double.NaN, nanos, Double.NaN);
    }

    String describe() {
      List<String> parts = new java.util.ArrayList<>();
      if (!Double.isNaN(ratio)) {
        parts.add(String.format(java.util.Locale.ROOT, "≤ %.2f×", ratio));
      }
      if (!Double.isNaN(nanos)) {
        parts.add(String.format(java.util.Locale.ROOT, "≤ %+.0f ns", nanos));
      }
      if (!Double.isNaN(bytes)) {
        parts.add(String.format(java.util.Locale.ROOT, "%+.0f B", bytes));
      }
      return String.join(", ", parts);
    }
  }
}
