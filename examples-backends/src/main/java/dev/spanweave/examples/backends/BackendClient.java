package dev.spanweave.examples.backends;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The gateway's client of the social-app backend: one CLIENT span per call. */
public class BackendClient {

  /** The backend's answer: its HTTP status and body. */
  public record Reply(int status, String body) {}

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI backend;
  private final TextMapPropagator propagator;

  public BackendClient(URI backend, TextMapPropagator propagator) {
    this.backend = backend;
    this.propagator = propagator;
  }

  @TracedSpan(value = "GET /api/home", kind = SpanKind.CLIENT)
  public Reply homePage(@SpanAttribute("app.user_id") String userId)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            backend.resolve("/api/home?user=" + URLEncoder.encode(userId, StandardCharsets.UTF_8)))
        .timeout(Duration.ofSeconds(5));
    // the current context is this CLIENT span's: the backend's server span becomes its child
    propagator.inject(Context.current(), request, HttpRequest.Builder::header);
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    Span.current().setAttribute("http.response.status_code", response.statusCode());
    return new Reply(response.statusCode(), response.body().strip());
  }
}
