package dev.spanweave.examples.spring;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP endpoints. Every public method gets a span (type-level {@code @TracedSpan}), a child of
 * the request's HTTP server span.
 */
@RestController
@TracedSpan
public class SocialController {

  private final HomeActivitiesService home;
  private final NotificationsService notifications;

  public SocialController(HomeActivitiesService home, NotificationsService notifications) {
    this.home = home;
    this.notifications = notifications;
  }

  @GetMapping("/api/home/{userId}")
  public List<Activity> home(@PathVariable @SpanAttribute("app.user_id") String userId) {
    return home.run(userId);
  }

  @GetMapping("/api/notifications/{userId}")
  public List<Activity> notifications(@PathVariable @SpanAttribute("app.user_id") String userId) {
    return notifications.run(userId);
  }
}
