package dev.spanweave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanLogLineTest {

  @Test
  void durationsAreMillisecondsWithMicrosecondPrecision() {
    assertThat(SpanLogLine.millis(12_345_678L)).isEqualTo("12.345");
    assertThat(SpanLogLine.millis(5_000L)).isEqualTo("0.005");
    assertThat(SpanLogLine.millis(0L)).isEqualTo("0.000");
    assertThat(SpanLogLine.millis(3_000_000_000L)).isEqualTo("3000.000");
    assertThat(SpanLogLine.millis(Long.MAX_VALUE)).isEqualTo("none");
  }

  @Test
  void loggedArgumentsAreOneQuotedLogfmtValue() {
    assertThat(SpanLogLine.logfmt(null)).isEmpty();
    assertThat(SpanLogLine.logfmt("user=ada note=say \"hi\"\\"))
        .isEqualTo(" args=\"user=ada note=say \\\"hi\\\"\\\\\"");
  }
}
