package dev.spanweave.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spanweave.test.tree.TreeMatch;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

/** Tree assertions pass on the tree drawn and fail, with a diff, on any difference. */
class TreeAssertionTest {

  /** The social app's home page request, written by hand with the API. */
  static final class HomePage {
    private final Tracer tracer = GlobalOpenTelemetry.getTracer("home");

    void get(String user) {
      Span server = tracer.spanBuilder("GET /api/home").setSpanKind(SpanKind.SERVER).startSpan();
      try (Scope ignored = server.makeCurrent()) {
        server.setAttribute("app.user_id", user);
        Span activities = tracer.spanBuilder("home-activities-mock-data").startSpan();
        activities.setAttribute("app.user_id", user);
        activities.setAttribute("app.result_length", 3L);
        activities.setAttribute("app.score", 2.5);
        activities.setAttribute("app.cached", true);
        activities.setAttribute(AttributeKey.stringArrayKey("app.tags"), List.of("a", "b"));
        activities.setAttribute(AttributeKey.longArrayKey("app.ids"), List.of(1L, 2L));
        activities.end();
        Span wrapper = tracer.spanBuilder("SocialApp.notificationsOrEmpty").startSpan();
        try (Scope inner = wrapper.makeCurrent()) {
          Span notifications = tracer.spanBuilder("home-notifications-mock-data").startSpan();
          notifications.recordException(new IllegalStateException("store timed out"));
          notifications.setStatus(StatusCode.ERROR);
          notifications.end();
        } finally {
          wrapper.end();
        }
      } finally {
        server.end();
      }
    }

    /** A parent with two children and nothing else. */
    void fanOut() {
      Span parent = tracer.spanBuilder("fan-out").startSpan();
      try (Scope ignored = parent.makeCurrent()) {
        tracer.spanBuilder("first").startSpan().end();
        tracer.spanBuilder("second").startSpan().end();
      } finally {
        parent.end();
      }
    }
  }

  @Fixture
  static class Trees {
    // failing tree assertions wait for the timeout: these fixtures fail on purpose
    @RegisterExtension
    static final SpanweaveExtension spans =
        SpanweaveExtension.create().timeout(Duration.ofMillis(300));

    final HomePage home = new HomePage();

    @Test
    void theTreeAsDrawn() {
      home.get("u-1");

      spans.assertTrace("""
          GET /api/home  [SERVER]
          ├─ home-activities-mock-data
          │     app.user_id = u-1
          │     app.result_length = 3
          └─ SocialApp.notificationsOrEmpty
             └─ home-notifications-mock-data  [ERROR]
                   event exception: java.lang.IllegalStateException
          """);
    }

    @Test
    void typedAttributes() {
      home.get("u-1");

      spans.assertTrace("""
          GET /api/home
          ├─ home-activities-mock-data
          │     app.result_length = 3
          │     app.score = 2.5
          │     app.cached = true
          │     app.tags = [a, b]
          │     app.ids = [1, 2]
          │     app.user_id = "u-1"
          └─ SocialApp.notificationsOrEmpty
          """);
    }

    @Test
    void missingSpan() {
      home.get("u-1");

      spans.assertTrace("""
          GET /api/home  [SERVER]
          ├─ home-activities-mock-data
          ├─ load-preferences
          └─ SocialApp.notificationsOrEmpty
          """);
    }

    @Test
    void wrongParent() {
      home.get("u-1");

      spans.assertTrace("""
          GET /api/home  [SERVER]
          ├─ home-activities-mock-data
          ├─ SocialApp.notificationsOrEmpty
          └─ home-notifications-mock-data
          """);
    }

    @Test
    void wrongAttributeType() {
      home.get("u-1");

      spans.assertTrace("""
          GET /api/home
          └─ home-activities-mock-data
                app.result_length = "3"
          """);
    }

    @Test
    void wrongKindAndStatus() {
      home.get("u-1");

      spans.assertTrace("""
          GET /api/home  [CLIENT]
          └─ SocialApp.notificationsOrEmpty
             └─ home-notifications-mock-data  [OK]
          """);
    }

    @Test
    void missingEvent() {
      home.get("u-1");

      spans.assertTrace("""
          GET /api/home
          └─ home-activities-mock-data
                event exception: java.lang.IllegalStateException
          """);
    }

    @Test
    void extraSpansAreIgnoredByDefault() {
      home.fanOut();

      spans.assertTrace("""
          fan-out
          └─ second
          """);
    }

    @Test
    void extraSpanUnderExact() {
      home.fanOut();

      spans.assertTrace("""
          fan-out
          └─ first
          """, TreeMatch.EXACT);
    }

