package dev.spanweave.measure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests per name in a Gatling 3.14 HTML report ({@code index.html}'s statistics table).
 * The report is built from the run's {@code simulation.log} once the run has ended, so it counts
 * every request; the console's last periodic "Requests" block may not: once in 196 phases of the
 * load run of 2026-12-03 it was printed before the last 16 responses were recorded (155,234
 * requests against the report's 155,250), and spans expected from it came out 40 short.
 */
public final class GatlingReport {

  /** A request's row: {@code <tr id="req_...">} up to its {@code </tr>}. */
  private static final Pattern ROW =
      Pattern.compile("<tr id=\"req_[^\"]*\"[^>]*>(.*?)</tr>", Pattern.DOTALL);

  private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");

  private static final Pattern TOTAL =
      Pattern.compile("<td class=\"value total col-2\">\\s*([0-9]+)\\s*</td>");

  private GatlingReport() {}

  /**
   * Requests sent per request name, from the text of a report's {@code index.html}.
   *
   * @throws IllegalArgumentException if the page has no request row, or a row no name or count
   */
  public static Map<String, Long> requestsByName(String indexHtml) {
    Map<String, Long> byName = new LinkedHashMap<>();
    Matcher row = ROW.matcher(indexHtml);
    while (row.find()) {
      Matcher name = NAME.matcher(row.group(1));
      Matcher total = TOTAL.matcher(row.group(1));
      if (!name.find() || !total.find()) {
        throw new IllegalArgumentException("a request row of the report has no name or count: "
            + row.group().substring(0, Math.min(200, row.group().length())));
      }
      byName.merge(unescape(name.group(1).strip()), Long.parseLong(total.group(1)), Long::sum);
    }
    if (byName.isEmpty()) {
      throw new IllegalArgumentException("the report has no request rows (not a Gatling 3.14"
          + " index.html?)");
    }
    return Map.copyOf(byName);
  }

  /** The entities Gatling's report writes in a request name. */
  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&");
  }
}
