package dev.spanweave.test;

import io.opentelemetry.sdk.common.Clock;

/**
 * The clock of the one test SDK: the system clock, or a test's own clock while that test runs
 * (the SDK takes its clock once, when it is built).
 */
final class SwitchableClock implements Clock {

  private volatile Clock target = Clock.getDefault();

  void use(Clock clock) {
    target = clock;
  }

  void useSystemClock() {
    target = Clock.getDefault();
  }

  boolean isSystemClock() {
    return target == Clock.getDefault();
  }

  @Override
  public long now() {
    return target.now();
  }

  @Override
  public long now(boolean highPrecision) {
    return target.now(highPrecision);
  }

  @Override
  public long nanoTime() {
    return target.nanoTime();
  }
}
