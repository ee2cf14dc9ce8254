package dev.spanweave.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;

import io.gatling.javaapi.core.Simulation;

/**
 * Latency at a fixed arrival rate below saturation: {@code load.rate} new requests per second,
 * whatever the service's answer times, for {@code load.duration}.
 */
public class OpenModelSimulation extends Simulation {

  {
    double rate = Double.parseDouble(System.getProperty("load.rate", "300"));
    setUp(SocialTraffic.oneRequest("open model")
        .injectOpen(constantUsersPerSec(rate)
            .during(SocialTraffic.duration("load.duration", "30s"))))
        .protocols(SocialTraffic.protocol());
  }
}
