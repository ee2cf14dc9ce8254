package dev.spanweave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The observer of a synchronous method whose features only record outcomes. */
class TimedCallTest {

  private record Recorded(String span, long nanos, Throwable error) {}

  private static final class Recorder implements OutcomeRecorder {
    final List<Recorded> calls = new ArrayList<>();
    OutcomeRecorder replacement = this;

    @Override
    public void record(Span span, long nanos, Throwable error, String arguments) {
      calls.add(new Recorded(span.getSpanContext().getSpanId(), nanos, error));
    }

    @Override
    public void replacedBy(OutcomeRecorder replacement) {
      this.replacement = replacement;
    }
  }

  private static final class OtherRecorder implements OutcomeRecorder {
    @Override
    public void record(Span span, long nanos, Throwable error, String arguments) {}
  }

  private final Recorder recorder = new Recorder();
  private final TimedCall observer = new TimedCall("C.m", new OutcomeRecorder[] {recorder});

  @AfterEach
  void noFrameLeft() {
    assertThat(CallFrames.current().depth()).as("frames left on the thread").isZero();
  }

  private static Span span(int id) {
    return Span.wrap(SpanContext.create("0af7651916cd43dd8448eb211c80319c",
        String.format("%016x", id), TraceFlags.getSampled(), TraceState.getDefault()));
  }

  @Test
  void nestedCallsAreTimedInnermostFirstWithTheirOutcome() throws InterruptedException {
    Span outer = span(1);
    Span inner = span(2);
    IllegalStateException boom = new IllegalStateException("boom");

    observer.started(outer, null, null, null, null);
    observer.started(inner, null, null, null, null);
    Thread.sleep(5);
    observer.exited(inner, boom, MethodTrace.STARTED);
    observer.ended(inner, boom);
    observer.exited(outer, null, MethodTrace.STARTED);
    observer.ended(outer, null);

    assertThat(recorder.calls).extracting(Recorded::span)
        .containsExactly(inner.getSpanContext().getSpanId(), outer.getSpanContext().getSpanId());
    assertThat(recorder.calls.get(0).error()).isSameAs(boom);
    assertThat(recorder.calls.get(1).error()).isNull();
    assertThat(recorder.calls.get(0).nanos()).isGreaterThanOrEqualTo(5_000_000L);
    assertThat(recorder.calls.get(1).nanos()).isGreaterThanOrEqualTo(recorder.calls.get(0).nanos());
  }

  @Test
  void anOuterCallsExitDropsTheFramesOfInnerCallsThatNeverExited() {
    Span outer = span(1);
    observer.started(outer, null, null, null, null);
    observer.started(span(2), null, null, null, null);
    observer.started(span(3), null, null, null, null);

    observer.exited(outer, null, MethodTrace.STARTED);

    assertThat(recorder.calls).extracting(Recorded::span)
        .containsExactly(outer.getSpanContext().getSpanId());
  }

  @Test
  void anExitWithoutAStartRecordsNothing() {
    observer.exited(span(7), null, MethodTrace.STARTED);

    assertThat(recorder.calls).isEmpty();
  }

  @Test
  void pastTheDepthLimitCallsRunUntimedAndTheOthersAreTimed() throws Exception {
    int calls = CallFrames.MAX_DEPTH + 10;
    List<Span> spans = new ArrayList<>();
    String log = ObservedCalls.stderrOf(() -> {
      for (int i = 0; i < calls; i++) {
        Span span = span(i + 1);
        spans.add(span);
        observer.started(span, null, null, null, null);
      }
      for (int i = calls - 1; i >= 0; i--) {
        observer.exited(spans.get(i), null, MethodTrace.STARTED);
      }
      return null;
    });

    assertThat(recorder.calls).hasSize(CallFrames.MAX_DEPTH);
    assertThat(ObservedCalls.warnings(log, "more than " + CallFrames.MAX_DEPTH
        + " traced calls in progress on one thread; C.m runs without timing")).isEqualTo(1);
  }

  @Test
  void aStartHeldByTheAdapterTimesNestedCallsWithNothingKeptOnTheThread()
      throws InterruptedException {
    Span outer = span(1);
    Span inner = span(2);
    IllegalStateException boom = new IllegalStateException("boom");

    long outerBegan = observer.began(outer, null, null, null, null);
    long innerBegan = observer.began(inner, null, null, null, null);
    assertThat(CallFrames.current().depth()).as("frames kept on the thread").isZero();
    Thread.sleep(5);
    observer.exited(inner, boom, innerBegan);
    observer.ended(inner, boom);
    observer.exited(outer, null, outerBegan);
    observer.ended(outer, null);

    assertThat(recorder.calls).extracting(Recorded::span)
        .containsExactly(inner.getSpanContext().getSpanId(), outer.getSpanContext().getSpanId());
    assertThat(recorder.calls.get(0).error()).isSameAs(boom);
    assertThat(recorder.calls.get(0).nanos()).isGreaterThanOrEqualTo(5_000_000L);
    assertThat(recorder.calls.get(1).nanos()).isGreaterThanOrEqualTo(recorder.calls.get(0).nanos());
  }

  @Test
  void anExitWithNoStartHeldRecordsNothing() {
    observer.exited(span(7), null, MethodTrace.NO_START);

    assertThat(recorder.calls).isEmpty();
  }

  @Test
  void callsOfBothProtocolsNestedInEachOtherAreEachTimed() {
    Span old = span(1);
    Span held = span(2);

    observer.started(old, null, null, null, null);
    long began = observer.began(held, null, null, null, null);
    observer.exited(held, null, began);
    observer.exited(old, null, MethodTrace.STARTED);

    assertThat(recorder.calls).extracting(Recorded::span)
        .containsExactly(held.getSpanContext().getSpanId(), old.getSpanContext().getSpanId());
  }

  @Test
  void aChangeOfSettingHandsEachRecorderItsSuccessorOfTheSameKind() {
    Recorder next = new Recorder();

    observer.replacedBy(new TimedCall("C.m", new OutcomeRecorder[] {new OtherRecorder(), next}));
    assertThat(recorder.replacement).isSameAs(next);

    observer.replacedBy(CallObserver.NONE);
    assertThat(recorder.replacement).isNull();
  }
}
