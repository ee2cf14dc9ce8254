package dev.spanweave.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Two services at saturation at once: {@code load.users} virtual users each, sending back to back
 * to {@code load.baseUrl.a} and to {@code load.baseUrl.b} for {@code load.duration}, their
 * requests named {@code a:…} and {@code b:…}. Whatever slows the machine during the phase slows
 * both alike, so the ratio of their CPU time per request is what the run compares.
 */
public class SideBySideSimulation extends Simulation {

  /** The prefix of the requests sent to {@code load.baseUrl.a}, then {@code load.baseUrl.b}. */
  static final String A = "a:";
  static final String B = "b:";

  {
    int users = Integer.getInteger("load.users", 16);
    Duration duration = SocialTraffic.duration("load.duration", "30s");
    setUp(
        SocialTraffic.oneRequest("side a", A)
            .injectClosed(constantConcurrentUsers(users).during(duration))
            .protocols(SocialTraffic.protocol(System.getProperty("load.baseUrl.a"))),
        SocialTraffic.oneRequest("side b", B)
            .injectClosed(constantConcurrentUsers(users).during(duration))
            .protocols(SocialTraffic.protocol(System.getProperty("load.baseUrl.b"))));
  }
}
