package dev.spanweave.internal.exceptions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExceptionEventsTest {

  @Test
  void onceIsOnOnlyForTrueAndThePropertyWinsOverTheEnvironment() {
    assertThat(ExceptionEvents.configured(null, null)).isFalse();
    assertThat(ExceptionEvents.configured(null, " TRUE ")).isTrue();
    assertThat(ExceptionEvents.configured("false", "true")).isFalse();
    assertThat(ExceptionEvents.configured("true", "false")).isTrue();
    assertThat(ExceptionEvents.configured("yes", null)).isFalse();
  }
}
