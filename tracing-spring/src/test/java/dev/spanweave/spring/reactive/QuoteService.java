package dev.spanweave.spring.reactive;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import java.time.Duration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Service
public class QuoteService {

  private final WebClient.Builder clients;
  private final WebServerApplicationContext server;

  QuoteService(WebClient.Builder clients, WebServerApplicationContext server) {
    this.clients = clients;
    this.server = server;
  }

  /** The call leaves after a delay, on a timer thread: the span must get there by itself. */
  // tag::webflux-service[]
  @TracedSpan
  public Mono<String> price(@SpanAttribute("quote.symbol") String symbol) {
    WebClient client =
        clients.baseUrl("http://localhost:" + server.getWebServer().getPort()).build();
    return Mono.delay(Duration.ofMillis(5))
        .then(client.get().uri("/prices/{symbol}", symbol).retrieve().bodyToMono(String.class));
  }
  // end::webflux-service[]
}
