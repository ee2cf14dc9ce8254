package dev.spanweave.docscheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tagged regions of a source file: a line containing {@code tag::NAME[]} opens one and a line
 * containing {@code end::NAME[]} closes it, whatever the comment syntax around the marker.
 */
final class SourceRegions {

  private static final Pattern MARKER = Pattern.compile("\\b(tag|end)::([\\w.-]+)\\[]");

  private final Map<String, List<String>> regions;

  private SourceRegions(Map<String, List<String>> regions) {
    this.regions = regions;
  }

  static SourceRegions parse(String file, List<String> lines) {
    Map<String, List<String>> closed = new HashMap<>();
    Map<String, List<String>> open = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher marker = MARKER.matcher(line);
      if (marker.find()) {
        String name = marker.group(2);
        if (marker.group(1).equals("tag")) {
          open.put(name, new ArrayList<>());
        } else if (open.containsKey(name)) {
          closed.put(name, open.remove(name));
        } else {
          throw new IllegalArgumentException(
              file + ":" + (i + 1) + ": end::" + name + "[] closes no open region");
        }
        continue; // marker lines belong to no region, nested or not
      }
      open.values().forEach(region -> region.add(line));
    }
    if (!open.isEmpty()) {
      throw new IllegalArgumentException(file + ": region(s) never closed: " + open.keySet());
    }
    return new SourceRegions(closed);
  }

  /** The region's lines without their common indentation, or {@code null} when there is none. */
  String text(String name) {
    List<String> lines = regions.get(name);
    return lines == null ? null : String.join("\n", dedent(lines));
  }

  static List<String> dedent(List<String> lines) {
    int common = lines.stream()
        .filter(line -> !line.isBlank())
        .mapToInt(SourceRegions::indentation)
        .min()
        .orElse(0);
    return lines.stream().map(line -> line.isBlank() ? "" : line.substring(common)).toList();
  }

  static int indentation(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
