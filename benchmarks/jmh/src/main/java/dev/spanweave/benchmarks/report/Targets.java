package dev.spanweave.benchmarks.report;

import static dev.spanweave.benchmarks.report.Report.fmt;
import static dev.spanweave.benchmarks.report.Tables.signed;

import java.util.List;

/**
 * The targets, evaluated from one run. A verdict is "met" when the whole confidence
 * interval is on the right side of the limit, "not met" when the estimate itself is on the wrong
 * side, and "inconclusive" otherwise (the noise of a shared machine straddles the limit).
 */
final class Targets {

  private Targets() {}

  static String evaluate(List<Measurement> results) {
    StringBuilder md = new StringBuilder("\n## targets (spanweaveCtw)\n\n")
        .append("| target | measured | limit | verdict |\n|---|---|---|---|\n");
    Measurement sampled = Report.find(results, Report.SPANWEAVE, "sampled");
    Measurement handSampled = Report.find(results, Report.REFERENCE, "sampled");
    if (sampled != null && handSampled != null) {
      double[] ratio = sampled.ratioTo(handSampled);
      row(md, "sampled: time vs handWritten", fmt(ratio[0]) + "× ± " + fmt(ratio[1]), "≤ 1.10×",
          verdict(ratio[0], ratio[1], 1.10));
      double[] bytes = sampled.bytesAbove(handSampled);
      row(md, "sampled: B/op above handWritten", signed(bytes[0]) + " ± " + fmt(bytes[1]),
          "≤ +32", verdict(bytes[0], bytes[1], 32));
    }
    Measurement off = Report.find(results, Report.SPANWEAVE, "off");
    Measurement baseOff = Report.find(results, Report.BASELINE, "off");
    if (off != null && baseOff != null) {
      double[] ns = off.nsAbove(baseOff);
      row(md, "off: ns/op above baseline", signed(ns[0]) + " ± " + fmt(ns[1]), "≤ +10",
          verdict(ns[0], ns[1], 10));
      double[] bytes = off.bytesAbove(baseOff);
      row(md, "off: B/op above baseline", signed(bytes[0]) + " ± " + fmt(bytes[1]), "+0",
          verdict(bytes[0], bytes[1], 0.5));
    }
    Measurement unsampled = Report.find(results, Report.SPANWEAVE, "unsampled");
    Measurement handUnsampled = Report.find(results, Report.REFERENCE, "unsampled");
    if (unsampled != null && handUnsampled != null) {
      double[] ns = unsampled.nsAbove(handUnsampled);
      row(md, "unsampled: ns/op above handWritten", signed(ns[0]) + " ± " + fmt(ns[1]),
          "≤ +10", verdict(ns[0], ns[1], 10));
      row(md, "unsampled: no argument toString()", "checked before timing", "0 calls",
          "met (the run fails otherwise)");
    }
    for (String mode : Report.MODES) {
      Measurement ours = Report.find(results, Report.SPANWEAVE, mode);
      if (ours == null) {
        continue;
      }
      for (Measurement peer : results) {
        if (!peer.mode().equals(mode) || Report.NOT_PEERS.contains(peer.candidate())) {
          continue;
        }
        double[] ratio = ours.ratioTo(peer);
        row(md, mode + ": faster than " + peer.candidate(),
            fmt(ours.nsPerOp()) + " vs " + fmt(peer.nsPerOp()) + " ns/op (" + fmt(ratio[0])
                + "× ± " + fmt(ratio[1]) + ")",
            "< 1×", verdict(ratio[0], ratio[1], 1.0));
      }
    }
    spring(md, results);
    features(md, results);
    Measurement switchedOff = Report.find(results, "spanweaveKillSwitch", "off");
    Measurement agentOff = Report.find(results, "otelAgent", "off");
    if (switchedOff != null && agentOff != null) {
      double[] ratio = switchedOff.ratioTo(agentOff);
      row(md, "off, both kill switches: spanweaveKillSwitch vs otelAgent",
          fmt(switchedOff.nsPerOp()) + " vs " + fmt(agentOff.nsPerOp()) + " ns/op ("
              + fmt(ratio[0]) + "× ± " + fmt(ratio[1]) + ")",
          "not slower", notSlower(ratio[0], ratio[1]));
    }
    return md.toString();
  }

