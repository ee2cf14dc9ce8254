package dev.spanweave.examples.backends;

import com.sun.net.httpserver.HttpExchange;
import io.opentelemetry.context.propagation.TextMapGetter;

/** Lets a propagator read the trace headers ({@code traceparent}, {@code X-Amzn-Trace-Id}) of a request. */
enum ExchangeHeaders implements TextMapGetter<HttpExchange> {
  INSTANCE;

  @Override
  public Iterable<String> keys(HttpExchange exchange) {
    return exchange.getRequestHeaders().keySet();
  }

  @Override
  public String get(HttpExchange exchange, String key) {
    return exchange == null ? null : exchange.getRequestHeaders().getFirst(key);
  }
}
