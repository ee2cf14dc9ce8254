package dev.spanweave.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Strict mode fails the tests it should, with messages that name the span, and only those. */
class StrictModeTest {

  /** The spans of the code under test in the fixtures below, written by hand with the API. */
  static final class HomeNotifications {
    private final Tracer tracer = GlobalOpenTelemetry.getTracer("home");

    /** The motivating bug: the user name is recorded after the span has ended, and is lost. */
    void runWithLostAttribute(String user) {
      // tag::lost-attribute[]
      Span span = tracer.spanBuilder("home-notifications-mock-data").startSpan();
      span.end();
      span.setAttribute("app.user_name", user); // lost
      // end::lost-attribute[]
    }

    void runCorrectly(String user) {
      Span span = tracer.spanBuilder("home-notifications-mock-data").startSpan();
      span.setAttribute("app.user_name", user);
      span.end();
    }

    void failAfterEnd() {
      Span span = tracer.spanBuilder("send-digest").startSpan();
      span.end();
      span.recordException(new IllegalStateException("mail server down"));
      span.setStatus(StatusCode.ERROR);
    }

    Span startAndForget() {
      return tracer.spanBuilder("load-preferences").startSpan();
    }

    @SuppressWarnings("MustBeClosedChecker")
    void leakScope() {
      Span span = tracer.spanBuilder("render-banner").startSpan();
      span.makeCurrent(); // never closed
      span.end();
    }

    void writeLateOnAnotherThread() {
      Span span = tracer.spanBuilder("fetch-avatar").startSpan();
      span.end();
      CompletableFuture.runAsync(() -> span.setAttribute("avatar.size", 42L)).join();
    }
  }

  // ---- strict (the default) ----------------------------------------------------------------

  @Fixture
  static class Strict {
    @RegisterExtension
    static final SpanweaveExtension spans = SpanweaveExtension.create().timeout(Duration.ZERO);

    final HomeNotifications notifications = new HomeNotifications();

    @Test
    void lostAttribute() {
      notifications.runWithLostAttribute("ada");
    }

    @Test
    void correct() {
      notifications.runCorrectly("ada");
      spans.assertSpan("home-notifications-mock-data")
          .hasAttributesSatisfying(a -> assertThat(a.asMap()).hasSize(1));
    }

    @Test
    void exceptionAndStatusAfterEnd() {
      notifications.failAfterEnd();
    }

    @Test
    void neverEnded() {
      notifications.startAndForget();
    }

    @Test
    void leakedScope() {
      notifications.leakScope();
    }

    @Test
    void lateWriteOnAnotherThread() {
      notifications.writeLateOnAnotherThread();
    }
  }

  @Test
  void aWriteToAnEndedSpanFailsTheTestNamingSpanMethodAndCaller() {
    Throwable failure = Fixtures.outcomes(Strict.class).get("lostAttribute");

    assertThat(failure).isInstanceOf(AssertionError.class);
    assertThat(failure.getMessage())
        .contains("1 problem")
        .contains("setAttribute() on span 'home-notifications-mock-data' after it had ended")
        .contains("at " + HomeNotifications.class.getName() + ".runWithLostAttribute(StrictModeTest.java:")
        .contains("lenient()");
    assertThat(failure.getSuppressed()).singleElement()
        .satisfies(where -> assertThat(where.getStackTrace()[0].getMethodName())
            .isEqualTo("runWithLostAttribute"));
  }

  @Test
  void theSameCodeWithoutTheBugPasses() {
    assertThat(Fixtures.outcomes(Strict.class)).containsEntry("correct", null);
  }

  @Test
  void exceptionsAndStatusWrittenAfterTheEndAreReportedEach() {
    Throwable failure = Fixtures.outcomes(Strict.class).get("exceptionAndStatusAfterEnd");

    assertThat(failure).hasMessageContaining("2 problems")
        .hasMessageContaining("recordException() on span 'send-digest' after it had ended")
        .hasMessageContaining("setStatus() on span 'send-digest' after it had ended");
  }

  @Test
  void aSpanThatNeverEndsFailsTheTest() {
    Throwable failure = Fixtures.outcomes(Strict.class).get("neverEnded");

    assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessageContaining("span 'load-preferences' was started during the test but never ended");
  }

  @Test
  void aLeakedScopeFailsTheTest() {
    Throwable failure = Fixtures.outcomes(Strict.class).get("leakedScope");

    assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 problem")
        .hasMessageContaining("left a Context current on its thread (its span is 'render-banner')");
  }

