package dev.spanweave.docscheck;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The anchors GitHub gives a Markdown page: one per heading, plus explicit {@code id}s. */
final class Anchors {

  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)(\\s+#+)?\\s*$");
  private static final Pattern EXPLICIT = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

  private Anchors() {}

  static Set<String> of(List<String> lines) {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    Fences fences = new Fences();
    for (String line : lines) {
      if (fences.inCode(line)) {
        continue;
      }
      Matcher explicit = EXPLICIT.matcher(line);
      while (explicit.find()) {
        anchors.add(explicit.group(1));
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String slug = slug(heading.group(1));
        int count = seen.merge(slug, 1, Integer::sum);
        anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
      }
    }
    return anchors;
  }

  /** GitHub's rule: the heading's text, lower case, punctuation dropped, spaces as hyphens. */
  static String slug(String heading) {
    String text = LINK.matcher(heading).replaceAll("$1");
    text = TAG.matcher(text).replaceAll("").replace("`", "");
    text = PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    return text.replace(' ', '-');
  }

  /** Tracks fenced code blocks line by line: their content is not Markdown. */
  static final class Fences {
    private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})(.*)$");
    private String open;

    /** Whether the line is a fence or inside a fenced block. */
    boolean inCode(String line) {
      Matcher fence = FENCE.matcher(line);
      if (open == null) {
        if (fence.matches()) {
          open = fence.group(2);
          return true;
        }
        return false;
      }
      if (fence.matches() && fence.group(3).isBlank()
          && fence.group(2).charAt(0) == open.charAt(0)
          && fence.group(2).length() >= open.length()) {
        open = null;
      }
      return true;
    }
  }
}
