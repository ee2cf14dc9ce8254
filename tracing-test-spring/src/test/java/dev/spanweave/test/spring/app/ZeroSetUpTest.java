package dev.spanweave.test.spring.app;

// tag::zero-set-up[]
import dev.spanweave.test.SpanweaveExtension;
import dev.spanweave.test.SpanweaveTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@SpanweaveTest
class ZeroSetUpTest {

  @LocalServerPort int port;

  @Test
  void serverControllerAndService(SpanweaveExtension spans) {
    RestClient.create("http://localhost:" + port).get().uri("/greetings/ada").retrieve()
        .body(String.class);

    spans.assertTrace("""
        http get /greetings/{name}  [SERVER]
        └─ GreetingController.greet
              app.name = ada
           └─ compose-greeting
                 app.name = ada
                 app.greeting_length = 9
        """);
  }
}
// end::zero-set-up[]
