package dev.spanweave.load;

import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * The traffic both simulations send: the social app's two endpoints, its failing path (an unknown
 * user: the traced methods throw, the client gets a 404) and a path nothing maps (a plain 404).
 * A response with any other status than the one named here counts as an error.
 */
final class SocialTraffic {

  private SocialTraffic() {}

  static String baseUrl() {
    return System.getProperty("load.baseUrl", "http://127.0.0.1:8080");
  }

  static Duration duration(String property, String fallback) {
    return LoadSettings.duration(System.getProperty(property, fallback));
  }

  /** One connection pool for all virtual users, as a fleet of clients behind a load balancer would keep. */
  static HttpProtocolBuilder protocol() {
    return protocol(baseUrl());
  }

  static HttpProtocolBuilder protocol(String baseUrl) {
    return http.baseUrl(baseUrl).shareConnections().acceptHeader("application/json");
  }

  /** One request, chosen at random: 40% home feed, 40% notifications, 10% failing, 10% 404. */
  static ScenarioBuilder oneRequest(String name) {
    return oneRequest(name, "");
  }

  /** As {@link #oneRequest(String)}, its requests named with {@code prefix} before the kind. */
  static ScenarioBuilder oneRequest(String name, String prefix) {
    // tag::traffic[]
    return scenario(name).exec(randomSwitch().on(
        percent(40.0).then(http(prefix + "home").get("/api/home/u-1").check(status().is(200))),
        percent(40.0).then(http(prefix + "notifications").get("/api/notifications/u-2")
            .check(status().is(200))),
        percent(10.0).then(
            http(prefix + "failing").get("/api/home/nobody").check(status().is(404))),
        percent(10.0).then(
            http(prefix + "not found").get("/api/nothing-here").check(status().is(404)))));
    // end::traffic[]
  }
}
