package dev.spanweave.spring.reactive;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
public class QuoteController {

  private final QuoteService quotes;

  QuoteController(QuoteService quotes) {
    this.quotes = quotes;
  }

  @GetMapping("/quotes/{symbol}")
  @TracedSpan
  public Mono<String> quote(@SpanAttribute("quote.symbol") @PathVariable String symbol) {
    return quotes.price(symbol).map(price -> symbol + "=" + price);
  }

  /** What the service's WebClient calls: untraced, only Boot's server span. */
  @GetMapping("/prices/{symbol}")
  public Mono<String> price(@PathVariable String symbol) {
    return Mono.just("42");
  }
}
