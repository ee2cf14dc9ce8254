package dev.spanweave.examples.backends;

import com.sun.net.httpserver.HttpExchange;
import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway: {@code GET /home?user=u-1} asks the social-app backend for the user's home page.
 * Its server span is the root of the trace (or continues the caller's), its client span the
 * parent of the backend's server span. Each reply carries a W3C {@code traceresponse} header
 * naming the trace.
 *
 * <p>{@code java ... Gateway <port> <backend-url>}; the SDK is configured by {@code OTEL_*}
 * variables.
 */
public class Gateway {

  private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

  private final BackendClient backend;

  public Gateway(BackendClient backend) {
    this.backend = backend;
  }

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    TextMapPropagator propagator = Telemetry.propagator();
    Gateway gateway = new Gateway(new BackendClient(URI.create(args[1]), propagator));
    Http.serve(port, "/home", propagator,
        exchange -> gateway.home(Http.queryParameter(exchange, "user"), exchange));
  }

  @TracedSpan(value = "GET /home", kind = SpanKind.SERVER)
  void home(@SpanAttribute("app.user_id") String userId, HttpExchange exchange)
      throws IOException, InterruptedException {
    BackendClient.Reply reply = backend.homePage(userId);
    Span.current().setAttribute("http.response.status_code", reply.status());
    SpanContext span = Span.current().getSpanContext();
    exchange.getResponseHeaders().set("traceresponse", "00-" + span.getTraceId() + "-"
        + span.getSpanId() + "-" + span.getTraceFlags().asHex());
    // a JSON line (logback.xml) carrying the trace ids when log correlation is on
    LOG.info("home page of {}: {}", userId, reply.status());
    Http.reply(exchange, reply.status(), reply.body());
  }
}
