package dev.spanweave.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;

import io.gatling.javaapi.core.Simulation;

/**
 * Throughput at saturation: {@code load.users} virtual users, each sending its next request as soon
 * as the last one answered, for {@code load.duration}.
 */
public class ClosedModelSimulation extends Simulation {

  {
    int users = Integer.getInteger("load.users", 16);
    setUp(SocialTraffic.oneRequest("closed model")
        .injectClosed(constantConcurrentUsers(users)
            .during(SocialTraffic.duration("load.duration", "30s"))))
        .protocols(SocialTraffic.protocol());
  }
}
