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
 * The {@code OTEL_...=...} lines of a recipe in {@value #PAGE}, found by the marker
 * {@code <!-- run-by: TestName recipe=NAME -->} above its code block: the tests run the page's
 * settings, not a copy of them. Lines may start with {@code export}; a {@code #} starts a comment.
 */
final class DocsRecipe {

  static final String PAGE = "docs/backends.md";

  private static final Pattern SETTING =
      Pattern.compile("^(?:export\\s+)?([A-Z][A-Z0-9_]*)=(\\S+)\\s*(?:#.*)?$");

  private DocsRecipe() {}

  /** The recipe's settings as environment variables, in the page's order. */
  static Map<String, String> environment(String test, String name) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..").resolve(PAGE));
    String marker = "<!-- run-by: " + test + " recipe=" + name + " -->";
    // the block may sit in a list item, indented
    int at = lines.stream().map(String::strip).toList().indexOf(marker);
    if (at < 0) {
      throw new IllegalStateException(PAGE + " has no " + marker);
    }
    Map<String, String> environment = new LinkedHashMap<>();
    boolean inBlock = false;
    for (String line : lines.subList(at + 1, lines.size())) {
      if (line.strip().startsWith("```")) {
        if (inBlock) {
          break;
        }
        inBlock = true;
        continue;
      }
      Matcher setting = SETTING.matcher(line.strip());
      if (inBlock && setting.matches()) {
        environment.put(setting.group(1), setting.group(2));
      } else if (inBlock && !line.isBlank()) {
        throw new IllegalStateException(PAGE + ": not a setting in recipe " + name + ": " + line);
      }
    }
    return environment;
  }

  /** The recipe's settings as the {@code otel.*} properties autoconfiguration reads them as. */
  static Map<String, String> properties(String test, String name) throws IOException {
    Map<String, String> properties = new LinkedHashMap<>();
    // the environment-variable to property mapping autoconfiguration documents
    environment(test, name).forEach((variable, value) ->
        properties.put(variable.toLowerCase(Locale.ROOT).replace('_', '.'), value));
    return properties;
  }
}
