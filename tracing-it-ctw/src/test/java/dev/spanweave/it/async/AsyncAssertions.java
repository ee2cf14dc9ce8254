package dev.spanweave.it.async;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.trace.data.SpanData;

/** Checks shared by the asynchronous tests. */
final class AsyncAssertions {

  private AsyncAssertions() {}

  /** {@code child} is a child of {@code parent} in its trace, and the parent ended no earlier. */
  static void assertChildWithin(SpanData child, SpanData parent) {
    assertThat(child.getTraceId()).isEqualTo(parent.getTraceId());
    assertThat(child.getParentSpanId()).isEqualTo(parent.getSpanId());
    assertThat(parent.getEndEpochNanos()).isGreaterThanOrEqualTo(child.getEndEpochNanos());
  }
}
