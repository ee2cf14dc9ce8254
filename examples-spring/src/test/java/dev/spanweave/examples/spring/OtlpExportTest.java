package dev.spanweave.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * The export recipe of docs/spring-boot.md, application-otlp.properties exactly as it is, against a
 * local OTLP receiver: only its placeholders are given values, as a deployment's environment would.
 */
class OtlpExportTest {

  @Test
  void theDocumentedPropertiesAloneSendTheSpansOverOtlp() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver()) {
      ConfigurableApplicationContext context = new SpringApplicationBuilder(SocialApplication.class)
          .profiles("otlp")
          .properties(Map.of(
              "OTLP_TRACES_ENDPOINT", receiver.address() + "/v1/traces",
              "HONEYCOMB_API_KEY", "test-key",
              "server.address", "127.0.0.1",
              "server.port", "0"))
          .run();
      try {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        RestClient.create("http://127.0.0.1:" + port).get().uri("/api/home/u-1").retrieve()
            .body(String.class);
      } finally {
        context.close(); // the batch processor sends what it holds
      }

      List<OtlpReceiver.Received> requests = new ArrayList<>();
      List<Span> spans = new ArrayList<>();
      String serviceName = null;
      for (OtlpReceiver.Received request = receiver.next(Duration.ofSeconds(10));
          request != null; request = receiver.next(Duration.ofMillis(500))) {
        requests.add(request);
        for (ResourceSpans resource : request.traces().getResourceSpansList()) {
          serviceName = resource.getResource().getAttributesList().stream()
              .filter(a -> a.getKey().equals("service.name"))
              .map(a -> a.getValue().getStringValue()).findFirst().orElse(serviceName);
          resource.getScopeSpansList().forEach(scope -> spans.addAll(scope.getSpansList()));
        }
      }

      // only traces: metrics are switched off, logs have no endpoint
      assertThat(requests).isNotEmpty()
          .allSatisfy(r -> assertThat(r.path()).isEqualTo("/v1/traces"))
          .allSatisfy(r -> assertThat(r.headers().getFirst("x-honeycomb-team"))
              .isEqualTo("test-key"));
      assertThat(serviceName).isEqualTo("social");
      Span server = spans.stream().filter(s -> s.getKind() == Span.SpanKind.SPAN_KIND_SERVER)
          .findFirst().orElseThrow();
      Span controller = spans.stream().filter(s -> s.getName().equals("SocialController.home"))
          .findFirst().orElseThrow();
      assertThat(controller.getParentSpanId()).isEqualTo(server.getSpanId());
      assertThat(controller.getAttributesList())
          .anySatisfy(a -> {
            assertThat(a.getKey()).isEqualTo("app.user_id");
            assertThat(a.getValue().getStringValue()).isEqualTo("u-1");
          });
      assertThat(spans).extracting(Span::getName).contains("home-activities-mock-data");
    }
  }
}
