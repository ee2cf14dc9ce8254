package dev.spanweave.spring.observed;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class PriceService {

  private final RestClient.Builder clients;
  private final WebServerApplicationContext server;

  PriceService(RestClient.Builder clients, WebServerApplicationContext server) {
    this.clients = clients;
    this.server = server;
  }

  /** A call Micrometer observes (Boot's RestClient.Builder), made inside a traced method. */
  // tag::observed-call[]
  @TracedSpan
  public String price(@SpanAttribute("quote.symbol") String symbol) {
    RestClient client =
        clients.baseUrl("http://localhost:" + server.getWebServer().getPort()).build();
    return client.get().uri("/prices/{symbol}", symbol).retrieve().body(String.class);
  }
  // end::observed-call[]
}
