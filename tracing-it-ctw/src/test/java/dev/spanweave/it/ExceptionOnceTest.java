package dev.spanweave.it;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.spanweave.Spanweave;
import dev.spanweave.annotations.TracedSpan;
import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExceptionOnceTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();
  private final SpanRecorder recorder = new SpanRecorder(spans);
  private final Layers layers = new Layers();

  @Test
  void byDefaultEverySpanTheExceptionEscapesRecordsIt() {
    Throwable thrown = catchThrowable(layers::controller);

    for (String name : new String[] {"Layers.controller", "Layers.service", "Layers.repository"}) {
      assertThat(recorder.named(name)).hasException(thrown)
          .hasStatusSatisfying(s -> s.hasCode(StatusCode.ERROR).hasDescription(""));
    }
  }

  @Test
  void onceTheFirstSpanRecordsItAndItsCallersAreDescribedByTheMessage() {
    Spanweave.recordExceptionOnce(true);

    Throwable thrown = catchThrowable(layers::controller);

    assertThat(thrown).isExactlyInstanceOf(IllegalStateException.class).hasMessage("row locked");
    assertThat(recorder.named("Layers.repository")).hasException(thrown)
        .hasStatusSatisfying(s -> s.hasCode(StatusCode.ERROR).hasDescription("row locked"))
        .hasAttribute(stringKey("error.type"), "java.lang.IllegalStateException");
    for (String name : new String[] {"Layers.controller", "Layers.service"}) {
      SpanData span = recorder.named(name);
      assertThat(span.getEvents()).as(name).isEmpty();
      assertThat(span).hasStatusSatisfying(s -> s.hasCode(StatusCode.ERROR)
              .hasDescription("row locked"))
          .hasAttribute(stringKey("error.type"), "java.lang.IllegalStateException");
    }
  }

  @Test
  void anExceptionWrappedOnItsWayUpIsANewOneAndIsRecordedToo() {
    Spanweave.recordExceptionOnce(true);

    Throwable thrown = catchThrowable(layers::wrappingController);

    assertThat(recorder.named("Layers.wrappingController")).hasException(thrown);
    assertThat(recorder.named("Layers.repository")).hasException(thrown.getCause());
    assertThat(recorder.named("Layers.service").getEvents()).isEmpty();
  }

  @Test
  void siblingsFailedByOnePrebuiltInstanceEachRecordIt() {
    Spanweave.recordExceptionOnce(true);

    Throwable thrown = catchThrowable(layers::twoTries);

    assertThat(thrown).isSameAs(Layers.PREBUILT);
    assertThat(recorder.spans()).filteredOn(s -> s.getName().equals("Layers.prebuilt"))
        .hasSize(2).allSatisfy(s -> assertThat(s).hasException(Layers.PREBUILT));
    assertThat(recorder.named("Layers.twoTries").getEvents()).isEmpty();
  }

  @Test
  void anExpectedExceptionIsRecordedBelowAndFailsItsCallerWithoutASecondEvent() {
    Spanweave.recordExceptionOnce(true);

    Throwable thrown = catchThrowable(layers::lookingUp);

    SpanData lookup = recorder.named("Layers.lookup");
    assertThat(lookup).hasException(thrown)
        .hasStatusSatisfying(s -> s.hasCode(StatusCode.UNSET));
    SpanData caller = recorder.named("Layers.lookingUp");
    assertThat(caller.getEvents()).isEmpty();
    assertThat(caller).hasStatusSatisfying(s -> s.hasCode(StatusCode.ERROR)
        .hasDescription("no order 7"));
  }

  @Test
  void aMessageThatCannotBeReadLeavesTheStatusWithoutDescription() {
    Spanweave.recordExceptionOnce(true);

    catchThrowable(layers::hostile);

    assertThat(recorder.named("Layers.hostile"))
        .hasStatusSatisfying(s -> s.hasCode(StatusCode.ERROR).hasDescription(""))
        .hasAttribute(stringKey("error.type"), Layers.Unreadable.class.getName());
  }

  @Test
  void theSettingCanBeSwitchedOffAgain() {
    Spanweave.recordExceptionOnce(true);
    Spanweave.recordExceptionOnce(false);

    Throwable thrown = catchThrowable(layers::controller);

    assertThat(recorder.named("Layers.controller")).hasException(thrown);
  }

  static class Layers {
    static final IllegalArgumentException PREBUILT = new IllegalArgumentException("prebuilt");

    @TracedSpan
    void controller() {
      service();
    }

    @TracedSpan
    void wrappingController() {
      try {
        service();
      } catch (IllegalStateException e) {
        throw new IllegalArgumentException("could not save", e);
      }
    }

    @TracedSpan
    void service() {
      untracedHelper();
    }

    private void untracedHelper() {
      repository();
    }

    @TracedSpan
    void repository() {
      throw new IllegalStateException("row locked");
    }

    @TracedSpan
    void twoTries() {
      try {
        prebuilt();
      } catch (IllegalArgumentException first) {
        prebuilt();
      }
    }

    @TracedSpan
    void prebuilt() {
      throw PREBUILT;
    }

    @TracedSpan
    void lookingUp() {
      lookup(7);
    }

    @TracedSpan(expectedExceptions = NoSuchElementException.class)
    void lookup(int id) {
      throw new NoSuchElementException("no order " + id);
    }

    @TracedSpan
    void hostile() {
      throw new Unreadable();
    }

    static final class Unreadable extends RuntimeException {
      @Override
      public String getMessage() {
        throw new IllegalStateException("no message today");
      }
    }
  }
}
