package dev.spanweave.spring;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spanweave.spring.app.OwnerService;
import dev.spanweave.spring.app.RecordingTransactionManager;
import dev.spanweave.spring.app.TestApplication;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one real Spring Boot application of this module's tests: embedded server on a random port,
 * Spring Boot's own OpenTelemetry starter (HTTP server spans through Micrometer), a service proxied
 * for spanweave, @Transactional and @Async at once. The spans go to the test kit, which stands in
 * for the application's OpenTelemetry bean, as the README shows.
 */
@SpringBootTest(
    classes = {TestApplication.class, KitBackedApplication.Spans.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpringBootAppTest extends KitBackedApplication {

  @Autowired OwnerService owners;
  @Autowired RecordingTransactionManager transactions;

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Test
  void aControllerSpanIsAChildOfTheRequestsServerSpan() throws Exception {
    assertThat(get("/owners/1")).contains("George");

    List<SpanData> ended = spans.awaitAllEnded();
    SpanData server =
        ended.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
    SpanData controller = spans.span("OwnerController.show");
    assertThat(controller)
        .hasParent(server)
        .hasAttribute(longKey("app.owner_id"), 1L);
    assertThat(spans.span("owners.find")).hasParent(controller);
    // one root (the server span), no spans for @InitBinder / @ModelAttribute callbacks
    assertThat(ended).extracting(SpanData::getName)
        .containsExactlyInAnyOrder(server.getName(), "OwnerController.show", "owners.find");
  }

  @Test
  void aNotTracedMethodOfATracedControllerHasNoSpan() throws Exception {
    assertThat(get("/health")).isEqualTo("ok");

    assertThat(spans.awaitAllEnded()).extracting(SpanData::getKind).containsExactly(SpanKind.SERVER);
  }

  @Test
  void theSpanEnclosesTheTransaction() {
    transactions.currentAtBegin.clear();

    owners.find(7);

    SpanData find = spans.span("owners.find");
    assertThat(transactions.currentAtBegin).singleElement()
        .satisfies(current -> assertThat(current.getSpanId()).isEqualTo(find.getSpanId()));
  }

  @Test
  void anExceptionIsRecordedAndRethrownUnchanged() {
    assertThatThrownBy(() -> owners.find(-1))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("no owner -1");

    assertThat(spans.span("owners.find"))
        .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.error())
        .hasAttribute(stringKey("error.type"), IllegalArgumentException.class.getName());
  }

  @Test
  void tracedSpanAndWithSpanOnOneMethodGiveOneSpan() {
    owners.both("x");
    owners.withSpanOnly(3);

    assertThat(spans.spans()).extracting(SpanData::getName)
        .containsExactly("OwnerService.both", "OwnerService.withSpanOnly");
    assertThat(spans.span("OwnerService.withSpanOnly")).hasAttribute(longKey("app.n"), 3L);
  }

  @Test
  void anAsyncMethodsSpanCoversTheAsynchronousWork() throws Exception {
    assertThat(AopUtils.isCglibProxy(owners)).isTrue();

    CompletableFuture<String> refreshed = owners.refresh(5);
    assertThat(spans.spans()).isEmpty(); // still running on the executor
    owners.letRefreshFinish();

    assertThat(refreshed.get(5, TimeUnit.SECONDS)).isEqualTo("refreshed 5");
    SpanData span = spans.awaitSpan("owners.refresh");
    assertThat(span)
        .hasAttribute(longKey("app.owner_id"), 5L)
        .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.unset());
    assertThat(span.getAttributes().get(stringKey("app.refreshed_on"))).isNotEqualTo("main");
  }

  @Test
  void untracedMethodsOfAProxiedBeanHaveNoSpan() {
    assertThat(owners.untraced()).isEqualTo("plain");

    assertThat(spans.spans()).isEmpty();
  }
}
