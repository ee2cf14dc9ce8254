package dev.spanweave.spring.app;

import dev.spanweave.annotations.TracedSpan;

/** A traced bean whose call fails because the traced {@link SettingsProbe} it calls fails. */
public class FailingCaller {

  private final SettingsProbe probe;

  public FailingCaller(SettingsProbe probe) {
    this.probe = probe;
  }

  @TracedSpan("call-failing")
  public void call() {
    probe.fail("row locked");
  }
}