  /**
   * Per-method features against plain spanweave in the same run: log correlation adds at most
   * 30 ns to a sampled call, a timer at most what Micrometer's own {@code Timer.record} costs
   * (handWrittenTimed minus handWritten) plus 10 ns, redaction nothing beyond the error bar; and
   * every feature costs nothing measurable and no byte while tracing is off.
   */
  private static void features(StringBuilder md, List<Measurement> results) {
    Measurement plain = Report.find(results, Report.SPANWEAVE, "sampled");
    Measurement correlated = Report.find(results, "spanweaveCtwLogCorrelation", "sampled");
    if (plain != null && correlated != null) {
      double[] ns = correlated.nsAbove(plain);
      row(md, "sampled: log correlation ns/op above spanweaveCtw",
          signed(ns[0]) + " ± " + fmt(ns[1]), "≤ +30", verdict(ns[0], ns[1], 30));
    }
    for (String mode : List.of("sampled", "unsampled")) {
      Measurement ours = Report.find(results, Report.SPANWEAVE, mode);
      Measurement timed = Report.find(results, "spanweaveCtwTimer", mode);
      Measurement hand = Report.find(results, Report.REFERENCE, mode);
      Measurement handTimed = Report.find(results, "handWrittenTimed", mode);
      if (ours == null || timed == null || hand == null || handTimed == null) {
        continue;
      }
      double[] timer = timed.nsAbove(ours);
      double[] record = handTimed.nsAbove(hand);
      double over = timer[0] - record[0];
      row(md, mode + ": timer ns/op above spanweaveCtw, minus Timer.record's own cost",
          signed(timer[0]) + " − " + signed(record[0]) + " = " + signed(over) + " ± "
              + fmt(Math.hypot(timer[1], record[1])),
          "≤ +10", verdict(over, Math.hypot(timer[1], record[1]), 10));
    }
    Measurement redacted = Report.find(results, "spanweaveCtwRedacted", "sampled");
    if (plain != null && redacted != null) {
      double[] ratio = redacted.ratioTo(plain);
      row(md, "sampled: spanweaveCtwRedacted vs spanweaveCtw",
          fmt(ratio[0]) + "× ± " + fmt(ratio[1]), "not slower", notSlower(ratio[0], ratio[1]));
    }
    Measurement off = Report.find(results, Report.SPANWEAVE, "off");
    for (String feature : List.of("spanweaveCtwLogCorrelation", "spanweaveCtwTimer",
        "spanweaveCtwLogsAndTimer", "spanweaveCtwRedacted")) {
      Measurement featureOff = Report.find(results, feature, "off");
      if (off == null || featureOff == null) {
        continue;
      }
      double[] ns = featureOff.nsAbove(off);
      double[] bytes = featureOff.bytesAbove(off);
      row(md, "off: " + feature + " above spanweaveCtw",
          signed(ns[0]) + " ± " + fmt(ns[1]) + " ns/op, " + signed(bytes[0]) + " B/op",
          "≤ +1 ns, +0 B", verdict(ns[0], ns[1], 1) + "; bytes "
              + verdict(bytes[0], bytes[1], 0.5));
    }
  }

  /** tracing-spring's interceptor (a proxy, no weaving): the targets of issue 9. */
  private static void spring(StringBuilder md, List<Measurement> results) {
    Measurement sampled = Report.find(results, "spanweaveSpringAop", "sampled");
    Measurement otel = Report.find(results, "otelSpringAop", "sampled");
    if (sampled != null && otel != null) {
      double[] ratio = sampled.ratioTo(otel);
      row(md, "sampled: spanweaveSpringAop vs otelSpringAop",
          fmt(sampled.nsPerOp()) + " vs " + fmt(otel.nsPerOp()) + " ns/op (" + fmt(ratio[0])
              + "× ± " + fmt(ratio[1]) + ")",
          "≤ 0.5× (2× faster)", verdict(ratio[0], ratio[1], 0.5));
    }
    Measurement off = Report.find(results, "spanweaveSpringAop", "off");
    Measurement bare = Report.find(results, "springProxy", "off");
    if (off != null && bare != null) {
      double[] ns = off.nsAbove(bare);
      row(md, "off: spanweaveSpringAop ns/op above springProxy", signed(ns[0]) + " ± "
          + fmt(ns[1]), "≤ +5", verdict(ns[0], ns[1], 5));
      double[] bytes = off.bytesAbove(bare);
      row(md, "off: spanweaveSpringAop B/op above springProxy", signed(bytes[0]) + " ± "
          + fmt(bytes[1]), "+0", verdict(bytes[0], bytes[1], 0.5));
    }
  }

  /** For two candidates that should cost the same: slower only beyond the error bar fails. */
  static String notSlower(double ratio, double error) {
    if (Double.isNaN(ratio)) {
      return "?";
    }
    if (ratio <= 1.0) {
      return "met";
    }
    return Double.isNaN(error) || ratio - error > 1.0 ? "**not met**" : "met within the error bar";
  }

  private static void row(StringBuilder md, String target, String measured, String limit,
      String verdict) {
    md.append("| ").append(target).append(" | ").append(measured).append(" | ").append(limit)
        .append(" | ").append(verdict).append(" |\n");
  }

  /** For an upper limit. */
  static String verdict(double estimate, double error, double limit) {
    if (Double.isNaN(estimate)) {
      return "?";
    }
    if (estimate > limit) {
      return "**not met**";
    }
    if (Double.isNaN(error) || estimate + error > limit) {
      return "inconclusive (met by the estimate, not by its error bar)";
    }
    return "met";
  }
}
