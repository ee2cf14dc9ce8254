package dev.spanweave.spring.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.spring.KitBackedApplication;
import org.springframework.web.reactive.function.client.WebClient;

/** What both propagation modes' tests share: the kit as the application's SDK, and a request. */
abstract class QuoteRequests extends KitBackedApplication {

  /** GET /quotes/ACME, whose traced controller and service the spans are about. */
  void requestAQuote() {
    String quote = WebClient.create("http://localhost:" + port).get().uri("/quotes/ACME")
        .retrieve().bodyToMono(String.class).block();
    assertThat(quote).isEqualTo("ACME=42");
  }
}
