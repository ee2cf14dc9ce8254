package dev.spanweave.it;

import static io.opentelemetry.api.common.AttributeKey.longArrayKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.test.SpanweaveExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ResultAttributeTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();
  private final SpanRecorder recorder = new SpanRecorder(spans);
  private final Fixtures.Results fixture = new Fixtures.Results();

  @Test
  void theReturnValueIsRecordedWithTheTypedMapping() {
    fixture.text();
    fixture.count();

    assertThat(recorder.named("Results.text")).hasAttribute(stringKey("app.result"), "hello");
    assertThat(recorder.named("Results.count")).hasAttribute(longKey("app.count"), 42L);
  }

  @Test
  void collectionsMapsAndArraysCanRecordTheirSize() {
    fixture.ids();
    fixture.map();
    fixture.array();

    assertThat(recorder.named("Results.ids"))
        .hasAttribute(longArrayKey("app.ids"), java.util.List.of(1L, 2L, 3L))
        .hasAttribute(longKey("app.ids.size"), 3L);
    assertThat(recorder.named("Results.map")).hasAttribute(longKey("app.map.size"), 2L);
    assertThat(recorder.named("Results.array")).hasAttribute(longKey("app.array.size"), 4L);
  }

  @Test
  void aNullResultRecordsNothingAndAFailingToStringDoesNotTouchTheResult() {
    assertThat(fixture.nothing()).isNull();
    assertThat(fixture.exploding()).isInstanceOf(Fixtures.Exploding.class);

    assertThat(recorder.named("Results.nothing").getAttributes().get(stringKey("app.result")))
        .isNull();
    assertThat(recorder.named("Results.exploding").getAttributes().get(stringKey("app.result")))
        .isNull();
  }
}
