package dev.spanweave.load;

import java.util.List;
import java.util.Locale;

/** An SVG bar chart of p50, p95, p99 and p99.9 per configuration, written by the run itself. */
final class LatencyChart {

  private static final String[] NAMES = {"p50", "p95", "p99", "p99.9"};
  private static final String[] COLOURS = {"#9ecae1", "#4292c6", "#08519c", "#08306b"};
  private static final int HEIGHT = 300;
  private static final int LEFT = 60;
  private static final int TOP = 40;
  private static final int GROUP = 110;

  private LatencyChart() {}

  static String svg(List<Result> results, double rate) {
    double max = 1;
    for (Result r : results) {
      max = Math.max(max, r.openMean().p999());
    }
    double scale = niceCeiling(max);
    int width = Math.max(640, LEFT + GROUP * results.size() + 20);
    int legendTop = TOP + HEIGHT + 62;
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
            + " font-size=\"11\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n"
            + "<text x=\"%d\" y=\"20\" font-size=\"14\">Latency at %.0f requests/s, per configuration"
            + " (ms)</text>%n", width, legendTop + 16 * results.size() + 10, LEFT, rate));
    for (int tick = 0; tick <= 4; tick++) {
      double value = scale * tick / 4;
      int y = TOP + HEIGHT - (int) Math.round(HEIGHT * value / scale);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>"
          + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LEFT, y, width - 20, y,
          LEFT - 6, y + 4, trim(value)));
    }
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      GatlingRun.Stats open = r.openMean();
      double[] values = {open.p50(), open.p95(), open.p99(), open.p999()};
      int x0 = LEFT + GROUP * i + 10;
      for (int p = 0; p < values.length; p++) {
        int h = (int) Math.round(HEIGHT * values[p] / scale);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"20\" height=\"%d\" fill=\"%s\">"
            + "<title>%d %s: %s ms</title></rect>%n", x0 + 22 * p, TOP + HEIGHT - h, h, COLOURS[p],
            r.configuration().number, NAMES[p], trim(values[p])));
      }
      int p99Top = TOP + HEIGHT - (int) Math.round(HEIGHT * values[2] / scale);
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\""
          + " font-size=\"9\">%s</text>%n", x0 + 54, p99Top - 3, trim(values[2])));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"13\">%d</text>%n",
          x0 + 44, TOP + HEIGHT + 18, r.configuration().number));
    }
    for (int p = 0; p < NAMES.length; p++) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"%d\">%s</text>%n", LEFT + 70 * p, TOP + HEIGHT + 32, COLOURS[p],
          LEFT + 70 * p + 16, TOP + HEIGHT + 42, NAMES[p]));
    }
    for (int i = 0; i < results.size(); i++) {
      Configuration configuration = results.get(i).configuration();
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%d: %s</text>%n", LEFT,
          legendTop + 16 * i + 12, configuration.number, configuration.label));
    }
    return svg.append("</svg>\n").toString();
  }

  private static double niceCeiling(double value) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
