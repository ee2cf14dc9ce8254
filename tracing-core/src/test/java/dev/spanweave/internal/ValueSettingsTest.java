package dev.spanweave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The length cap's sources and the text that log lines and attributes share. */
class ValueSettingsTest {

  private static final List<String> PROPERTIES = List.of(ValueSettings.MAX_LENGTH_PROPERTY,
      "otel.attribute.value.length.limit", "otel.span.attribute.value.length.limit");

  private final Object saved = ValueSettings.snapshot();

  @AfterEach
  void restore() {
    PROPERTIES.forEach(System::clearProperty);
    ValueSettings.restore(saved);
  }

  @Test
  void theCapIs4096UnlessConfigured() {
    assertThat(ValueSettings.configuredMaxLength()).isEqualTo(4096);
    System.setProperty(ValueSettings.MAX_LENGTH_PROPERTY, "100");
    assertThat(ValueSettings.configuredMaxLength()).isEqualTo(100);
    System.setProperty(ValueSettings.MAX_LENGTH_PROPERTY, "lots");
    assertThat(ValueSettings.configuredMaxLength()).isEqualTo(4096);
  }

  @Test
  void theCapIsNeverAboveTheSdksConfiguredLimit() {
    System.setProperty("otel.attribute.value.length.limit", "300");
    assertThat(ValueSettings.configuredMaxLength()).isEqualTo(300);
    System.setProperty("otel.span.attribute.value.length.limit", "200");
    assertThat(ValueSettings.configuredMaxLength()).isEqualTo(200);
    System.setProperty(ValueSettings.MAX_LENGTH_PROPERTY, "50");
    assertThat(ValueSettings.configuredMaxLength()).isEqualTo(50);
    System.setProperty(ValueSettings.MAX_LENGTH_PROPERTY, "10000");
    assertThat(ValueSettings.configuredMaxLength()).isEqualTo(200);
  }

  @Test
  void valuesAsTextAreBounded() {
    ValueSettings.maxLength(12);

    assertThat(ValueText.of("ada")).isEqualTo("ada");
    assertThat(ValueText.of("0123456789abcdef")).isEqualTo("0123456789ab");
    assertThat(ValueText.of(List.of(1, 2, 3))).isEqualTo("[1, 2, 3]");
    assertThat(ValueText.of(Map.of("k", "v"))).isEqualTo("{k=v}");
    assertThat(ValueText.of(new String[] {"a", null})).isEqualTo("[a, null]");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String emoji = "ab\uD83D\uDE00";
    assertThat(ValueText.cap(emoji, 3)).isEqualTo("ab");
    assertThat(ValueText.cap(emoji, 4)).isEqualTo(emoji);
  }

  @Test
  void aMapThatContainsItselfIsRenderedBounded() {
    Map<String, Object> self = new java.util.HashMap<>();
    self.put("me", self);
    assertThat(ValueText.of(self)).isEqualTo("{me={me={me=...}}}");
  }
}
