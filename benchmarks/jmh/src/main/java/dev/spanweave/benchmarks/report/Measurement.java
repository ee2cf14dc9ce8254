package dev.spanweave.benchmarks.report;

/**
 * One candidate in one mode, from JMH's result: time and allocation per call, each with its error
 * (half-width of JMH's 99.9% confidence interval; NaN when JMH could not compute one).
 */
record Measurement(
    String candidate, String mode, double nsPerOp, double nsError, double bytesPerOp,
    double bytesError) {

  /** This time relative to {@code reference}'s, with the error of the quotient. */
  double[] ratioTo(Measurement reference) {
    double ratio = nsPerOp / reference.nsPerOp;
    double relative = Math.hypot(nsError / nsPerOp, reference.nsError / reference.nsPerOp);
    return new double[] {ratio, ratio * relative};
  }

  /** This time minus {@code reference}'s, with the error of the difference. */
  double[] nsAbove(Measurement reference) {
    return new double[] {nsPerOp - reference.nsPerOp, Math.hypot(nsError, reference.nsError)};
  }

  /** This allocation minus {@code reference}'s, with the error of the difference. */
  double[] bytesAbove(Measurement reference) {
    return new double[] {
      bytesPerOp - reference.bytesPerOp, Math.hypot(bytesError, reference.bytesError)
    };
  }
}
