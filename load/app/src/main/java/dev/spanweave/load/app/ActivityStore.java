package dev.spanweave.load.app;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/** Mock data standing in for a database (a copy of examples-spring's). */
@Repository
public class ActivityStore {

  private static final Map<String, String> USERS = Map.of("u-1", "ada", "u-2", "grace");

  public String userName(String userId) {
    String name = USERS.get(userId);
    if (name == null) {
      throw new UnknownUserException(userId);
    }
    return name;
  }

  public List<Activity> homeFeed(String userId) {
    String name = userName(userId);
    Instant now = Instant.now();
    return List.of(
        new Activity("a-1", name, "post", "shipped spanweave 0.1", now.minus(Duration.ofHours(2))),
        new Activity("a-2", name, "like", "liked a post about AspectJ", now.minusSeconds(3600)),
        new Activity("a-3", name, "follow", "followed @otel", now.minusSeconds(60)));
  }

  public List<Activity> notifications(String userId) {
    String name = userName(userId);
    Instant now = Instant.now();
    return List.of(
        new Activity("n-1", name, "mention", "you were mentioned", now.minusSeconds(30)),
        new Activity("n-2", name, "reply", "someone replied to you", now.minusSeconds(5)));
  }
}
