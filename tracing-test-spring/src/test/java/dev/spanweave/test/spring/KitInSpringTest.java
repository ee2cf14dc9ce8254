package dev.spanweave.test.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.spanweave.test.SpanweaveExtension;
import dev.spanweave.test.SpanweaveTest;
import dev.spanweave.test.spring.app.GreetingApplication;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

/**
 * What {@code @SpanweaveTest} on a {@code @SpringBootTest} gives besides server spans: client
 * spans of Boot's observed {@code RestClient}, no spans left from the test before, the kit's SDK as
 * the application's OpenTelemetry, one cached context (the configuration of {@code app.ZeroSetUpTest} too).
 */
@SpringBootTest(classes = GreetingApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@SpanweaveTest
class KitInSpringTest {

  @LocalServerPort int port;

  @Autowired RestClient.Builder observed;
  @Autowired ApplicationContext context;

  @Test
  void clientSpansOfBootsRestClientToo(SpanweaveExtension spans) {
    // tag::client[]
    RestClient client = observed.baseUrl("http://localhost:" + port).build();
    Throwable failure =
        catchThrowable(() -> client.get().uri("/greetings/{n}", " ").retrieve().toBodilessEntity());
    assertThat(failure).isInstanceOf(HttpServerErrorException.class);

    spans.assertTraces("""
        http get  [CLIENT, ERROR]
        └─ http get /greetings/{name}  [SERVER, ERROR]
              status = "500"
           └─ GreetingController.greet  [ERROR]
                 app.name = " "
                 event exception: java.lang.IllegalArgumentException
              └─ compose-greeting  [ERROR]
        """);
    // end::client[]
  }

  @Test
  void everyTestStartsWithNoSpans(SpanweaveExtension spans) {
    assertThat(spans.spans()).isEmpty();
  }

  @Test
  void theApplicationsOpenTelemetryIsTheKits(SpanweaveExtension spans) {
    assertThat(context.getBean(OpenTelemetry.class))
        .isInstanceOf(CapturedOpenTelemetry.class);
    SharedContexts.SEEN.add(context);
    assertThat(SharedContexts.SEEN).as("one cached context for the kit's classes").hasSize(1);
  }
}
