package dev.spanweave.measure;

/**
 * Whether a goal is met, missed, or the rounds cannot tell: a goal judged on an {@link Interval} is
 * met or missed only when the whole interval lies on one side of it.
 */
public enum Verdict {
  /** The whole interval lies on the goal's side (or a count meets it). */
  MET("met"),
  /** The whole interval lies on the wrong side (or a count misses it). */
  NOT_MET("**not met**"),
  /** The interval crosses the goal, or too few rounds: more rounds or a quieter machine decide. */
  INCONCLUSIVE("*inconclusive* (the interval crosses the goal, or fewer than "
      + Interval.MIN_ROUNDS + " rounds)");

  private final String text;

  Verdict(String text) {
    this.text = text;
  }

  /** Met or not met, for a figure that is a count rather than an interval. */
  public static Verdict of(boolean met) {
    return met ? MET : NOT_MET;
  }

  /** Several goals at once: not met if one is missed, else inconclusive if one is, else met. */
  public static Verdict all(Verdict... verdicts) {
    Verdict all = MET;
    for (Verdict v : verdicts) {
      if (v == NOT_MET) {
        return NOT_MET;
      }
      if (v == INCONCLUSIVE) {
        all = INCONCLUSIVE;
      }
    }
    return all;
  }

  /** The verdict as the reports' Markdown tables write it. */
  public String text() {
    return text;
  }
}
