package dev.spanweave.test.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.test.SpanweaveExtension;
import dev.spanweave.test.spring.app.GreetingApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * The kit registered in a field rather than by annotation, and a second class with the
 * configuration of {@link ZeroSetUpTest}: both get the kit's SDK, from the same cached context.
 */
@SpringBootTest(classes = GreetingApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondClassTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void sharesTheCachedContext() {
    SharedContexts.SEEN.add(context);
    assertThat(SharedContexts.SEEN).as("one cached context for the kit's classes").hasSize(1);
  }

  @Test
  void capturesTheRequest() {
    RestClient.create("http://localhost:" + port).get().uri("/greetings/grace").retrieve()
        .body(String.class);

    spans.assertTrace("""
        http get /greetings/{name}
        └─ GreetingController.greet
           └─ compose-greeting
                 app.greeting_length = 11
        """);
  }
}
