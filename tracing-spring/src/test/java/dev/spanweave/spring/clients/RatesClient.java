package dev.spanweave.spring.clients;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

// tag::http-client[]
/** An HTTP service client: Spring generates its implementation, a JDK proxy. */
@HttpExchange("/rates")
public interface RatesClient {

  @TracedSpan
  @GetExchange("/{currency}")
  String rate(@PathVariable @SpanAttribute("app.currency") String currency);

  @GetExchange("/{currency}/history")
  String history(@PathVariable String currency);
}
// end::http-client[]
