package dev.spanweave.spring.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * WebFlux with Spring Boot's default {@code spring.reactor.context-propagation=limited}: the
 * WebClient still finds the traced service's span in Reactor's context, but the controller cannot
 * see the request's server span, which lives only there while the controller is called (what
 * docs/spring-boot.md says to set {@code auto} for). Runs in a JVM without the auto hook.
 */
@SpringBootTest(
    classes = {QuotesApplication.class, ReactorContextLimitedTest.Spans.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.main.web-application-type=reactive",
      "management.tracing.sampling.probability=1.0",
      "management.otlp.metrics.export.enabled=false"
    })
class ReactorContextLimitedTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();

  @TestConfiguration
  static class Spans {
    @Bean
    OpenTelemetry openTelemetry() {
      return spans.openTelemetry();
    }
  }

  @LocalServerPort int port;

  @Test
  void theWebClientsCallIsAChildOfTheTracedMethodButTheControllerStartsATrace() {
    String quote = WebClient.create("http://localhost:" + port).get().uri("/quotes/ACME")
        .retrieve().bodyToMono(String.class).block();

    assertThat(quote).isEqualTo("ACME=42");
    spans.assertTraces("""
        http get /quotes/{symbol}  [SERVER]

        QuoteController.quote
              quote.symbol = ACME
        └─ QuoteService.price
              quote.symbol = ACME
           └─ http get  [CLIENT]
              └─ http get /prices/{symbol}  [SERVER]
        """);
    SpanData controller = spans.span("QuoteController.quote");
    assertThat(controller.getParentSpanContext().isValid()).isFalse();
  }
}
