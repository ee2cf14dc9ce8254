package dev.spanweave.examples.social;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.SpanKind;
import java.util.List;

/** The request handler: one server span per request, the services' spans below it. */
public class SocialApp {

  private final ActivityStore store;
  private final HomeActivitiesService home;
  private final NotificationsService notifications;

  public SocialApp(ActivityStore store) {
    this.store = store;
    this.home = new HomeActivitiesService(store);
    this.notifications = new NotificationsService(store);
  }

  @TracedSpan(value = "GET /api/home", kind = SpanKind.SERVER,
      expectedExceptions = UnknownUserException.class)
  public HomePage homePage(@SpanAttribute("app.user_id") String userId) {
    String userName = store.userName(userId);
    List<Activity> feed = home.run(userId);
    return new HomePage(userName, feed, notificationsOrEmpty(userId));
  }

  @TracedSpan
  private List<Activity> notificationsOrEmpty(String userId) {
    try {
      return notifications.run(userId);
    } catch (IllegalStateException unavailable) {
      return List.of();
    }
  }
}