    @Test
    void extraAttributeUnderExact() {
      home.get("u-1");

      spans.assertTrace("""
          GET /api/home  [SERVER]
          ├─ home-activities-mock-data
          │     app.user_id = u-1
          └─ SocialApp.notificationsOrEmpty
             └─ home-notifications-mock-data  [ERROR]
                   event exception: java.lang.IllegalStateException
          """, TreeMatch.EXACT);
    }

    @Test
    void exactAsPrinted() {
      home.get("u-1");

      spans.assertTrace("""
          GET /api/home  [SERVER]
             app.user_id = u-1
          ├─ home-activities-mock-data
          │     app.cached = true
          │     app.ids = [1, 2]
          │     app.result_length = 3
          │     app.score = 2.5
          │     app.tags = [a, b]
          │     app.user_id = u-1
          └─ SocialApp.notificationsOrEmpty
             └─ home-notifications-mock-data  [ERROR]
                   event exception: java.lang.IllegalStateException
          """, TreeMatch.EXACT);
    }

    @Test
    void siblingOrder() {
      home.fanOut();

      spans.assertTrace("""
          fan-out
          ├─ second
          └─ first
          """);
    }

    // tag::any-order[]
    @Test
    void siblingsInAnyOrder() {
      home.fanOut();

      spans.assertTrace("""
          fan-out
          ├─ second
          └─ first
          """, TreeMatch.ANY_SIBLING_ORDER);
    }
    // end::any-order[]

    @Test
    void waitsForSpansOnOtherThreads() {
      CompletableFuture.runAsync(() -> home.get("u-2"));

      spans.assertTrace("""
          GET /api/home
          └─ home-activities-mock-data
                app.user_id = u-2
          """);
    }

    @Test
    void allTraces() {
      home.fanOut();
      home.get("u-1");

      spans.assertTraces("""
          fan-out
          ├─ first
          └─ second

          GET /api/home
          """);
    }

    @Test
    void anyValue() {
      home.get("u-1");

      spans.assertTrace("""
          GET /api/home
          └─ home-activities-mock-data
                app.user_id = *
                app.score = *
          """);
    }

    @Test
    void anyValueStillWantsTheAttribute() {
      home.get("u-1");

      spans.assertTrace("""
          GET /api/home
             app.result_length = *
          """);
    }

    @Test
    void treeCommandStyleAndOtherIndentation() {
      home.get("u-1");

      spans.assertTrace("""
          GET /api/home  [SERVER]
          ├── home-activities-mock-data
          │       app.result_length = 3
          └── SocialApp.notificationsOrEmpty
              └── home-notifications-mock-data  [ERROR]
          """);
    }

    @Test
    void aTreeIndentedAsAWhole() {
      home.get("u-1");

      // as a Kotlin raw string without trimIndent() gives it: the source's indentation kept
      spans.assertTrace("\n"
          + "        GET /api/home  [SERVER]\n"
          + "           app.user_id = u-1\n"
          + "\n"
          + "        ├─ home-activities-mock-data\n"
          + "        │     app.result_length = 3\n"
          + "        └─ SocialApp.notificationsOrEmpty\n"
          + "           └─ home-notifications-mock-data  [ERROR]\n"
          + "      ");
    }

    @Test
    void oneOfSeveralRequests() {
      home.get("u-1");
      home.get("u-2");

      spans.assertTrace("""
          GET /api/home
             app.user_id = u-2
          """);
    }

    @Test
    void theDemosOutputPasted() {
      home.get("u-1");

      spans.assertTrace("""
          trace 0123456789abcdef0123456789abcdef
          └─ GET /api/home  [SERVER, 0.3 ms, UNSET]
             ├─ home-activities-mock-data  [INTERNAL, 0.1 ms, UNSET]
             │     app.user_id = u-1
             └─ SocialApp.notificationsOrEmpty  [INTERNAL, 0.1 ms, UNSET]
                └─ home-notifications-mock-data  [INTERNAL, 0.1 ms, ERROR]
                      event exception: java.lang.IllegalStateException store timed out
          """);
    }

    @Test
    void aWrongExceptionMessage() {
      home.get("u-1");

      spans.assertTrace("""
          GET /api/home
          └─ SocialApp.notificationsOrEmpty
             └─ home-notifications-mock-data
                   event exception: java.lang.IllegalStateException store is fine
          """);
    }

    @Test
    void aMissingTrace() {
      home.fanOut();

      spans.assertTraces("""
          fan-out

          GET /api/home
          """);
    }
  }

  private static final Map<String, Throwable> OUTCOMES = Fixtures.outcomes(Trees.class);

  private static AssertionFailedError failure(String test) {
    assertThat(OUTCOMES).containsKey(test);
    Throwable failure = OUTCOMES.get(test);
    assertThat(failure).isInstanceOf(AssertionFailedError.class);
    return (AssertionFailedError) failure;
  }

