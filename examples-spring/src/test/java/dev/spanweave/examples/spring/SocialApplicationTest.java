package dev.spanweave.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.test.SpanweaveExtension;
import dev.spanweave.test.SpanweaveTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * Real HTTP requests to the application on a random port; its spans checked with tracing-test.
 * {@code @SpanweaveTest} (with tracing-test-spring on the test classpath) makes the kit's SDK the
 * application's OpenTelemetry bean, so Spring Boot's HTTP server spans are captured as well.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "management.otlp.metrics.export.enabled=false")
@SpanweaveTest
class SocialApplicationTest {

  @LocalServerPort int port;

  private RestClient client() {
    return RestClient.create("http://localhost:" + port);
  }

  @Test
  void home(SpanweaveExtension spans) {
    String body = client().get().uri("/api/home/u-1").retrieve().body(String.class);
    assertThat(body).contains("shipped spanweave 0.1");

    spans.assertTrace("""
        http get /api/home/{userId}  [SERVER]
        └─ SocialController.home
              app.user_id = u-1
           └─ home-activities-mock-data
                 app.user_id = u-1
                 app.result_length = 3
        """);
  }

  @Test
  void notifications(SpanweaveExtension spans) {
    client().get().uri("/api/notifications/u-1").retrieve().toBodilessEntity();

    spans.assertTrace("""
        http get /api/notifications/{userId}
        └─ SocialController.notifications
           └─ home-notifications-mock-data
                 app.user_name = ada
                 app.result_length = 2
        """);
  }

  @Test
  void anUnknownUserIsA404AndAnErrorOnTheSpan(SpanweaveExtension spans) {
    HttpStatusCode status =
        client().get().uri("/api/notifications/u-9").exchange((request, response) ->
            response.getStatusCode());
    assertThat(status.value()).isEqualTo(404);

    spans.assertTrace("""
        http get /api/notifications/{userId}
        └─ SocialController.notifications  [ERROR]
           └─ home-notifications-mock-data  [ERROR]
                 error.type = dev.spanweave.examples.spring.UnknownUserException
        """);
  }
}
