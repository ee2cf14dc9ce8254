package dev.spanweave.it.logs.logback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import dev.spanweave.Spanweave;
import dev.spanweave.it.logs.Features;
import dev.spanweave.it.logs.Shop;
import dev.spanweave.test.SpanweaveExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * micrometer-core is optional: this execution runs without it on the class path, so a Micrometer
 * class needed by any feature but timers would fail here with NoClassDefFoundError.
 */
class NoMicrometerTest {

  @RegisterExtension
  static final SpanweaveExtension spans = SpanweaveExtension.create();

  @AfterEach
  void reset() {
    Features.allOff();
  }

  @Test
  void everyOtherFeatureWorksWithoutMicrometer() {
    assertThatThrownBy(() -> Class.forName("io.micrometer.core.instrument.MeterRegistry"))
        .as("this execution has no Micrometer").isInstanceOf(ClassNotFoundException.class);
    Captured lines = Captured.from("dev.spanweave.spans", Level.DEBUG);
    try {
      Spanweave.correlateLogs(true);
      Spanweave.logSpans(true);

      assertThat(new Shop().order("tea")).isEqualTo("ordered tea");

      assertThat(lines.lines).hasSize(1);
      assertThat(spans.spans()).hasSize(1);
    } finally {
      lines.detach();
    }
  }
}
