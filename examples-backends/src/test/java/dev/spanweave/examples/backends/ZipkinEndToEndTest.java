package dev.spanweave.examples.backends;

import static dev.spanweave.examples.backends.TwoServices.BACKEND;
import static dev.spanweave.examples.backends.TwoServices.GATEWAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zipkin2.Span;

/**
 * A real Zipkin server and the two services as separate JVMs exporting to it with OpenTelemetry's
 * Zipkin exporter; everything asserted is read back from Zipkin's HTTP API.
 */
class ZipkinEndToEndTest {

  private static final Path LOGS = Path.of("target", "zipkin-e2e");
  private static final String XRAY_PARENT = "53995c3f42cd8ad8";

  private static ZipkinServer zipkin;
  private static TwoServices services;
  private static Instant started;
  private static Instant finished;
  private static String xrayTraceId;
  private static final Map<String, HttpResponse<String>> replies = new HashMap<>();
  private static final Map<String, List<Span>> traces = new HashMap<>();

  @BeforeAll
  @Timeout(150)
  static void runRequestsThroughBothServices() throws Exception {
    zipkin = ZipkinServer.start(Path.of(System.getProperty("zipkin.server.jar")), 0, LOGS);
    // the services start while Zipkin does: its start-up is the slowest part
    services = TwoServices.start(zipkin.spansEndpoint(), LOGS, Duration.ofSeconds(60));
    zipkin.awaitUp(Duration.ofSeconds(120));

    started = Instant.now();
    for (String user : List.of("u-1", "u-2", "u-404")) {
      replies.put(user, services.home(user));
    }
    String epochHex = Long.toHexString(started.getEpochSecond());
    String unique = String.format("%024x", ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    xrayTraceId = epochHex + unique;
    replies.put("x-ray", services.home("u-1",
        "X-Amzn-Trace-Id", "Root=1-" + epochHex + "-" + unique + ";Parent=" + XRAY_PARENT
            + ";Sampled=1"));
    finished = Instant.now();
    services.close(); // flushes both services' spans to Zipkin

    Set<String> both = Set.of(GATEWAY, BACKEND);
    for (String request : List.of("u-1", "u-2", "x-ray")) {
      traces.put(request, zipkin.awaitTrace(traceId(request), ZipkinServer.spansFrom(both, 6),
          Duration.ofSeconds(20)));
    }
    traces.put("u-404", zipkin.awaitTrace(traceId("u-404"), ZipkinServer.spansFrom(both, 3),
        Duration.ofSeconds(20)));
  }

  @AfterAll
  static void stopEverything() throws InterruptedException {
    try {
      if (services != null) {
        services.close();
      }
    } finally {
      if (zipkin != null) {
        zipkin.close();
      }
    }
  }

  @Test
  void oneTraceCrossesTheHopFromTheGatewayToTheBackend() {
    List<Span> trace = traces.get("u-1");

    assertThat(replies.get("u-1").statusCode()).isEqualTo(200);
    assertThat(trace).hasSize(6).extracting(Span::traceId).containsOnly(traceId("u-1"));
    assertThat(trace).extracting(Span::localServiceName).containsOnly(GATEWAY, BACKEND);
    Span gatewayServer = span(trace, GATEWAY, "get /home");
    Span gatewayClient = span(trace, GATEWAY, "get /api/home");
    Span backendServer = span(trace, BACKEND, "get /api/home");
    Span wrapper = span(trace, BACKEND, "socialapp.notificationsorempty");
    assertThat(gatewayServer.kind()).isEqualTo(Span.Kind.SERVER);
    assertThat(gatewayServer.parentId()).isNull();
    assertThat(gatewayClient.kind()).isEqualTo(Span.Kind.CLIENT);
    assertThat(gatewayClient.parentId()).isEqualTo(gatewayServer.id());
    assertThat(backendServer.kind()).isEqualTo(Span.Kind.SERVER);
    assertThat(backendServer.parentId()).isEqualTo(gatewayClient.id());
    assertThat(span(trace, BACKEND, "home-activities-mock-data").parentId())
        .isEqualTo(backendServer.id());
    assertThat(wrapper.parentId()).isEqualTo(backendServer.id());
    assertThat(span(trace, BACKEND, "home-notifications-mock-data").parentId())
        .isEqualTo(wrapper.id());
  }

  @Test
  void theMethodsAttributesArriveAsTags() {
    List<Span> trace = traces.get("u-1");

    Map<String, String> activities = span(trace, BACKEND, "home-activities-mock-data").tags();
    assertThat(activities).containsEntry("app.user_id", "u-1")
        .containsEntry("app.result_length", "3");
    assertThat(Instant.parse(activities.get("app.now"))).isBetween(started, finished);
    assertThat(span(trace, BACKEND, "home-notifications-mock-data").tags())
        .containsEntry("app.user_id", "u-1")
        .containsEntry("app.user_name", "ada")
        .containsEntry("app.result_length", "2");
    assertThat(span(trace, GATEWAY, "get /api/home").tags())
        .containsEntry("app.user_id", "u-1")
        .containsEntry("http.response.status_code", "200");
    assertThat(trace).allSatisfy(span -> assertThat(span.tags()).doesNotContainKey("error"));
  }

  @Test
  void aFailingStoreIsAnErrorSpanWithItsException() {
    List<Span> trace = traces.get("u-2");

    assertThat(replies.get("u-2").statusCode()).isEqualTo(200);
    Span notifications = span(trace, BACKEND, "home-notifications-mock-data");
    assertThat(notifications.tags()).containsKey("error")
        .containsEntry("otel.status_code", "ERROR");
    assertThat(notifications.annotations()).singleElement()
        .satisfies(event -> assertThat(event.value()).startsWith("\"exception\":")
            .contains("\"exception.type\":\"java.lang.IllegalStateException\"")
            .contains("\"exception.message\":\"notification store timed out\""));
    assertThat(trace).filteredOn(span -> span != notifications)
        .allSatisfy(span -> assertThat(span.tags()).doesNotContainKey("error"));
  }

  @Test
  void anUnknownUserIsRecordedOnTheBackendSpanWithoutMakingItAnError() {
    List<Span> trace = traces.get("u-404");

    assertThat(replies.get("u-404").statusCode()).isEqualTo(404);
    assertThat(trace).hasSize(3);
    Span backendServer = span(trace, BACKEND, "get /api/home");
    assertThat(backendServer.tags()).doesNotContainKey("error");
    assertThat(backendServer.annotations()).singleElement().satisfies(event -> assertThat(
        event.value()).contains("dev.spanweave.examples.social.UnknownUserException"));
    assertThat(span(trace, GATEWAY, "get /home").tags())
        .containsEntry("http.response.status_code", "404");
  }

  @Test
  void zipkinListsBothServicesAndFindsTheTraceByEither() throws Exception {
    assertThat(zipkin.get("/api/v2/services")).contains("\"" + GATEWAY + "\"")
        .contains("\"" + BACKEND + "\"");
    for (String service : List.of(GATEWAY, BACKEND)) {
      assertThat(zipkin.get("/api/v2/traces?limit=50&lookback=3600000&serviceName=" + service))
          .contains(traceId("u-1"), traceId("u-2"), traceId("u-404"));
    }
  }

  @Test
  void theServicesTraceIdsAreValidXrayIds() {
    for (String request : List.of("u-1", "u-2", "u-404")) {
      String traceId = traceId(request);
      // X-Ray form: 1-<8 hex digits of the epoch second the trace began>-<24 hex digits>
      long epochSecond = Long.parseLong(traceId.substring(0, 8), 16);
      assertThat(epochSecond).as(traceId)
          .isBetween(started.getEpochSecond() - 1, finished.getEpochSecond() + 1);
    }
  }

  @Test
  void anXrayTraceHeaderSentToTheGatewayContinuesThatTraceThroughBothServices() {
    List<Span> trace = traces.get("x-ray");

    assertThat(traceId("x-ray")).isEqualTo(xrayTraceId);
    assertThat(trace).hasSize(6).extracting(Span::traceId).containsOnly(xrayTraceId);
    assertThat(trace).extracting(Span::localServiceName).contains(GATEWAY, BACKEND);
    assertThat(span(trace, GATEWAY, "get /home").parentId()).isEqualTo(XRAY_PARENT);
    assertThat(span(trace, BACKEND, "get /api/home").parentId())
        .isEqualTo(span(trace, GATEWAY, "get /api/home").id());
  }

  private static String traceId(String request) {
    return TwoServices.traceId(replies.get(request));
  }

  private static Span span(List<Span> trace, String service, String name) {
    List<Span> matching = trace.stream()
        .filter(s -> service.equals(s.localServiceName()) && name.equals(s.name())).toList();
    assertThat(matching).as("%s span %s in %s", service, name, trace).hasSize(1);
    return matching.get(0);
  }
}
