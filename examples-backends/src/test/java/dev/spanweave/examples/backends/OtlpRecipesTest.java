package dev.spanweave.examples.backends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.Spanweave;
import dev.spanweave.examples.social.ActivityStore;
import dev.spanweave.examples.social.SocialApp;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Honeycomb, Collector and X-Ray recipes of docs/backends.md, exactly as written there, given to OpenTelemetry's
 * autoconfiguration; only the endpoint is swapped for a local receiver. The real Honeycomb is never
 * contacted.
 */
class OtlpRecipesTest {

  private OtlpReceiver receiver;
  private OpenTelemetrySdk sdk;

  @AfterEach
  void tearDown() {
    Spanweave.useGlobalOpenTelemetry();
    if (sdk != null) {
      sdk.shutdown().join(5, TimeUnit.SECONDS);
    }
    if (receiver != null) {
      receiver.close();
    }
  }

  @Test
  void theHoneycombRecipeSendsOtlpProtobufWithTheTeamHeader() throws Exception {
    Map<String, String> recipe = DocsRecipe.properties("OtlpRecipesTest", "honeycomb");
    assertThat(recipe).containsEntry("otel.exporter.otlp.endpoint", "https://api.honeycomb.io")
        .containsEntry("otel.exporter.otlp.protocol", "http/protobuf");

    OtlpReceiver.Received request = runSocialAppWith(recipe);

    assertThat(request.headers().getFirst("x-honeycomb-team"))
        .isEqualTo(recipe.get("otel.exporter.otlp.headers").split("=", 2)[1]);
    assertSocialAppTrace(request, recipe.get("otel.service.name"));
  }

  @Test
  void theCollectorRecipeSendsTheSameSpansWithoutAnyKey() throws Exception {
    Map<String, String> recipe = DocsRecipe.properties("OtlpRecipesTest", "collector");
    assertThat(recipe).containsEntry("otel.exporter.otlp.endpoint", "http://localhost:4318");

    OtlpReceiver.Received request = runSocialAppWith(recipe);

    assertThat(request.headers().getFirst("x-honeycomb-team")).isNull();
    assertSocialAppTrace(request, recipe.get("otel.service.name"));
  }

  @Test
  void theCollectorConfigurationShownReceivesWhereTheRecipeSends() throws Exception {
    String config = new String(getClass().getResourceAsStream("/collector/config.yaml")
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    String endpoint = DocsRecipe.properties("OtlpRecipesTest", "collector")
        .get("otel.exporter.otlp.endpoint");

    assertThat(config).contains("endpoint: 0.0.0.0:" + URI.create(endpoint).getPort())
        .contains("exporters: [otlphttp/honeycomb, zipkin, awsxray]");
  }

  @Test
  void theXrayRecipeSendsTheSameSpansAndWritesTheXrayHeader() throws Exception {
    Map<String, String> recipe = DocsRecipe.properties("OtlpRecipesTest", "xray");
    assertThat(recipe).containsEntry("otel.propagators", "tracecontext,baggage,xray");

    OtlpReceiver.Received request = runSocialAppWith(recipe);

    assertThat(sdk.getPropagators().getTextMapPropagator().fields())
        .contains("traceparent", "X-Amzn-Trace-Id");
    assertSocialAppTrace(request, recipe.get("otel.service.name"));
  }

  /** One home-page request, its spans exported as the recipe says to a local receiver. */
  private OtlpReceiver.Received runSocialAppWith(Map<String, String> recipe) throws Exception {
    receiver = new OtlpReceiver();
    Map<String, String> properties = new HashMap<>(recipe);
    properties.put("otel.exporter.otlp.endpoint", receiver.endpoint().toString());
    sdk = AutoConfiguredOpenTelemetrySdk.builder()
        .addPropertiesSupplier(() -> properties)
        .disableShutdownHook()
        .build()
        .getOpenTelemetrySdk();
    Spanweave.useOpenTelemetry(sdk);

    new SocialApp(new ActivityStore()).homePage("u-1");
    assertThat(sdk.getSdkTracerProvider().forceFlush().join(10, TimeUnit.SECONDS).isSuccess())
        .isTrue();

    OtlpReceiver.Received request = receiver.next(Duration.ofSeconds(10));
    assertThat(request).as("an OTLP request").isNotNull();
    assertThat(request.method()).isEqualTo("POST");
    // the SDK appends the signal's path to the base endpoint the recipe gives
    assertThat(request.path()).isEqualTo("/v1/traces");
    assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/x-protobuf");
    return request;
  }

  private static void assertSocialAppTrace(OtlpReceiver.Received request, String serviceName) {
    assertThat(request.body().getResourceSpansList()).singleElement().satisfies(resource ->
        assertThat(attributes(resource.getResource().getAttributesList()))
            .containsEntry("service.name", AnyValue.newBuilder().setStringValue(serviceName).build()));
    List<ScopeSpans> scopes = request.body().getResourceSpans(0).getScopeSpansList();
    assertThat(scopes).singleElement()
        .satisfies(scope -> assertThat(scope.getScope().getName()).isEqualTo("dev.spanweave"));
    Map<String, Span> spans = scopes.get(0).getSpansList().stream()
        .collect(Collectors.toMap(Span::getName, span -> span));
    assertThat(spans).containsOnlyKeys("GET /api/home", "home-activities-mock-data",
        "SocialApp.notificationsOrEmpty", "home-notifications-mock-data");

    Span server = spans.get("GET /api/home");
    assertThat(server.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
    assertThat(spans.get("home-activities-mock-data").getParentSpanId())
        .isEqualTo(server.getSpanId());
    assertThat(spans.values()).extracting(Span::getTraceId).containsOnly(server.getTraceId());
    // the types survive the wire: a long stays an int value, a string a string value
    assertThat(attributes(spans.get("home-activities-mock-data").getAttributesList()))
        .containsEntry("app.user_id", AnyValue.newBuilder().setStringValue("u-1").build())
        .containsEntry("app.result_length", AnyValue.newBuilder().setIntValue(3).build());
    assertThat(attributes(spans.get("home-notifications-mock-data").getAttributesList()))
        .containsEntry("app.user_name", AnyValue.newBuilder().setStringValue("ada").build())
        .containsEntry("app.result_length", AnyValue.newBuilder().setIntValue(2).build())
        .hasEntrySatisfying("app.now", now -> assertThat(now.getStringValue()).isNotBlank());
  }

  private static Map<String, AnyValue> attributes(List<KeyValue> attributes) {
    return attributes.stream().collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue));
  }
}
