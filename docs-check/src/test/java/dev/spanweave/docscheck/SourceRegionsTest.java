package dev.spanweave.docscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceRegionsTest {

  @Test
  void aRegionIsItsLinesWithoutMarkersAndWithoutTheirCommonIndentation() {
    SourceRegions regions = SourceRegions.parse("A.java", List.of(
        "class A {",
        "  // tag::body[]",
        "  void run() {",
        "    go();",
        "  }",
        "  // end::body[]",
        "}"));

    assertThat(regions.text("body")).isEqualTo("void run() {\n  go();\n}");
  }

  @Test
  void anyCommentSyntaxAndNestedRegionsWork() {
    SourceRegions regions = SourceRegions.parse("pom.xml", List.of(
        "<!-- tag::outer[] -->",
        "<a>",
        "  <!-- tag::inner[] -->",
        "  <b/>",
        "",
        "  <!-- end::inner[] -->",
        "</a>",
        "<!-- end::outer[] -->",
        "# tag::props[]",
        "x=1",
        "# end::props[]"));

    assertThat(regions.text("outer")).isEqualTo("<a>\n  <b/>\n\n</a>");
    assertThat(regions.text("inner")).isEqualTo("<b/>\n");
    assertThat(regions.text("props")).isEqualTo("x=1");
  }

  @Test
  void anUnclosedOrUnknownRegionIsAnError() {
    assertThatThrownBy(() -> SourceRegions.parse("A.java", List.of("// tag::x[]", "a")))
        .hasMessageContaining("A.java").hasMessageContaining("x");
    SourceRegions regions = SourceRegions.parse("A.java", List.of("a"));
    assertThat(regions.text("missing")).isNull();
  }
}
