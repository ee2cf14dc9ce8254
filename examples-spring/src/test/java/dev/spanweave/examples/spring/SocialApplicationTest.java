package dev.spanweave.examples.spring;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/** Real HTTP requests to the application on a random port; its spans checked with tracing-test. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "management.otlp.metrics.export.enabled=false")
class SocialApplicationTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();

  /** The test kit's SDK stands in for the OpenTelemetry bean of Spring Boot's starter. */
  @TestConfiguration
  static class TestSpans {
    @Bean
    OpenTelemetry openTelemetry() {
      return spans.openTelemetry();
    }
  }

  @LocalServerPort int port;

  private RestClient client() {
    return RestClient.create("http://localhost:" + port);
  }

  private SpanData serverSpan(List<SpanData> ended) {
    return ended.stream().filter(span -> span.getKind() == SpanKind.SERVER).findFirst()
        .orElseThrow();
  }

  @Test
  void home() {
    String body = client().get().uri("/api/home/u-1").retrieve().body(String.class);
    assertThat(body).contains("shipped spanweave 0.1");

    List<SpanData> ended = spans.awaitAllEnded();
    SpanData server = serverSpan(ended);
    SpanData controller = spans.span("SocialController.home");
    assertThat(controller).hasParent(server).hasAttribute(stringKey("app.user_id"), "u-1");
    spans.assertSpan("home-activities-mock-data")
        .hasParent(controller)
        .hasAttribute(stringKey("app.user_id"), "u-1")
        .hasAttribute(longKey("app.result_length"), 3L);
    assertThat(ended).hasSize(3);
  }

  @Test
  void notifications() {
    client().get().uri("/api/notifications/u-1").retrieve().toBodilessEntity();

    spans.awaitAllEnded();
    spans.assertSpan("home-notifications-mock-data")
        .hasParent(spans.span("SocialController.notifications"))
        .hasAttribute(stringKey("app.user_name"), "ada")
        .hasAttribute(longKey("app.result_length"), 2L);
  }

  @Test
  void anUnknownUserIsA404AndAnErrorOnTheSpan() {
    HttpStatusCode status =
        client().get().uri("/api/notifications/u-9").exchange((request, response) ->
            response.getStatusCode());
    assertThat(status.value()).isEqualTo(404);

    spans.awaitAllEnded();
    spans.assertSpan("home-notifications-mock-data")
        .hasStatus(StatusData.error())
        .hasAttribute(stringKey("error.type"), UnknownUserException.class.getName());
  }
}
