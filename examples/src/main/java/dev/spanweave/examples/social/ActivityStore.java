package dev.spanweave.examples.social;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Mock data standing in for a database, with a little latency so that durations show. */
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
    pause(8);
    Instant now = Instant.now();
    return List.of(
        new Activity("a-1", name, "post", "shipped spanweave 0.1", now.minus(Duration.ofHours(2))),
        new Activity("a-2", name, "like", "liked a post about AspectJ", now.minus(Duration.ofHours(1))),
        new Activity("a-3", name, "follow", "followed @otel", now.minusSeconds(60)));
  }

  public List<Activity> notifications(String userId) {
    String name = userName(userId);
    pause(5);
    if (userId.equals("u-2")) {
      throw new IllegalStateException("notification store timed out");
    }
    Instant now = Instant.now();
    return List.of(
        new Activity("n-1", name, "mention", "you were mentioned", now.minusSeconds(30)),
        new Activity("n-2", name, "reply", "someone replied to you", now.minusSeconds(5)));
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
