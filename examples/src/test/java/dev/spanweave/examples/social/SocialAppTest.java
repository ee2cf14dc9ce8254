package dev.spanweave.examples.social;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.spanweave.Spanweave;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SocialAppTest {

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final SocialApp app = new SocialApp(new ActivityStore());

  @BeforeEach
  void installSdk() {
    Spanweave.useOpenTelemetry(OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
        .build());
  }

  @AfterEach
  void back() {
    Spanweave.useGlobalOpenTelemetry();
  }

  private SpanData span(String name) {
    return exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name))
        .findFirst().orElseThrow();
  }

  @Test
  void notificationsKeepTheUserNameSetAfterTheResultsWereComputed() {
    app.homePage("u-1");

    SpanData request = span("GET /api/home");
    assertThat(request).hasKind(SpanKind.SERVER).hasAttribute(stringKey("app.user_id"), "u-1");
    assertThat(span("home-activities-mock-data")).hasParent(request)
        .hasAttribute(longKey("app.result_length"), 3L);
    assertThat(span("home-notifications-mock-data"))
        .hasParent(span("SocialApp.notificationsOrEmpty"))
        .hasAttribute(stringKey("app.user_name"), "ada")
        .hasAttribute(longKey("app.result_length"), 2L);
    assertThat(span("home-notifications-mock-data").getAttributes().get(stringKey("app.now")))
        .isNotBlank();
  }

  @Test
  void aFailingStoreMarksOnlyTheNotificationsSpan() {
    assertThat(app.homePage("u-2").notifications()).isEmpty();

    assertThat(span("home-notifications-mock-data"))
        .hasStatusSatisfying(s -> s.hasCode(StatusCode.ERROR));
    assertThat(span("GET /api/home")).hasStatusSatisfying(s -> s.hasCode(StatusCode.UNSET));
  }

  @Test
  void anUnknownUserIsAnExpectedOutcomeNotAnError() {
    assertThat(catchThrowable(() -> app.homePage("u-404")))
        .isInstanceOf(UnknownUserException.class);

    assertThat(span("GET /api/home")).hasStatusSatisfying(s -> s.hasCode(StatusCode.UNSET))
        .hasEventsSatisfyingExactly(event -> event.hasName("exception"));
  }

  @Test
  void theTreeShowsNamesAttributesAndStatus() {
    app.homePage("u-2");

    String tree = SpanTree.render(exporter.getFinishedSpanItems());
    assertThat(tree).contains("└─ GET /api/home  [SERVER, ")
        .contains("├─ home-activities-mock-data  [INTERNAL, ")
        .contains("home-notifications-mock-data  [INTERNAL, ")
        .contains("ERROR]")
        .contains("app.result_length = 3")
        .contains("event exception: java.lang.IllegalStateException notification store timed out");
  }
}
