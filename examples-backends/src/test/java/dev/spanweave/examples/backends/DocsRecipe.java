package dev.spanweave.examples.backends;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code export OTEL_...=...} lines of a recipe in the README, found by the HTML comment
 * {@code <!-- recipe:NAME -->} above its code block: the tests run the README's settings, not a
 * copy of them.
 */
final class ReadmeRecipe {

  private static final Pattern EXPORT = Pattern.compile("^export (OTEL_[A-Z_]+)=(\\S+)$");

  private ReadmeRecipe() {}

  /** The recipe's settings as the {@code otel.*} properties autoconfiguration reads them as. */
  static Map<String, String> properties(String name) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
    int marker = lines.indexOf("<!-- recipe:" + name + " -->");
    if (marker < 0) {
      throw new IllegalStateException("README.md has no <!-- recipe:" + name + " -->");
    }
    Map<String, String> properties = new LinkedHashMap<>();
    boolean inBlock = false;
    for (String line : lines.subList(marker + 1, lines.size())) {
      if (line.startsWith("```")) {
        if (inBlock) {
          break;
        }
        inBlock = true;
        continue;
      }
      Matcher export = EXPORT.matcher(line.strip());
      if (inBlock && export.matches()) {
        // the environment-variable to property mapping autoconfiguration documents
        properties.put(export.group(1).toLowerCase(Locale.ROOT).replace('_', '.'), export.group(2));
      }
    }
    return properties;
  }
}
