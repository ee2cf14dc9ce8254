package dev.spanweave.docscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker on a small repository of its own. */
class DocsCheckTest {

  @TempDir Path root;

  private static final String SOURCE = """
      package x;
      class Example {
        void run() {
          // tag::call[]
          Spanweave.logSpans(true);
          // end::call[]
        }
      }
      """;

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private List<Problem> check() throws IOException {
    return new DocsCheck(root, Set.of()).check();
  }

  @Test
  void aSnippetEqualToItsRegionPasses() throws IOException {
    write("src/Example.java", SOURCE);
    write("README.md", """
        # Title

        <!-- snippet: src/Example.java#call -->
        ```java
        Spanweave.logSpans(true);
        ```
        """);

    assertThat(check()).isEmpty();
  }

  @Test
  void aDriftedSnippetFailsWithFileLineAndDiff() throws IOException {
    write("src/Example.java", SOURCE);
    write("docs/guide.md", """
        # Guide

        1. Step:

           <!-- snippet: src/Example.java#call -->
           ```java
           Spanweave.logSpans(false);
           ```
        """);

    List<Problem> problems = check();

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).toString())
        .startsWith("docs/guide.md:6: ")
        .contains("src/Example.java#call")
        .contains("- Spanweave.logSpans(false);")
        .contains("+ Spanweave.logSpans(true);");
  }

  @Test
  void updateRewritesDriftedSnippetsFromTheirSources() throws IOException {
    write("src/Example.java", SOURCE);
    write("docs/guide.md", """
        - Step:

          <!-- snippet: src/Example.java#call -->
          ```java
          old();
          more();
          ```
        """);

    new DocsCheck(root, Set.of()).update();

    assertThat(Files.readString(root.resolve("docs/guide.md"))).isEqualTo("""
        - Step:

          <!-- snippet: src/Example.java#call -->
          ```java
          Spanweave.logSpans(true);
          ```
        """);
    assertThat(check()).isEmpty();
  }

  @Test
  void aMissingSourceOrRegionFails() throws IOException {
    write("src/Example.java", SOURCE);
    write("README.md", """
        <!-- snippet: src/Missing.java#call -->
        ```java
        x
        ```
        <!-- snippet: src/Example.java#nope -->
        ```java
        x
        ```
        """);

    assertThat(check()).extracting(Problem::toString).satisfiesExactly(
        first -> assertThat(first).startsWith("README.md:2: ").contains("src/Missing.java"),
        second -> assertThat(second).startsWith("README.md:6: ").contains("nope"));
  }

  @Test
  void anUnmarkedCodeBlockFailsButOutputAndCommandsPass() throws IOException {
    write("README.md", """
        ```java
        new Thing();
        ```

        ```
        trace 5e1c…
        ```

        ```sh
        ./mvnw -B verify
        ```

        ```sh
        export OTEL_SERVICE_NAME=x
        ```
        """);

    assertThat(check()).extracting(Problem::toString).satisfiesExactly(
        java -> assertThat(java).startsWith("README.md:1: ").contains("java"),
        env -> assertThat(env).startsWith("README.md:13: ").contains("OTEL_"));
  }

  @Test
  void aRunByBlockNeedsATestThatReadsThePage() throws IOException {
    write("mod/src/test/java/x/RecipesTest.java", "class RecipesTest { String p = \"docs/b.md\"; }");
    write("other/src/test/java/y/OtherTest.java", "class OtherTest {}");
    write("docs/b.md", """
        <!-- run-by: RecipesTest -->
        ```sh
        export OTEL_SERVICE_NAME=x
        ```
        <!-- run-by: OtherTest -->
        ```sh
        export OTEL_SERVICE_NAME=x
        ```
        <!-- run-by: NoSuchTest -->
        ```yaml
        a: b
        ```
        """);

    assertThat(check()).extracting(Problem::toString).satisfiesExactly(
        other -> assertThat(other).startsWith("docs/b.md:6: ").contains("OtherTest"),
        none -> assertThat(none).startsWith("docs/b.md:10: ").contains("NoSuchTest"));
  }

  @Test
  void aMarkerNotDirectlyAboveABlockFails() throws IOException {
    write("src/Example.java", SOURCE);
    write("README.md", """
        <!-- snippet: src/Example.java#call -->

        ```
        Spanweave.logSpans(false);
        ```
        """);

    assertThat(check()).extracting(Problem::toString).singleElement()
        .satisfies(problem -> assertThat(problem).startsWith("README.md:1: ")
            .contains("directly above"));
  }

  @Test
  void peerCodeIsAcceptedInMigrationGuidesOnly() throws IOException {
    String page = """
        <!-- peer-code: Micrometer -->
        ```java
        @Observed
        void x() {}
        ```
        """;
    write("docs/migration/from-micrometer.md", page);
    write("docs/other.md", page);

    assertThat(check()).extracting(Problem::toString).singleElement()
        .satisfies(problem -> assertThat(problem).startsWith("docs/other.md:2: "));
  }

  @Test
  void deadLinksAndAnchorsFail() throws IOException {
    write("src/A.java", "class A {}");
    write("docs/guide.md", """
        # Guide

        ## Setting up

        [ok](../src/A.java) [ok](#setting-up) [ok](other.md#the-end) [web](https://x.org/y)
        [dead](missing.md) and [bad anchor](#setting-upp)
        [bad](other.md#nowhere) ![img](pic.png) `[not a link](nope.md)`

        ```
        [in code](nope.md)
        ```
        """);
    write("docs/other.md", "# Other\n\n## The end\n");

    assertThat(check()).extracting(Problem::toString).satisfiesExactly(
        dead -> assertThat(dead).startsWith("docs/guide.md:6: ").contains("missing.md"),
        anchor -> assertThat(anchor).startsWith("docs/guide.md:6: ").contains("#setting-upp"),
        other -> assertThat(other).startsWith("docs/guide.md:7: ").contains("other.md#nowhere"),
        image -> assertThat(image).startsWith("docs/guide.md:7: ").contains("pic.png"));
  }

  @Test
  void pendingPagesMayBeLinkedUntilTheyArrive() throws IOException {
    write("README.md", "[k](docs/kotlin.md) [k](docs/kotlin.md#coroutines) [x](docs/x.md)\n");

    List<Problem> problems = new DocsCheck(root, Set.of("docs/kotlin.md")).check();

    assertThat(problems).extracting(Problem::toString).singleElement()
        .satisfies(problem -> assertThat(problem).contains("docs/x.md"));
  }

  @Test
  void pagesThatArriveLaterAreCheckedToo() throws IOException {
    write("docs/kotlin.md", "[dead](nope.md)\n");

    assertThat(new DocsCheck(root, Set.of("docs/kotlin.md")).check()).hasSize(1);
  }
}
