package dev.spanweave.benchmarks.report;

import static dev.spanweave.benchmarks.report.Report.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small SVG bar chart of ns/op with error bars: one panel per mode, one bar per candidate, on a
 * logarithmic axis (the peers differ by orders of magnitude).
 */
final class Chart {

  private static final int WIDTH = 900;
  private static final int LABEL = 210;
  private static final int RIGHT = 150;
  private static final int ROW = 20;
  private static final int PANEL_HEAD = 28;
  private static final int AXIS = 22;

  private Chart() {}

  static String svg(List<Measurement> results) {
    double max = 1;
    double min = Double.MAX_VALUE;
    for (Measurement m : results) {
      max = Math.max(max, m.nsPerOp() + (Double.isNaN(m.nsError()) ? 0 : m.nsError()));
      min = Math.min(min, m.nsPerOp());
    }
    double lowDecade = Math.floor(Math.log10(Math.max(0.1, Math.min(min, 1))));
    double highDecade = Math.ceil(Math.log10(max));
    StringBuilder body = new StringBuilder();
    int y = 30;
    for (String mode : Report.MODES) {
      List<Measurement> rows = new ArrayList<>();
      for (Measurement m : results) {
        if (m.mode().equals(mode)) {
          rows.add(m);
        }
      }
      if (rows.isEmpty()) {
        continue;
      }
      Measurement reference = Report.find(results, Report.REFERENCE, mode);
      body.append(text(10, y + 16, "mode " + mode, "font-weight:bold"));
      y += PANEL_HEAD;
      int top = y;
      for (Measurement m : rows) {
        double x0 = x(Math.pow(10, lowDecade), lowDecade, highDecade);
        double x1 = x(m.nsPerOp(), lowDecade, highDecade);
        String color = m.candidate().startsWith("spanweave") ? "#2b7bb9"
            : m.candidate().startsWith(Report.REFERENCE) ? "#555555"
            : m.candidate().equals(Report.BASELINE) ? "#aaaaaa" : "#d9822b";
        body.append(text(LABEL - 6, y + 14, m.candidate(), "text-anchor:end"));
        body.append(String.format(Locale.ROOT,
            "<rect x='%.1f' y='%d' width='%.1f' height='%d' fill='%s'/>%n",
            x0, y + 3, Math.max(1, x1 - x0), ROW - 6, color));
        if (!Double.isNaN(m.nsError()) && m.nsError() > 0) {
          double lo = x(Math.max(Math.pow(10, lowDecade), m.nsPerOp() - m.nsError()),
              lowDecade, highDecade);
          double hi = x(m.nsPerOp() + m.nsError(), lowDecade, highDecade);
          int mid = y + ROW / 2;
          body.append(String.format(Locale.ROOT,
              "<path d='M%.1f %dH%.1fM%.1f %dV%dM%.1f %dV%d' stroke='black' fill='none'/>%n",
              lo, mid, hi, lo, mid - 4, mid + 4, hi, mid - 4, mid + 4));
        }
        String value = fmt(m.nsPerOp()) + " ns";
        if (reference != null) {
          value += " (" + fmt(m.nsPerOp() / reference.nsPerOp()) + "×)";
        }
        body.append(text(WIDTH - RIGHT + 8, y + 14, value, ""));
        y += ROW;
      }
      // decade grid and axis labels
      for (double d = lowDecade; d <= highDecade; d++) {
        double gx = x(Math.pow(10, d), lowDecade, highDecade);
        body.append(String.format(Locale.ROOT,
            "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#dddddd'/>%n", gx, top, gx, y));
        body.append(text(gx, y + 14, decade(d), "text-anchor:middle;fill:#666666"));
      }
      y += AXIS + 10;
    }
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
            + "font-family='sans-serif' font-size='12'>%n", WIDTH, y + 10));
    svg.append("<rect width='100%' height='100%' fill='white'/>\n");
    svg.append(text(10, 18,
        "ns per call, log scale, error bars = JMH 99.9% CI; ratio to handWritten in brackets",
        "fill:#333333"));
    svg.append(body).append("</svg>\n");
    return svg.toString();
  }

  private static double x(double ns, double lowDecade, double highDecade) {
    double span = WIDTH - LABEL - RIGHT;
    double position = (Math.log10(Math.max(ns, Math.pow(10, lowDecade))) - lowDecade)
        / (highDecade - lowDecade);
    return LABEL + span * position;
  }

  private static String decade(double d) {
    double value = Math.pow(10, d);
    if (value >= 1000) {
      return fmt(value / 1000) + " µs";
    }
    return (value < 1 ? String.format(Locale.ROOT, "%.1f", value) : fmt(value)) + " ns";
  }

  private static String text(double x, int y, String content, String style) {
    String escaped = content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return String.format(Locale.ROOT, "<text x='%.1f' y='%d'%s>%s</text>%n", x, y,
        style.isEmpty() ? "" : " style='" + style + "'", escaped);
  }
}
