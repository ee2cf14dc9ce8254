package dev.spanweave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the system properties and environment variables read at startup are understood. */
class StartupSwitchesTest {

  @Test
  void codeAttributesAreOnOnlyForTrueAndThePropertyWinsOverTheEnvironment() {
    assertThat(TracerHolder.codeAttributesConfigured(null, null)).isFalse();
    assertThat(TracerHolder.codeAttributesConfigured(null, " TRUE ")).isTrue();
    assertThat(TracerHolder.codeAttributesConfigured("false", "true")).isFalse();
    assertThat(TracerHolder.codeAttributesConfigured("true", "false")).isTrue();
    assertThat(TracerHolder.codeAttributesConfigured("yes", null)).isFalse();
  }

  @Test
  void spanweaveIsSwitchedOffOnlyByFalseAndThePropertyWinsOverTheEnvironment() {
    assertThat(TracerHolder.enabledConfigured(null, null)).isTrue();
    assertThat(TracerHolder.enabledConfigured(null, " False ")).isFalse();
    assertThat(TracerHolder.enabledConfigured("true", "false")).isTrue();
    assertThat(TracerHolder.enabledConfigured("false", "true")).isFalse();
    assertThat(TracerHolder.enabledConfigured("off", null)).isTrue();
  }

  @Test
  void thisJvmRunsWithSpanweaveOn() {
    assertThat(TracerHolder.ENABLED).isTrue();
  }
}
