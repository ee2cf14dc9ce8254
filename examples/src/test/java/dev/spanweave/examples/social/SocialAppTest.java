package dev.spanweave.examples.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.spanweave.test.SpanweaveExtension;
import dev.spanweave.test.tree.TreeMatch;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SocialAppTest {

  @RegisterExtension
  static final SpanweaveExtension spans = SpanweaveExtension.create();

  private final SocialApp app = new SocialApp(new ActivityStore());

  // tag::social-tree[]
  @Test
  void notificationsKeepTheUserNameSetAfterTheResultsWereComputed() {
    app.homePage("u-1");

    spans.assertTrace("""
        GET /api/home  [SERVER]
           app.user_id = u-1
        ├─ home-activities-mock-data
        │     app.result_length = 3
        └─ SocialApp.notificationsOrEmpty
           └─ home-notifications-mock-data
                 app.user_name = ada
                 app.result_length = 2
                 app.now = *
        """);
  }

  @Test
  void aFailingStoreMarksOnlyTheNotificationsSpan() {
    assertThat(app.homePage("u-2").notifications()).isEmpty();

    spans.assertTrace("""
        GET /api/home  [SERVER, UNSET]
        ├─ home-activities-mock-data  [UNSET]
        └─ SocialApp.notificationsOrEmpty  [UNSET]
           └─ home-notifications-mock-data  [ERROR]
                 error.type = java.lang.IllegalStateException
                 event exception: java.lang.IllegalStateException
        """);
  }
  // end::social-tree[]

  // tag::exact[]
  @Test
  void anUnknownUserIsAnExpectedOutcomeNotAnError() {
    assertThat(catchThrowable(() -> app.homePage("u-404")))
        .isInstanceOf(UnknownUserException.class);

    spans.assertTrace("""
        GET /api/home  [SERVER]
           app.user_id = u-404
           event exception: dev.spanweave.examples.social.UnknownUserException
        """, TreeMatch.EXACT); // no other span, attribute or event, and status UNSET
  }
  // end::exact[]

  @Test
  void anAsyncSpanCoversTheWorkAndParentsTheSpansOfItsTasks() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      FeedPrefetcher prefetcher =
          new FeedPrefetcher(new HomeActivitiesService(new ActivityStore()), pool);

      assertThat(prefetcher.prefetch("u-1").get()).hasSize(3);

      spans.assertTrace("""
          prefetch-home-feed
             app.result_length = 3
          └─ home-activities-mock-data
          """);
      // what a tree does not show: the async span ends after the work it covers
      SpanData prefetch = spans.span("prefetch-home-feed");
      assertThat(prefetch.getEndEpochNanos())
          .isGreaterThanOrEqualTo(spans.span("home-activities-mock-data").getEndEpochNanos());
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
