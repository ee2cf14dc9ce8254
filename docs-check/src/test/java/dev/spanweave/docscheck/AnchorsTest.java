package dev.spanweave.docscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** GitHub's heading anchors. */
class AnchorsTest {

  @Test
  void headingsBecomeGithubAnchors() {
    assertThat(Anchors.of(List.of(
            "# spanweave",
            "## Quick start (compile-time weaving with Maven)",
            "### `@TracedSpan` (`dev.spanweave.annotations`) — on methods and types",
            "### Reactor `Mono` and `Flux`",
            "## JDK 17 to 25",
            "## Which [Spring MVC](x.md) methods are traced",
            "## Quick start (compile-time weaving with Maven)",
            "```",
            "# not a heading: in a code block",
            "```",
            "<a id=\"explicit\"></a>")))
        .containsExactlyInAnyOrder(
            "spanweave",
            "quick-start-compile-time-weaving-with-maven",
            "tracedspan-devspanweaveannotations--on-methods-and-types",
            "reactor-mono-and-flux",
            "jdk-17-to-25",
            "which-spring-mvc-methods-are-traced",
            "quick-start-compile-time-weaving-with-maven-1",
            "explicit");
  }
}
