package dev.spanweave.docscheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced code block of a page: its language, the marker comment directly above its opening
 * fence (if any), and its content without the fence's indentation.
 *
 * @param fenceLine the 0-based index of the opening fence
 * @param closeLine the 0-based index of the closing fence
 */
record CodeBlock(int fenceLine, int closeLine, String indent, String language, String marker,
    List<String> content) {

  private static final Pattern OPEN = Pattern.compile("^( *)(`{3,}|~{3,})\\s*([^`\\s]*).*$");
  private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*(.*?)\\s*-->\\s*$");

  static List<CodeBlock> of(List<String> lines) {
    List<CodeBlock> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = OPEN.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      String indent = open.group(1);
      String fence = open.group(2);
      int close = i + 1;
      while (close < lines.size() && !closes(lines.get(close), fence)) {
        close++;
      }
      List<String> content = new ArrayList<>();
      for (String line : lines.subList(i + 1, Math.min(close, lines.size()))) {
        content.add(line.startsWith(indent) ? line.substring(indent.length()) : line.strip());
      }
      Matcher marker = i > 0 ? MARKER.matcher(lines.get(i - 1)) : null;
      blocks.add(new CodeBlock(i, close, indent, open.group(3).toLowerCase(Locale.ROOT),
          marker != null && marker.matches() ? marker.group(1) : null, content));
      i = close;
    }
    return blocks;
  }

  private static boolean closes(String line, String fence) {
    String stripped = line.strip();
    return stripped.length() >= fence.length()
        && stripped.chars().allMatch(c -> c == fence.charAt(0));
  }

  /** The marker's value after {@code kind:}, or {@code null} when the marker is another kind. */
  String marked(String kind) {
    if (marker == null || !marker.startsWith(kind + ":")) {
      return null;
    }
    return marker.substring(kind.length() + 1).strip();
  }

  String text() {
    return String.join("\n", content);
  }
}