  @Test
  void passesOnTheTreeAsDrawn() {
    assertThat(OUTCOMES).containsEntry("theTreeAsDrawn", null)
        .containsEntry("typedAttributes", null)
        .containsEntry("extraSpansAreIgnoredByDefault", null)
        .containsEntry("exactAsPrinted", null)
        .containsEntry("siblingsInAnyOrder", null)
        .containsEntry("waitsForSpansOnOtherThreads", null)
        .containsEntry("allTraces", null)
        .containsEntry("anyValue", null)
        .containsEntry("treeCommandStyleAndOtherIndentation", null)
        .containsEntry("aTreeIndentedAsAWhole", null)
        .containsEntry("oneOfSeveralRequests", null)
        .containsEntry("theDemosOutputPasted", null);
  }

  @Test
  void aMissingSpanIsAMinusLine() {
    assertThat(failure("missingSpan").getMessage())
        .startsWith("the trace of 'GET /api/home' is not the expected tree (- expected, + actual):")
        .contains("-├─ load-preferences\n")
        .contains(" ├─ home-activities-mock-data\n")
        // the complete actual trees follow the diff
        .contains("all ended spans, complete:\nGET /api/home  [SERVER]\n   app.user_id = u-1\n");
  }

  @Test
  void aWrongParentShowsWhereTheSpanIs() {
    assertThat(failure("wrongParent").getMessage())
        .contains("-└─ home-notifications-mock-data\n")
        .contains("+   └─ home-notifications-mock-data  [ERROR]\n");
  }

  @Test
  void aWrongTypeShowsBothSpellings() {
    AssertionFailedError failure = failure("wrongAttributeType");
    assertThat(failure.getMessage())
        .contains("-      app.result_length = \"3\"\n")
        .contains("+│     app.result_length = 3\n");
    // IDEs show the two trees side by side
    assertThat(failure.getExpected().getStringRepresentation())
        .contains("app.result_length = \"3\"");
    assertThat(failure.getActual().getStringRepresentation())
        .contains("app.result_length = 3\n");
  }

  @Test
  void kindAndStatusAreCheckedWhenWritten() {
    assertThat(failure("wrongKindAndStatus").getMessage())
        .contains("-GET /api/home  [CLIENT]\n")
        .contains("+GET /api/home  [SERVER]\n")
        .contains("+   └─ home-notifications-mock-data  [ERROR]\n");
  }

  @Test
  void aMissingEventFails() {
    assertThat(failure("missingEvent").getMessage())
        .contains("-      event exception: java.lang.IllegalStateException\n");
  }

  @Test
  void exactFailsOnAnExtraSpanOrAttribute() {
    assertThat(failure("extraSpanUnderExact").getMessage())
        .contains("-└─ first\n")
        .contains("+├─ first\n")
        .contains("+└─ second\n");
    assertThat(failure("extraAttributeUnderExact").getMessage())
        .contains("+│     app.result_length = 3\n")
        .contains("+   app.user_id = u-1\n");
  }

  @Test
  void siblingsMatchInStartOrder() {
    assertThat(failure("siblingOrder").getMessage())
        .contains("-├─ second\n")
        .contains("+├─ first\n");
  }

  @Test
  void anyValueStillWantsTheAttribute() {
    assertThat(failure("anyValueStillWantsTheAttribute").getMessage())
        .contains("-   app.result_length = *\n");
  }

  @Test
  void aMessageWrittenIsChecked() {
    assertThat(failure("aWrongExceptionMessage").getMessage())
        .contains("-         event exception: java.lang.IllegalStateException store is fine\n")
        .contains("+         event exception: java.lang.IllegalStateException store timed out\n");
  }

  @Test
  void assertTracesWantsEveryTrace() {
    assertThat(failure("aMissingTrace").getMessage())
        .startsWith("the traces are not the expected trees (2 expected, 1 ended)")
        .contains("-GET /api/home\n");
  }

  @Test
  void aTreeThatIsNotTreeNotationIsAnError() {
    assertThatThrownBy(() -> dev.spanweave.test.tree.SpanTrees.assertTrace(List.of(), """
        root
        ├─ child
        │     not an attribute
        """)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3: neither 'key = value' nor 'event name'");
  }

  @Test
  void anIndentedTreeCountsItsLinesAsWritten() {
    assertThatThrownBy(() -> dev.spanweave.test.tree.SpanTrees.assertTrace(List.of(), "\n"
        + "    root\n"
        + "    ├─ child\n"
        + "    │     not an attribute\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 4: neither 'key = value' nor 'event name'");
  }

  @Test
  void noSuchSpanListsWhatThereIs() {
    assertThatThrownBy(() -> dev.spanweave.test.tree.SpanTrees.assertTrace(List.of(), "root"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("no span named 'root' has ended");
  }
}
