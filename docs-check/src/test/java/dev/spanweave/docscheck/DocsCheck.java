package dev.spanweave.docscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks README.md and every page under docs/ of a repository: snippet blocks equal their source
 * regions, code blocks that a reader copies are snippets or run by a named test, and relative
 * links and anchors resolve. Pages are found when the check runs, so pages added later are checked
 * like the others.
 */
final class DocsCheck {

  /** Languages whose blocks must come from a compiled file or be run by a test. */
  private static final Set<String> SOURCE_LANGUAGES = Set.of(
      "java", "kotlin", "kt", "kts", "xml", "properties", "yaml", "yml", "groovy", "gradle");

  /** A shell block that sets OpenTelemetry's environment is a recipe: a test must run it. */
  private static final Pattern OTEL_SETTING = Pattern.compile("\\bOTEL_[A-Z0-9_]+=");

  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?[^)]*\\)");
  private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*(\\S+)");
  private static final Pattern HTML = Pattern.compile("(?:href|src)=\"([^\"]+)\"");
  private static final Pattern MARKER =
      Pattern.compile("^\\s*<!--\\s*(snippet|run-by|peer-code):");
  private static final Pattern INLINE_CODE = Pattern.compile("(`+)[^`].*?\\1");

  private final Path root;
  private final Set<String> pendingPages;
  private final Map<Path, List<String>> files = new HashMap<>();
  private List<Path> testSources;

  DocsCheck(Path root, Set<String> pendingPages) {
    this.root = root.toAbsolutePath().normalize();
    this.pendingPages = pendingPages;
  }

  List<Problem> check() throws IOException {
    List<Problem> problems = new ArrayList<>();
    for (Path page : pages()) {
      checkBlocks(page, problems);
      checkLinks(page, problems);
    }
    return problems;
  }

  /** Rewrites every snippet block whose source region differs; other problems stay. */
  void update() throws IOException {
    for (Path page : pages()) {
      List<String> lines = new ArrayList<>(lines(page));
      List<CodeBlock> blocks = CodeBlock.of(lines);
      boolean changed = false;
      for (int b = blocks.size() - 1; b >= 0; b--) { // from the end: indexes stay valid
        CodeBlock block = blocks.get(b);
        String snippet = block.marked("snippet");
        String region = snippet == null ? null : region(snippet);
        if (region != null && !region.equals(block.text())) {
          List<String> replacement = Arrays.stream(region.split("\n", -1))
              .map(line -> line.isEmpty() ? "" : block.indent() + line)
              .toList();
          lines.subList(block.fenceLine() + 1, block.closeLine()).clear();
          lines.addAll(block.fenceLine() + 1, replacement);
          changed = true;
        }
      }
      if (changed) {
        Files.write(page, lines);
        files.remove(page);
      }
    }
  }

  private List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    if (Files.exists(root.resolve("README.md"))) {
      pages.add(root.resolve("README.md"));
    }
    Path docs = root.resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> found = Files.walk(docs)) {
        found.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
      }
    }
    return pages;
  }

  private void checkBlocks(Path page, List<Problem> problems) {
    String name = relative(page);
    List<String> lines = lines(page);
    Anchors.Fences fences = new Anchors.Fences();
    for (int i = 0; i < lines.size(); i++) {
      boolean inCode = fences.inCode(lines.get(i));
      if (!inCode && MARKER.matcher(lines.get(i)).find()
          && (i + 1 == lines.size() || !lines.get(i + 1).strip().matches("(```|~~~).*"))) {
        problems.add(new Problem(name, i + 1, "a snippet/run-by/peer-code marker must stand "
            + "directly above the fenced block it marks (no blank line between)"));
      }
    }
    for (CodeBlock block : CodeBlock.of(lines)) {
      int line = block.fenceLine() + 1;
      String snippet = block.marked("snippet");
      String runBy = block.marked("run-by");
      String peer = block.marked("peer-code");
      if (snippet != null) {
        checkSnippet(name, line, snippet, block, problems);
      } else if (runBy != null) {
        checkRunBy(name, line, runBy, problems);
      } else if (peer != null) {
        if (!name.startsWith("docs/migration/")) {
          problems.add(new Problem(name, line, "peer-code blocks belong in docs/migration/ only; "
              + "elsewhere a block must be a snippet of a file the build compiles"));
        }
      } else if (SOURCE_LANGUAGES.contains(block.language())) {
        problems.add(new Problem(name, line, "a " + block.language() + " block with no "
            + "<!-- snippet: path#region --> (or <!-- run-by: TestName -->) directly above it: "
            + "copy it into a file the build compiles, between tag::NAME[] and end::NAME[] lines"));
      } else if (OTEL_SETTING.matcher(block.text()).find()) {
        problems.add(new Problem(name, line, "a block of OTEL_ settings with no "
            + "<!-- run-by: TestName --> directly above it: a test must run it as written"));
      }
    }
  }

  private void checkSnippet(String page, int line, String snippet, CodeBlock block,
      List<Problem> problems) {
    int hash = snippet.lastIndexOf('#');
    if (hash < 0) {
      problems.add(new Problem(page, line, "snippet '" + snippet + "' names no #region"));
      return;
    }
    Path source = root.resolve(snippet.substring(0, hash)).normalize();
    if (!Files.isRegularFile(source)) {
      problems.add(new Problem(page, line, "snippet source " + snippet.substring(0, hash)
          + " does not exist"));
      return;
    }
    String region;
    try {
      region = region(snippet);
    } catch (IllegalArgumentException malformed) {
      problems.add(new Problem(page, line, malformed.getMessage()));
      return;
    }
    if (region == null) {
      problems.add(new Problem(page, line, "snippet source " + snippet.substring(0, hash)
          + " has no region '" + snippet.substring(hash + 1) + "' (tag::NAME[] ... end::NAME[])"));
    } else if (!region.equals(block.text())) {
      problems.add(new Problem(page, line, "the block differs from " + snippet
          + " (- the page, + the source):\n" + Diff.of(block.content(),
              Arrays.asList(region.split("\n", -1)))));
    }
  }

  private String region(String snippet) {
    int hash = snippet.lastIndexOf('#');
    Path source = root.resolve(snippet.substring(0, hash)).normalize();
    if (!Files.isRegularFile(source)) {
      return null;
    }
    return SourceRegions.parse(relative(source), lines(source)).text(snippet.substring(hash + 1));
  }

  /** The named test (first word) must exist, and it or a class next to it must name the page. */
  private void checkRunBy(String page, int line, String runBy, List<Problem> problems) {
    String test = runBy.split("\\s+")[0];
    List<Path> found = testSources().stream()
        .filter(path -> path.getFileName().toString().matches(Pattern.quote(test) + "\\.(java|kt)"))
        .toList();
    if (found.isEmpty()) {
      problems.add(new Problem(page, line, "run-by: no test " + test + " in the repository"));
      return;
    }
    boolean reads = found.stream().anyMatch(test1 -> testSources().stream()
        .filter(path -> path.getParent().equals(test1.getParent()))
        .anyMatch(path -> String.join("\n", lines(path)).contains(page)));
    if (!reads) {
      problems.add(new Problem(page, line, "run-by: " + test + " (nor any class next to it) never "
          + "reads " + page + ", so it cannot run this block as written"));
    }
  }

  private List<Path> testSources() {
    if (testSources == null) {
      try (Stream<Path> found = Files.walk(root)) {
        testSources = found
            .filter(path -> {
              String text = relative(path);
              return text.contains("src/test/") && !text.contains("/target/")
                  && !text.startsWith(".git/")
                  && (text.endsWith(".java") || text.endsWith(".kt"));
            })
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return testSources;
  }

  private void checkLinks(Path page, List<Problem> problems) {
    String name = relative(page);
    List<String> lines = lines(page);
    Anchors.Fences fences = new Anchors.Fences();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (fences.inCode(line)) {
        continue;
      }
      String text = INLINE_CODE.matcher(line).replaceAll("");
      for (Pattern pattern : List.of(LINK, REFERENCE, HTML)) {
        Matcher link = pattern.matcher(text);
        while (link.find()) {
          String problem = resolve(page, link.group(1));
          if (problem != null) {
            problems.add(new Problem(name, i + 1, problem));
          }
        }
      }
    }
  }

  /** What is wrong with a link target of the page, or {@code null} when it resolves. */
  private String resolve(Path page, String target) {
    if (target.contains("://") || target.startsWith("mailto:")) {
      return null;
    }
    int hash = target.indexOf('#');
    String path = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash),
        StandardCharsets.UTF_8);
    String anchor = hash < 0 ? "" : target.substring(hash + 1);
    Path file = path.isEmpty() ? page
        : path.startsWith("/") ? root.resolve(path.substring(1)).normalize()
        : page.getParent().resolve(path).normalize();
    if (!file.startsWith(root)) {
      return "link " + target + " leaves the repository";
    }
    if (!Files.exists(file)) {
      return pendingPages.contains(relative(file)) ? null
          : "dead link " + target + " (" + relative(file) + " does not exist)";
    }
    if (!anchor.isEmpty() && file.toString().endsWith(".md")
        && !Anchors.of(lines(file)).contains(anchor)) {
      return "dead link " + target + ": " + relative(file) + " has no heading with anchor #"
          + anchor;
    }
    return null;
  }

  private List<String> lines(Path file) {
    return files.computeIfAbsent(file, path -> {
      try {
        return Files.readAllLines(path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private String relative(Path path) {
    return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
