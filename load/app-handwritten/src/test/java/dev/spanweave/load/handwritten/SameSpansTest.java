package dev.spanweave.load.handwritten;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.examples.spring.SocialApplication;
import dev.spanweave.load.app.LoadServiceApplication;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Configuration 8 against configuration 2, in-process: the load run's four kinds of request sent
 * to the service as configuration 2 runs it (examples-spring's classes, spanweave's proxies) and as
 * configuration 8 runs it (this module's classes, spanweave's auto-configuration left out as if
 * absent) end the same spans: names, kinds, parentage, attributes, status, exception events. Only
 * what differs from call to call is masked: timestamps, stack traces, the server's port.
 */
class SameSpansTest {

  /** The load run's traffic: home, notifications, the failing path, a path nothing maps. */
  private static final Map<String, Integer> REQUESTS = Map.of("/api/home/u-1", 200,
      "/api/notifications/u-2", 200, "/api/home/nobody", 404, "/api/nothing-here", 404);

  private static final String SPANWEAVE_AUTO_CONFIGURATION =
      "dev.spanweave.spring.SpanweaveAutoConfiguration";

  @Test
  void theHandWrittenServiceEndsTheSpansSpanweaveEnds() throws Exception {
    List<String> spanweave = traces(new Class<?>[] {SocialApplication.class,
        LoadServiceApplication.class});
    List<String> byHand = traces(new Class<?>[] {HandwrittenApplication.class},
        "--spring.autoconfigure.exclude=" + SPANWEAVE_AUTO_CONFIGURATION);

    // spanweave traced what the load run counts (3 spans per traced request), so that two
    // services without spans of their own cannot pass as equal
    assertThat(String.join("\n", spanweave))
        .contains("SocialController.home", "home-activities-mock-data",
            "SocialController.notifications", "home-notifications-mock-data",
            "error.type=dev.spanweave.examples.spring.UnknownUserException");
    assertThat(byHand).isEqualTo(spanweave);
  }

  /**
   * Starts the service from {@code sources}, sends each request once, and returns its traces, one
   * rendered tree per request, sorted.
   */
  private static List<String> traces(Class<?>[] sources, String... extraArguments)
      throws Exception {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    SpringApplication application = new SpringApplication(sources);
    // one more span processor bean: Boot's SDK hands every ended span to it at once
    application.addInitializers(context -> context.getBeanFactory()
        .registerSingleton("inMemorySpans", SimpleSpanProcessor.create(exporter)));
    List<String> arguments = new ArrayList<>(List.of("--server.address=127.0.0.1",
        "--server.port=0", "--spring.main.banner-mode=off",
        "--management.tracing.sampling.probability=1.0",
        "--management.otlp.metrics.export.enabled=false"));
    arguments.addAll(List.of(extraArguments));
    try (ConfigurableApplicationContext context =
        application.run(arguments.toArray(String[]::new))) {
      String port = context.getEnvironment().getProperty("local.server.port");
      HttpClient client = HttpClient.newHttpClient();
      for (Map.Entry<String, Integer> request : REQUESTS.entrySet()) {
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + request.getKey()))
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as(request.getKey()).isEqualTo(request.getValue());
      }
      List<SpanData> spans = settled(exporter);
      return spans.stream().collect(Collectors.groupingBy(SpanData::getTraceId)).values().stream()
          .map(trace -> render(trace, port)).sorted().toList();
    }
  }

  /**
   * The spans once every request's are in: a server span may end after its response reached the
   * client. Waits until one server span per request arrived and nothing more came for 200 ms, at
   * most 10 s.
   */
  private static List<SpanData> settled(InMemorySpanExporter exporter)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    int seen = -1;
    while (System.nanoTime() < deadline) {
      List<SpanData> spans = exporter.getFinishedSpanItems();
      long servers = spans.stream()
          .filter(s -> s.getKind() == SpanKind.SERVER).count();
      if (servers >= REQUESTS.size() && spans.size() == seen) {
        return spans;
      }
      seen = spans.size();
      Thread.sleep(200);
    }
    return exporter.getFinishedSpanItems();
  }

  /** A trace as an indented tree, children in name order. */
  private static String render(List<SpanData> trace, String port) {
    StringBuilder out = new StringBuilder();
    trace.stream().filter(s -> !s.getParentSpanContext().isValid()
            || trace.stream().noneMatch(p -> p.getSpanId().equals(s.getParentSpanId())))
        .sorted(Comparator.comparing(SpanData::getName))
        .forEach(root -> render(root, trace, port, "", out));
    return out.toString();
  }

  private static void render(SpanData span, List<SpanData> trace, String port, String indent,
      StringBuilder out) {
    out.append(indent).append(span.getName()).append(" [").append(span.getKind()).append(", ")
        .append(span.getStatus().getStatusCode()).append("] ")
        .append(attributes(span.getAttributes(), port)).append('\n');
    for (EventData event : span.getEvents()) {
      out.append(indent).append("  event ").append(event.getName()).append(' ')
          .append(attributes(event.getAttributes(), port)).append('\n');
    }
    trace.stream().filter(child -> child.getParentSpanId().equals(span.getSpanId()))
        .sorted(Comparator.comparing(SpanData::getName))
        .forEach(child -> render(child, trace, port, indent + "    ", out));
  }

  private static String attributes(Attributes attributes, String port) {
    Map<String, String> sorted = new TreeMap<>();
    attributes.forEach((key, value) -> sorted.put(key.getKey(), masked(key, value, port)));
    return sorted.toString();
  }

  /** The parts of a value that differ from call to call or from service to service. */
  private static String masked(AttributeKey<?> key, Object value, String port) {
    String text = String.valueOf(value);
    if (key.getKey().equals("exception.stacktrace")) {
      // the frames differ by construction (spanweave's interceptor against none): the first line,
      // the exception and its message, is compared
      return text.lines().findFirst().orElse("") + " <frames>";
    }
    try {
      Instant.parse(text);
      return "<instant>";
    } catch (DateTimeParseException notAnInstant) {
      return text.replace(port, "<port>");
    }
  }
}