  @Test
  void aWriteFromAnotherThreadIsCaughtToo() {
    Throwable failure = Fixtures.outcomes(Strict.class).get("lateWriteOnAnotherThread");

    assertThat(failure).hasMessageContaining("setAttribute() on span 'fetch-avatar' after it had ended")
        .hasMessageContaining("at " + HomeNotifications.class.getName() + ".lambda$")
        .hasMessageNotContaining("on thread '" + Thread.currentThread().getName() + "'");
  }

  @Fixture
  static class StrictWithTheDefaultTimeout {
    @RegisterExtension
    static final SpanweaveExtension spans = SpanweaveExtension.create();

    @Test
    void aSpanEndsOnAnotherThreadAfterTheTestMethodReturned() {
      Span span = GlobalOpenTelemetry.getTracer("test").spanBuilder("late-end").startSpan();
      Thread testThread = Thread.currentThread();
      Thread ender = new Thread(() -> {
        // end only once the test thread waits in the extension's end-of-test check
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (testThread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < giveUp) {
          Thread.onSpinWait();
        }
        span.end();
      });
      ender.setDaemon(true);
      ender.start();
    }
  }

  @Test
  void spansStillOpenWhenTheTestReturnsAreGivenTheTimeoutToEnd() {
    assertThat(Fixtures.outcomes(StrictWithTheDefaultTimeout.class))
        .containsEntry("aSpanEndsOnAnotherThreadAfterTheTestMethodReturned", null);
  }

  // ---- lenient ----------------------------------------------------------------------------

  @Fixture
  static class Lenient {
    // tag::lenient[]
    @RegisterExtension
    static final SpanweaveExtension spans = SpanweaveExtension.create().lenient();
    // end::lenient[]

    final HomeNotifications notifications = new HomeNotifications();

    @Test
    void lostAttribute() {
      notifications.runWithLostAttribute("ada");
      // the span is captured all the same, without the lost attribute
      spans.assertSpan("home-notifications-mock-data").hasTotalAttributeCount(0);
    }

    @Test
    void neverEnded() {
      notifications.startAndForget();
    }

    @Test
    void leakedScope() {
      notifications.leakScope();
    }

    @Test
    void aLeakedScopeIsClearedBeforeTheNextTest() {
      assertThat(Context.current()).isSameAs(Context.root());
    }
  }

  @Test
  void lenientModeFailsNoneOfThem() {
    Map<String, Throwable> outcomes = Fixtures.outcomes(Lenient.class);

    assertThat(outcomes).hasSize(4).allSatisfy((test, failure) -> assertThat(failure).isNull());
  }

  // ---- the annotation ---------------------------------------------------------------------

  @Fixture
  @SpanweaveTest
  static class AnnotatedStrict {
    @Test
    void lostAttribute(SpanweaveExtension spans) {
      new HomeNotifications().runWithLostAttribute("ada");
      spans.assertSpan("home-notifications-mock-data");
    }
  }

  @Fixture
  @SpanweaveTest(strict = false)
  static class AnnotatedLenient {
    @Test
    void lostAttribute(SpanweaveExtension spans) {
      new HomeNotifications().runWithLostAttribute("ada");
      spans.assertSpan("home-notifications-mock-data");
    }
  }

  @Test
  void theAnnotationIsStrictByDefaultAndCanBeLenient() {
    assertThat(Fixtures.outcomes(AnnotatedStrict.class).get("lostAttribute"))
        .hasMessageContaining("setAttribute() on span 'home-notifications-mock-data'");
    assertThat(Fixtures.outcomes(AnnotatedLenient.class)).containsEntry("lostAttribute", null);
  }

  @Test
  void noContextIsLeftBehindByFailingFixtures() {
    Fixtures.outcomes(Strict.class);

    assertThat(Context.current()).isSameAs(Context.root());
    try (Scope ignored = Span.getInvalid().makeCurrent()) {
      assertThat(Context.current()).isNotSameAs(Context.root());
    }
  }

  // ---- woven code --------------------------------------------------------------------------

  @Fixture
  @SpanweaveTest
  static class WovenLateWrite {
    @Test
    void writesToTheSpanOfAReturnedMethod() {
      Greeter greeter = new Greeter();
      greeter.remember();
      greeter.remembered.setAttribute("app.user_name", "ada");
    }
  }

  @Test
  void aWriteToTheEndedSpanOfAWovenMethodFailsNamingIt() {
    assertThat(Fixtures.outcomes(WovenLateWrite.class).get("writesToTheSpanOfAReturnedMethod"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("setAttribute() on span 'Greeter.remember' after it had ended")
        .hasMessageContaining(".writesToTheSpanOfAReturnedMethod(StrictModeTest.java:");
  }
}
