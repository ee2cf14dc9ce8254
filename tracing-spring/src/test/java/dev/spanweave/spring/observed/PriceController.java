package dev.spanweave.spring.observed;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PriceController {

  private final PriceService prices;

  PriceController(PriceService prices) {
    this.prices = prices;
  }

  @GetMapping("/quotes/{symbol}")
  @TracedSpan
  public String quote(@SpanAttribute("quote.symbol") @PathVariable String symbol) {
    return symbol + "=" + prices.price(symbol);
  }

  /** What the service's RestClient calls: untraced, only Boot's server span. */
  @GetMapping("/prices/{symbol}")
  public String price(@PathVariable String symbol) {
    return "42";
  }
}
