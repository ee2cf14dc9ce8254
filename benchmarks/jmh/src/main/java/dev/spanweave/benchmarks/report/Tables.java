package dev.spanweave.benchmarks.report;

import static dev.spanweave.benchmarks.report.Report.fmt;

import java.util.List;
import java.util.Map;

/** The results as a markdown table (one section per mode) and as CSV. */
final class Tables {

  private Tables() {}

  static String markdown(List<Measurement> results, Map<String, String> environment) {
    StringBuilder md = new StringBuilder("# spanweave benchmark results\n\n");
    for (Map.Entry<String, String> entry : environment.entrySet()) {
      md.append("- ").append(entry.getKey()).append(": ").append(entry.getValue()).append('\n');
    }
    md.append("\nErrors are JMH's 99.9% confidence half-widths; ratios and differences carry the"
        + " combined error of both measurements. B/op from `-prof gc` (gc.alloc.rate.norm).\n");
    for (String mode : Report.MODES) {
      Measurement reference = Report.find(results, Report.REFERENCE, mode);
      md.append("\n## mode `").append(mode).append("`\n\n")
          .append("| candidate | ns/op | ± | × handWritten | ± | B/op | ± | B/op vs handWritten |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
      for (Measurement m : results) {
        if (!m.mode().equals(mode)) {
          continue;
        }
        double[] ratio = reference == null ? new double[] {Double.NaN, Double.NaN}
            : m.ratioTo(reference);
        double extraBytes = reference == null ? Double.NaN
            : m.bytesAbove(reference)[0];
        md.append("| ").append(m.candidate())
            .append(" | ").append(fmt(m.nsPerOp()))
            .append(" | ").append(fmt(m.nsError()))
            .append(" | ").append(fmt(ratio[0]))
            .append(" | ").append(fmt(ratio[1]))
            .append(" | ").append(fmt(m.bytesPerOp()))
            .append(" | ").append(fmt(m.bytesError()))
            .append(" | ").append(Double.isNaN(extraBytes) ? "?" : signed(extraBytes))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  static String csv(List<Measurement> results) {
    StringBuilder csv = new StringBuilder(
        "candidate,mode,ns_per_op,ns_error,ratio_to_handWritten,ratio_error,bytes_per_op,"
            + "bytes_error,bytes_vs_handWritten\n");
    for (Measurement m : results) {
      Measurement reference = Report.find(results, Report.REFERENCE, m.mode());
      double[] ratio = reference == null ? new double[] {Double.NaN, Double.NaN}
          : m.ratioTo(reference);
      double extraBytes = reference == null ? Double.NaN : m.bytesAbove(reference)[0];
      csv.append(m.candidate()).append(',').append(m.mode()).append(',')
          .append(raw(m.nsPerOp())).append(',').append(raw(m.nsError())).append(',')
          .append(raw(ratio[0])).append(',').append(raw(ratio[1])).append(',')
          .append(raw(m.bytesPerOp())).append(',').append(raw(m.bytesError())).append(',')
          .append(raw(extraBytes)).append('\n');
    }
    return csv.toString();
  }

  static String signed(double value) {
    if (Math.abs(value) < 0.005) {
      value = 0; // no "-0.00" for noise in the last digit
    }
    return (value >= 0 ? "+" : "") + fmt(value);
  }

  private static String raw(double value) {
    return Double.isNaN(value) ? "" : String.format(java.util.Locale.ROOT, "%.4f", value);
  }
}
