package dev.spanweave.spring.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.spring.KitBackedApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * WebFlux with Spring Boot's default {@code spring.reactor.context-propagation=limited}: the
 * WebClient still finds the traced service's span in Reactor's context, but the controller cannot
 * see the request's server span, which lives only there while the controller is called (what
 * docs/spring-boot.md says to set {@code auto} for). Runs in a JVM without the auto hook.
 */
@SpringBootTest(
    classes = {QuotesApplication.class, KitBackedApplication.Spans.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.main.web-application-type=reactive"
    })
class ReactorContextLimitedTest extends QuoteRequests {

  @Test
  void theWebClientsCallIsAChildOfTheTracedMethodButTheControllerStartsATrace() {
    requestAQuote();

    spans.assertTraces("""
        http get /quotes/{symbol}  [SERVER]

        QuoteController.quote
              quote.symbol = ACME
        └─ QuoteService.price
              quote.symbol = ACME
           └─ http get  [CLIENT]
              └─ http get /prices/{symbol}  [SERVER]
        """);
    assertThat(spans.span("QuoteController.quote").getParentSpanContext().isValid()).isFalse();
  }
}
