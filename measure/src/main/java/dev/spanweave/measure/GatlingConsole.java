package dev.spanweave.measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one Gatling run as its console prints them at the end: the "Global Information"
 * block, {@code > label | total | OK | KO}, which Gatling computes from the run's {@code
 * simulation.log} once the run has ended. The periodic "Requests" blocks before it are not read:
 * the last of them may be printed before the last responses are recorded; the requests per name
 * come from the report ({@link GatlingReport}).
 *
 * @param requests requests sent
 * @param ok requests whose checks passed
 * @param ko requests that failed a check or got no answer
 * @param p50 the median response time in whole milliseconds (Gatling's resolution)
 * @param p95 the 95th percentile
 * @param p99 the 99th percentile
 * @param p999 the 99.9th percentile
 */
public record GatlingConsole(long requests, long ok, long ko, double p50, double p95, double p99,
    double p999) {

  /**
   * Reads the console output of one run. The percentiles must be those of
   * {@code gatling.charting.indicators} set to 50, 95, 99 and 99.9.
   *
   * @throws IllegalArgumentException if a figure is missing (Gatling did not finish its run)
   */
  public static GatlingConsole parse(List<String> console) {
    Map<String, String[]> rows = new HashMap<>();
    boolean global = false;
    for (String line : console) {
      if (line.startsWith("---- Global Information")) {
        global = true;
        rows.clear();
      } else if (global && line.startsWith("---- ")) {
        global = false;
      } else if (global && line.startsWith("> ")) {
        String[] cells = line.substring(2).split("\\|");
        if (cells.length == 4) {
          rows.put(cells[0].strip(), cells);
        }
      }
    }
    return new GatlingConsole(number(rows, "request count", 1), number(rows, "request count", 2),
        number(rows, "request count", 3), number(rows, "response time 50th percentile (ms)", 1),
        number(rows, "response time 95th percentile (ms)", 1),
        number(rows, "response time 99th percentile (ms)", 1),
        number(rows, "response time 99.9th percentile (ms)", 1));
  }

  private static long number(Map<String, String[]> rows, String label, int column) {
    String[] cells = rows.get(label);
    if (cells == null) {
      throw new IllegalArgumentException("Gatling printed no '" + label + "'");
    }
    return count(cells[column]);
  }

  /** Gatling writes thousands with commas and an empty figure as {@code -}. */
  private static long count(String cell) {
    String text = cell.strip().replace(",", "");
    return text.equals("-") ? 0 : Long.parseLong(text);
  }
}
