package dev.spanweave.spring.reactive;

import dev.spanweave.spring.KitBackedApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * WebFlux with Spring Boot's OpenTelemetry starter and {@code spring.reactor.context-propagation=
 * auto} (from {@code auto.properties}, as docs/spring-boot.md shows it): the whole request is one
 * tree, the traced controller under the server span and the WebClient's call under the traced
 * service that made it, although it leaves from a timer thread. Runs in a JVM of its own: the
 * property turns on a JVM-wide Reactor hook.
 */
@SpringBootTest(
    classes = {QuotesApplication.class, KitBackedApplication.Spans.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.main.web-application-type=reactive"
    })
@TestPropertySource(locations = "classpath:dev/spanweave/spring/reactive/auto.properties")
class ReactorContextPropagationTest extends QuoteRequests {

  @Test
  void theWebClientsCallIsAChildOfTheTracedMethodThatMadeIt() {
    requestAQuote();

    // tag::webflux-tree[]
    spans.assertTrace("""
        http get /quotes/{symbol}  [SERVER]
        └─ QuoteController.quote
              quote.symbol = ACME
           └─ QuoteService.price
                 quote.symbol = ACME
              └─ http get  [CLIENT]
                 └─ http get /prices/{symbol}  [SERVER]
        """);
    // end::webflux-tree[]
  }
}
