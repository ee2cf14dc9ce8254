package dev.spanweave.examples.social;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.Span;
import java.time.Instant;
import java.util.List;

/** A user's notifications. */
public class NotificationsService {

  private final ActivityStore store;

  public NotificationsService(ActivityStore store) {
    this.store = store;
  }

  // tag::run[]
  @TracedSpan(value = "home-notifications-mock-data", resultSizeAttribute = "app.result_length")
  public List<Activity> run(@SpanAttribute("app.user_id") String userId) {
    Span.current().setAttribute("app.now", Instant.now().toString());
    List<Activity> results = store.notifications(userId);
    // Written after the results on purpose: with a hand-scoped span this line ran after the
    // span had ended and app.user_name silently vanished. Here the span is open until return.
    Span.current().setAttribute("app.user_name", results.get(0).userName());
    return results;
  }
  // end::run[]
}
