package dev.spanweave.load.app;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.Span;
import java.util.List;
import org.springframework.stereotype.Service;

/** A user's notifications. */
@Service
public class NotificationsService {

  private final ActivityStore store;

  public NotificationsService(ActivityStore store) {
    this.store = store;
  }

  @TracedSpan(value = "home-notifications-mock-data", resultSizeAttribute = "app.result_length")
  public List<Activity> run(@SpanAttribute("app.user_id") String userId) {
    List<Activity> results = store.notifications(userId);
    // after the results: the span is open until the method returns, so this is not lost
    Span.current().setAttribute("app.user_name", results.get(0).userName());
    return results;
  }
}
