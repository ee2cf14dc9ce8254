package dev.spanweave.examples.backends;

import dev.spanweave.examples.social.ActivityStore;
import dev.spanweave.examples.social.HomeActivitiesService;

/**
 * An application configured only the {@code OTEL_*} way that forgot OpenTelemetry's global
 * switch: its traced calls run untraced, and spanweave must say why.
 */
public final class NoSwitchMain {

  private NoSwitchMain() {}

  public static void main(String[] args) {
    HomeActivitiesService home = new HomeActivitiesService(new ActivityStore());
    for (int i = 0; i < 3; i++) {
      home.run("u-1");
    }
    System.out.println("done");
  }
}
