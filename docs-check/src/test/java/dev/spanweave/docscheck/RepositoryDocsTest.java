package dev.spanweave.docscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * README.md and docs/ of this repository: every snippet equals its source region, every code block
 * is accounted for, every relative link and anchor resolves. {@code ./mvnw -pl docs-check verify
 * -Dsnippets.update=true} rewrites drifted snippets from their sources.
 */
class RepositoryDocsTest {

  static final int README_MAX_LINES = 300;

  private static Path root() {
    String configured = System.getProperty("docs.root");
    Path start = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..");
    return start.toAbsolutePath().normalize();
  }

  /** Pages other branches bring: linked before they arrive; the file goes once they are merged. */
  private static Set<String> pendingPages(Path root) throws IOException {
    Path list = root.resolve("docs-check/pending-pages.txt");
    if (!Files.exists(list)) {
      return Set.of();
    }
    return Files.readAllLines(list).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .collect(Collectors.toSet());
  }

  @Test
  void theDocumentationMatchesTheSourcesAndItsLinksResolve() throws IOException {
    Path root = root();
    DocsCheck check = new DocsCheck(root, pendingPages(root));
    if (Boolean.getBoolean("snippets.update")) {
      check.update();
    }

    List<Problem> problems = check.check();

    assertThat(problems)
        .withFailMessage(() -> problems.size() + " documentation problem(s) (run with "
            + "-Dsnippets.update=true to rewrite drifted snippets from their sources):\n"
            + problems.stream().map(Problem::toString).collect(Collectors.joining("\n\n")))
        .isEmpty();
  }

  @Test
  void ciRunsTheCommandsTheReadmeGives() throws IOException {
    Path root = root();
    List<String> commands = Files.readAllLines(root.resolve("README.md")).stream()
        .map(line -> Pattern.compile("^\\|.*\\| `(\\./mvnw [^`]+)` \\|$").matcher(line))
        .filter(Matcher::matches)
        .map(matcher -> matcher.group(1))
        .toList();
    String ci = Files.readString(root.resolve(".ci/run"));

    assertThat(commands).contains("./mvnw -B verify").hasSizeGreaterThanOrEqualTo(3);
    assertThat(commands).allSatisfy(command -> assertThat(ci).contains(command));
  }

  @Test
  void theReadmeIsALandingPage() throws IOException {
    assertThat(Files.readAllLines(root().resolve("README.md"))).hasSizeLessThanOrEqualTo(
        README_MAX_LINES);
  }
}
