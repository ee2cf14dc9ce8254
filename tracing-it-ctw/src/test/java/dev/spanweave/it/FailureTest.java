package dev.spanweave.it;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import dev.spanweave.test.SpanweaveExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FailureTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();
  private final SpanRecorder recorder = new SpanRecorder(spans);
  private final Fixtures.Failures fixture = new Fixtures.Failures();

  @Test
  void anExceptionIsRecordedMarkedAsErrorAndRethrownUnchanged() {
    Throwable thrown = catchThrowable(fixture::unchecked);

    assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("bad input");
    SpanData span = recorder.only();
    assertThat(span).hasStatusSatisfying(s -> s.hasCode(StatusCode.ERROR))
        .hasAttribute(stringKey("error.type"), "java.lang.IllegalArgumentException")
        .hasException(thrown);
    assertThat(SpanRecorder.noSpanIsCurrent()).isTrue();
  }

  @Test
  void aCheckedExceptionIsRethrownAsItself() {
    Throwable thrown = catchThrowable(fixture::checked);

    assertThat(thrown).isExactlyInstanceOf(IOException.class).hasMessage("disk on fire");
    assertThat(recorder.only()).hasException(thrown)
        .hasAttribute(stringKey("error.type"), "java.io.IOException");
  }

  @Test
  void anExpectedExceptionIsRecordedWithoutMarkingTheSpanAsError() {
    Throwable thrown = catchThrowable(() -> fixture.lookup("k"));

    assertThat(thrown).isExactlyInstanceOf(NoSuchElementException.class);
    SpanData span = recorder.only();
    assertThat(span).hasStatusSatisfying(s -> s.hasCode(StatusCode.UNSET)).hasException(thrown);
    assertThat(span.getAttributes().get(stringKey("error.type"))).isNull();
  }

  @Test
  void anExceptionOutsideTheExpectedListIsStillAnError() {
    catchThrowable(fixture::unexpected);

    assertThat(recorder.only()).hasStatusSatisfying(s -> s.hasCode(StatusCode.ERROR))
        .hasAttribute(stringKey("error.type"), "java.lang.IllegalStateException");
  }

  @Test
  void wrapperExceptionsAreUnwrappedForRecordingButThrownAsIs() {
    Throwable thrown = catchThrowable(fixture::wrapped);

    assertThat(thrown).isExactlyInstanceOf(CompletionException.class);
    SpanData span = recorder.only();
    assertThat(span).hasAttribute(stringKey("error.type"), "java.io.IOException");
    EventData event = span.getEvents().get(0);
    assertThat(event.getName()).isEqualTo("exception");
    assertThat(event.getAttributes().get(stringKey("exception.type")))
        .isEqualTo("java.io.IOException");
    assertThat(event.getAttributes().get(stringKey("exception.message"))).isEqualTo("remote down");
  }
}
