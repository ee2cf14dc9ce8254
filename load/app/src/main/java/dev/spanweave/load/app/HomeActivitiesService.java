package dev.spanweave.load.app;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.Span;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** The "home" activities: what the people a user follows have been doing. */
@Service
public class HomeActivitiesService {

  private final ActivityStore store;

  public HomeActivitiesService(ActivityStore store) {
    this.store = store;
  }

  @TracedSpan("home-activities-mock-data")
  public List<Activity> run(@SpanAttribute("app.user_id") String userId) {
    Span.current().setAttribute("app.now", Instant.now().toString());
    List<Activity> activities = store.homeFeed(userId);
    Span.current().setAttribute("app.result_length", activities.size());
    return activities;
  }
}
