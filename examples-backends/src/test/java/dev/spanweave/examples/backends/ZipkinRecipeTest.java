package dev.spanweave.examples.backends;

import static dev.spanweave.examples.backends.TwoServices.BACKEND;
import static dev.spanweave.examples.backends.TwoServices.GATEWAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zipkin2.Span;

/**
 * The two-service Zipkin recipe of docs/backends.md as a reader copies it: both services get
 * exactly the page's settings (only Zipkin's port is the one of the Zipkin this test starts, and
 * the backend takes the other service name the page gives) and run no SDK code of their own; their
 * handlers ask {@code GlobalOpenTelemetry.getPropagators()} before any traced call.
 */
class ZipkinRecipeTest {

  private static final Path LOGS = Path.of("target", "zipkin-recipe");

  @Test
  @Timeout(240)
  void theRecipeAsWrittenGivesOneTraceAcrossBothServices() throws Exception {
    Map<String, String> recipe = DocsRecipe.environment("ZipkinRecipeTest", "zipkin");
    assertThat(recipe)
        .containsEntry("OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED", "true")
        .containsEntry("OTEL_SERVICE_NAME", GATEWAY)
        .containsEntry("OTEL_EXPORTER_ZIPKIN_ENDPOINT", "http://127.0.0.1:9411/api/v2/spans");

    try (ZipkinServer zipkin = ZipkinServer.start(
        Path.of(System.getProperty("zipkin.server.jar")), 0, LOGS)) {
      Map<String, String> gateway = withZipkin(recipe, zipkin.spansEndpoint());
      Map<String, String> backend = new HashMap<>(gateway);
      backend.put("OTEL_SERVICE_NAME", BACKEND); // "social-backend for the other one"
      zipkin.awaitUp(Duration.ofSeconds(120));

      String traceId;
      try (TwoServices services = TwoServices.start(gateway, backend, LOGS,
          Duration.ofSeconds(60))) {
        HttpResponse<String> reply = services.home("u-1");
        assertThat(reply.statusCode()).isEqualTo(200);
        traceId = TwoServices.traceId(reply);
      } // stopping the services flushes their spans

      List<Span> trace = zipkin.awaitTrace(traceId,
          ZipkinServer.spansFrom(Set.of(GATEWAY, BACKEND), 6), Duration.ofSeconds(30));
      assertThat(trace).extracting(span -> span.localServiceName())
          .contains(GATEWAY, BACKEND);
      assertThat(trace).extracting(Span::name)
          .contains("get /home", "get /api/home", "home-activities-mock-data");
    }
  }

  @Test
  @Timeout(60)
  void withoutTheGlobalSwitchSpanweaveSaysWhyThereAreNoSpans() throws Exception {
    Map<String, String> recipe =
        new HashMap<>(DocsRecipe.environment("ZipkinRecipeTest", "zipkin"));
    recipe.remove("OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED");

    try (ServiceProcess app = ServiceProcess.start("no-switch", NoSwitchMain.class,
        withZipkin(recipe, URI.create("http://127.0.0.1:9/api/v2/spans")), LOGS)) {
      app.awaitExit(Duration.ofSeconds(40));
      List<String> notices = Files.readAllLines(app.log()).stream()
          .filter(line -> line.contains("no OpenTelemetry SDK is registered"))
          .toList();
      assertThat(notices).singleElement().satisfies(line -> assertThat(line)
          .contains("INFO")
          .contains("opentelemetry-sdk-extension-autoconfigure is on the class path")
          .contains("OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED=true"));
    }
  }

  private static Map<String, String> withZipkin(Map<String, String> recipe, URI spans) {
    Map<String, String> environment = new HashMap<>(recipe);
    environment.put("OTEL_EXPORTER_ZIPKIN_ENDPOINT", spans.toString());
    return environment;
  }
}
