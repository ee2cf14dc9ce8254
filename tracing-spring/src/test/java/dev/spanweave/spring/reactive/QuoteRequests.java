package dev.spanweave.spring.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/** What both propagation modes' tests share: the kit as the application's SDK, and a request. */
abstract class QuoteRequests {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();

  @TestConfiguration
  static class Spans {
    @Bean
    OpenTelemetry openTelemetry() {
      return spans.openTelemetry();
    }
  }

  @LocalServerPort int port;

  /** GET /quotes/ACME, whose traced controller and service the spans are about. */
  void requestAQuote() {
    String quote = WebClient.create("http://localhost:" + port).get().uri("/quotes/ACME")
        .retrieve().bodyToMono(String.class).block();
    assertThat(quote).isEqualTo("ACME=42");
  }
}
