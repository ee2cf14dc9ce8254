package dev.spanweave.load.app;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP endpoints of examples-spring's social app. An unknown user is the failing path: the
 * traced methods throw, the client gets a 404. A path mapped by nothing is the plain 404.
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

  // the variable is named: the woven copy of this class need not keep javac's -parameters
  @GetMapping("/api/home/{userId}")
  public List<Activity> home(@PathVariable("userId") @SpanAttribute("app.user_id") String userId) {
    return home.run(userId);
  }

  @GetMapping("/api/notifications/{userId}")
  public List<Activity> notifications(
      @PathVariable("userId") @SpanAttribute("app.user_id") String userId) {
    return notifications.run(userId);
  }
}
