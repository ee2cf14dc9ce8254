package dev.spanweave.test;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kit with spans of woven {@code @TracedSpan} methods, set up through the annotation. */
@SpanweaveTest
class WovenSpansTest {

  final Greeter greeter = new Greeter();

  @Test
  void capturesTheSpanOfATracedMethodWithItsParameters(SpanweaveExtension spans) {
    assertThat(greeter.hello("ada", 2)).isEqualTo("hello ada hello ada");

    spans.assertSpan("Greeter.hello")
        .hasEnded()
        .hasAttribute(stringKey("who"), "ada")
        .hasAttribute(longKey("greeting.count"), 2L);
  }

  @Test
  void nestedCallsMakeOneTrace(SpanweaveExtension spans) {
    greeter.helloAll(List.of("ada", "grace"));

    SpanData parent = spans.span("greet-all");
    spans.assertTraces().hasTracesSatisfyingExactly(
        // in start order
        trace -> trace.hasSpansSatisfyingExactly(
            span -> span.hasName("greet-all").hasNoParent()
                .hasAttribute(longKey("greeting.size"), 2L),
            span -> span.hasName("Greeter.hello").hasParent(parent)
                .hasAttribute(stringKey("who"), "ada"),
            span -> span.hasName("Greeter.hello").hasParent(parent)
                .hasAttribute(stringKey("who"), "grace")));
  }
}
