package dev.spanweave.spring.observed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.spring.KitBackedApplication;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.client.RestClient;

/**
 * What Micrometer observes inside a traced method (here Boot's RestClient) is the traced
 * method's child. Spring Boot's OpenTelemetry starter bridges Micrometer Tracing, which keeps its
 * own record of the current span in the OpenTelemetry context: before spanweave cleared it in a
 * traced call's context, the client call was a child of the request's server span.
 */
@SpringBootTest(
    classes = {PricesApplication.class, KitBackedApplication.Spans.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ObservedCallsTest extends KitBackedApplication {


  @Test
  void anObservedHttpCallInsideATracedMethodIsItsChild() {
    String quote = RestClient.create("http://localhost:" + port).get().uri("/quotes/ACME")
        .retrieve().body(String.class);

    assertThat(quote).isEqualTo("ACME=42");
    // tag::observed-tree[]
    spans.assertTrace("""
        http get /quotes/{symbol}  [SERVER]
        └─ PriceController.quote
              quote.symbol = ACME
           └─ PriceService.price
                 quote.symbol = ACME
              └─ http get  [CLIENT]
                 └─ http get /prices/{symbol}  [SERVER]
        """);
    // end::observed-tree[]
  }
}
