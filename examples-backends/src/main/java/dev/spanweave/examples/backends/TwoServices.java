package dev.spanweave.examples.backends;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The gateway and the social-app backend, each in its own JVM, both exporting to Zipkin with
 * OpenTelemetry's Zipkin exporter as configured by {@code OTEL_*} variables.
 */
public final class TwoServices implements AutoCloseable {

  public static final String GATEWAY = "gateway";
  public static final String BACKEND = "social-backend";

  private final ServiceProcess backend;
  private final ServiceProcess gateway;
  private final URI gatewayUri;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private TwoServices(ServiceProcess backend, ServiceProcess gateway, URI gatewayUri) {
    this.backend = backend;
    this.gateway = gateway;
    this.gatewayUri = gatewayUri;
  }

  /**
   * The {@code OTEL_*} settings of one service sending its spans to Zipkin. Propagators: W3C trace
   * context and baggage, and AWS X-Ray's {@code X-Amzn-Trace-Id}.
   */
  public static Map<String, String> zipkinEnvironment(String serviceName, URI zipkinSpans) {
    Map<String, String> env = new HashMap<>();
    env.put("OTEL_SERVICE_NAME", serviceName);
    env.put("OTEL_TRACES_EXPORTER", "zipkin");
    env.put("OTEL_EXPORTER_ZIPKIN_ENDPOINT", zipkinSpans.toString());
    env.put("OTEL_PROPAGATORS", "tracecontext,baggage,xray");
    env.put("OTEL_METRICS_EXPORTER", "none");
    env.put("OTEL_LOGS_EXPORTER", "none");
    // spanweave's log correlation, X-Ray key included: the services' JSON log lines carry the ids
    env.put("SPANWEAVE_LOG_CORRELATION_ENABLED", "true");
    env.put("SPANWEAVE_LOG_CORRELATION_XRAY_TRACE_ID", "true");
    // the batch processor's default is 5 s; a demo wants its spans sooner
    env.put("OTEL_BSP_SCHEDULE_DELAY", "200");
    return env;
  }

  /** Starts both services and waits until they accept requests. */
  public static TwoServices start(URI zipkinSpans, Path logDirectory, Duration timeout)
      throws IOException, InterruptedException {
    return start(zipkinEnvironment(GATEWAY, zipkinSpans), zipkinEnvironment(BACKEND, zipkinSpans),
        logDirectory, timeout);
  }

  /** Starts both services with the given environments and waits until they accept requests. */
  public static TwoServices start(Map<String, String> gatewayEnvironment,
      Map<String, String> backendEnvironment, Path logDirectory, Duration timeout)
      throws IOException, InterruptedException {
    ServiceProcess backend = ServiceProcess.start(BACKEND, SocialBackend.class,
        backendEnvironment, logDirectory, "0");
    try {
      URI backendUri = backend.awaitListening(timeout);
      ServiceProcess gateway = ServiceProcess.start(GATEWAY, Gateway.class,
          gatewayEnvironment, logDirectory, "0", backendUri.toString());
      try {
        return new TwoServices(backend, gateway, gateway.awaitListening(timeout));
      } catch (IOException | RuntimeException e) {
        gateway.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      backend.close();
      throw e;
    }
  }

  /** {@code GET /home?user=...} on the gateway, with extra request headers as name, value pairs. */
  public HttpResponse<String> home(String userId, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(gatewayUri.resolve(
            "/home?user=" + URLEncoder.encode(userId, StandardCharsets.UTF_8)))
        .timeout(Duration.ofSeconds(10));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The trace id a gateway reply names in its W3C {@code traceresponse} header. */
  public static String traceId(HttpResponse<?> reply) {
    String traceresponse = reply.headers().firstValue("traceresponse")
        .orElseThrow(() -> new IllegalStateException("no traceresponse header in " + reply));
    return traceresponse.split("-")[1];
  }

  /** Stops both services; their shutdown hooks flush the spans still queued. */
  @Override
  public void close() throws InterruptedException {
    try {
      gateway.close();
    } finally {
      backend.close();
    }
  }
}
