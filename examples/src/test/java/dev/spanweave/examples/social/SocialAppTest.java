package dev.spanweave.examples.social;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SocialAppTest {

  @RegisterExtension
  static final SpanweaveExtension spans = SpanweaveExtension.create();

  private final SocialApp app = new SocialApp(new ActivityStore());

  @Test
  void notificationsKeepTheUserNameSetAfterTheResultsWereComputed() {
    app.homePage("u-1");

    SpanData request = spans.span("GET /api/home");
    assertThat(request).hasKind(SpanKind.SERVER).hasAttribute(stringKey("app.user_id"), "u-1");
    spans.assertSpan("home-activities-mock-data").hasParent(request)
        .hasAttribute(longKey("app.result_length"), 3L);
    spans.assertSpan("home-notifications-mock-data")
        .hasParent(spans.span("SocialApp.notificationsOrEmpty"))
        .hasAttribute(stringKey("app.user_name"), "ada")
        .hasAttribute(longKey("app.result_length"), 2L);
    assertThat(spans.span("home-notifications-mock-data").getAttributes()
        .get(stringKey("app.now"))).isNotBlank();
  }

  @Test
  void aFailingStoreMarksOnlyTheNotificationsSpan() {
    assertThat(app.homePage("u-2").notifications()).isEmpty();

    spans.assertSpan("home-notifications-mock-data")
        .hasStatusSatisfying(s -> s.hasCode(StatusCode.ERROR));
    spans.assertSpan("GET /api/home").hasStatusSatisfying(s -> s.hasCode(StatusCode.UNSET));
  }

  @Test
  void anUnknownUserIsAnExpectedOutcomeNotAnError() {
    assertThat(catchThrowable(() -> app.homePage("u-404")))
        .isInstanceOf(UnknownUserException.class);

    spans.assertSpan("GET /api/home").hasStatusSatisfying(s -> s.hasCode(StatusCode.UNSET))
        .hasEventsSatisfyingExactly(event -> event.hasName("exception"));
  }

  @Test
  void anAsyncSpanCoversTheWorkAndParentsTheSpansOfItsTasks() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      FeedPrefetcher prefetcher =
          new FeedPrefetcher(new HomeActivitiesService(new ActivityStore()), pool);

      assertThat(prefetcher.prefetch("u-1").get()).hasSize(3);

      SpanData prefetch = spans.awaitSpan("prefetch-home-feed");
      SpanData work = spans.span("home-activities-mock-data");
      assertThat(prefetch).hasAttribute(longKey("app.result_length"), 3L);
      assertThat(work).hasParent(prefetch);
      assertThat(prefetch.getEndEpochNanos()).isGreaterThanOrEqualTo(work.getEndEpochNanos());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theTreeShowsNamesAttributesAndStatus() {
    app.homePage("u-2");

    String tree = SpanTree.render(spans.spans());
    assertThat(tree).contains("└─ GET /api/home  [SERVER, ")
        .contains("├─ home-activities-mock-data  [INTERNAL, ")
        .contains("home-notifications-mock-data  [INTERNAL, ")
        .contains("ERROR]")
        .contains("app.result_length = 3")
        .contains("event exception: java.lang.IllegalStateException notification store timed out");
  }
}
