package dev.spanweave.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.spanweave.Spanweave;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile and odd inputs: for each, the traced call returns or throws exactly what the untraced
 * call does, every span that started has ended, no context is left current, and spanweave writes
 * at most one short report per distinct fault.
 */
class HostileInputTest {

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final CountingProcessor counts = new CountingProcessor();
  private final Hostile hostile = new Hostile();
  private LogCapture log;

  @BeforeEach
  void sdk() {
    Spanweave.useOpenTelemetry(OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(counts)
            .addSpanProcessor(SimpleSpanProcessor.create(exporter))
            .build())
        .build());
    log = new LogCapture();
  }

  @AfterEach
  void back() {
    log.close();
    Spanweave.useGlobalOpenTelemetry();
    Spanweave.maxValueLength(4096);
    assertThat(Context.current()).as("no context left current").isSameAs(Context.root());
    assertThat(counts.ended.sum()).as("every started span ended").isEqualTo(counts.started.sum());
  }

  private SpanData only() {
    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertThat(spans).hasSize(1);
    return spans.get(0);
  }

  private static EventData exceptionEvent(SpanData span) {
    return span.getEvents().stream().filter(e -> e.getName().equals("exception")).findFirst()
        .orElseThrow(() -> new AssertionError("no exception event on " + span));
  }

  // ---- exceptions that break when read -----------------------------------------------------

  @Test
  void anExceptionWhoseMessageThrowsStillFailsTheSpan() {
    Throwable thrown = catchThrowable(hostile::throwsUnreadableMessage);

    assertThat(thrown).isExactlyInstanceOf(Hostile.MessageThrows.class);
    SpanData span = only();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type")))
        .isEqualTo(Hostile.MessageThrows.class.getName());
    assertThat(exceptionEvent(span).getAttributes()
        .get(AttributeKey.stringKey("exception.type")))
        .isEqualTo(Hostile.MessageThrows.class.getName());
    assertThat(log.warnings()).isEmpty();
  }

  @Test
  void anExceptionWhoseCauseThrowsStillFailsTheSpan() {
    Throwable thrown = catchThrowable(hostile::throwsUnreadableCause);

    assertThat(thrown).isExactlyInstanceOf(Hostile.CauseThrows.class);
    SpanData span = only();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type")))
        .isEqualTo(Hostile.CauseThrows.class.getName());
    assertThat(exceptionEvent(span).getAttributes()
        .get(AttributeKey.stringKey("exception.type")))
        .isEqualTo(Hostile.CauseThrows.class.getName());
  }

  @Test
  void aWrapperWhoseCauseThrowsIsRecordedAsItself() {
    Throwable thrown = catchThrowable(hostile::throwsWrapperWithUnreadableCause);

    assertThat(thrown).isExactlyInstanceOf(Hostile.WrapperCauseThrows.class);
    SpanData span = only();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type")))
        .isEqualTo(Hostile.WrapperCauseThrows.class.getName());
  }

  // ---- nulls, sizes and lengths ------------------------------------------------------------

  @Test
  void nullElementsAreRecordedAsTheStringNull() {
    assertThat(hostile.names(new String[] {"a", null, "c"})).isEqualTo("named");
    assertThat(hostile.boxed(new Integer[] {1, null})).isEqualTo("boxed");
    assertThat(hostile.listed(Arrays.asList("x", null))).isEqualTo("listed");

    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertThat(spans.get(0).getAttributes().get(AttributeKey.stringArrayKey("app.names")))
        .containsExactly("a", "null", "c");
    assertThat(spans.get(1).getAttributes().get(AttributeKey.stringArrayKey("app.boxed")))
        .containsExactly("1", "null");
    assertThat(spans.get(2).getAttributes().get(AttributeKey.stringArrayKey("app.list")))
        .containsExactly("x", "null");
    assertThat(log.warnings()).isEmpty();
  }

  @Test
  void aMillionStringArrayCostsWhatItsFirstElementsCost() {
    String[] huge = new String[1_000_000];
    Arrays.fill(huge, "element");
    hostile.names(huge); // warm-up

    long millis = millisFor(100, () -> hostile.names(huge));

    // copying the whole array took 5-11 ms per call; reading 128 elements takes microseconds
    assertThat(millis).as("100 calls, in ms").isLessThan(200);
    SpanData last = exporter.getFinishedSpanItems().get(0);
    assertThat(last.getAttributes().get(AttributeKey.stringArrayKey("app.names"))).hasSize(128);
  }

  @Test
  void aHugeCollectionIsReadOnlyUpToTheCap() {
    Hostile.CountingList list = new Hostile.CountingList(1_000_000);

    assertThat(hostile.anything(list)).isEqualTo("any");

    assertThat(list.reads.get()).isLessThanOrEqualTo(128);
    assertThat(only().getAttributes().get(AttributeKey.stringArrayKey("app.any"))).hasSize(128);
  }

  @Test
  void aHugeMapIsReadOnlyUpToTheCapAndBoundedInLength() {
    Hostile.CountingMap map = new Hostile.CountingMap(100_000);

    assertThat(hostile.mapped(map)).isEqualTo("mapped");

    assertThat(map.reads.get()).isLessThanOrEqualTo(129);
    String recorded = only().getAttributes().get(AttributeKey.stringKey("app.map"));
    assertThat(recorded).startsWith("{key-0=value-0, key-1=value-1").hasSizeLessThanOrEqualTo(4096);
  }

  @Test
  void longStringsAreCutToTheDefaultCap() {
    String megabyte = "m".repeat(1 << 20);

    hostile.text(megabyte);
    hostile.chars(new StringBuilder(megabyte));
    hostile.anything(new Object() {
      @Override
      public String toString() {
        return megabyte;
      }
    });

    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertThat(spans.get(0).getAttributes().get(AttributeKey.stringKey("app.text")))
        .hasSize(4096);
    assertThat(spans.get(1).getAttributes().get(AttributeKey.stringKey("app.chars")))
        .hasSize(4096);
    assertThat(spans.get(2).getAttributes().get(AttributeKey.stringKey("app.any")))
        .hasSize(4096);
  }

  @Test
  void theCapIsConfigurableAndAppliesToArrayElements() {
    Spanweave.maxValueLength(8);

    hostile.text("0123456789");
    hostile.names(new String[] {"0123456789"});

    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertThat(spans.get(0).getAttributes().get(AttributeKey.stringKey("app.text")))
        .isEqualTo("01234567");
    assertThat(spans.get(1).getAttributes().get(AttributeKey.stringArrayKey("app.names")))
        .containsExactly("01234567");
  }

  // ---- secrets -----------------------------------------------------------------------------

  @Test
  void secretsAreRedactedByKeyOrParameterName() {
    assertThat(hostile.login("ada", "hunter2", "open sesame".toCharArray(), "tok-123",
        "Bearer hunter2", "sid-42", 3, "1234")).isEqualTo("logged in");

    var attributes = only().getAttributes();
    assertThat(attributes.get(AttributeKey.stringKey("user"))).isEqualTo("ada");
    assertThat(attributes.get(AttributeKey.stringKey("password"))).isEqualTo("[REDACTED]");
    assertThat(attributes.get(AttributeKey.stringKey("passphrase"))).isEqualTo("[REDACTED]");
    assertThat(attributes.get(AttributeKey.stringKey("apiToken"))).isEqualTo("[REDACTED]");
    assertThat(attributes.get(AttributeKey.stringKey("http.request.header.authorization")))
        .isEqualTo("[REDACTED]");
    assertThat(attributes.get(AttributeKey.stringKey("app.session"))).isEqualTo("[REDACTED]");
    assertThat(attributes.get(AttributeKey.longKey("app.token.count"))).isEqualTo(3L);
    assertThat(attributes.get(AttributeKey.stringKey("app.pin"))).isEqualTo("[REDACTED]");
    assertThat(attributes.toString()).doesNotContain("hunter2", "sesame", "tok-123", "sid-42",
        "1234");
  }

  @Test
  void resultAttributesAreRedactedByKey() {
    assertThat(hostile.openSession()).isEqualTo("s3cr3t-session");
    assertThat(hostile.greeting()).isEqualTo("hello");

    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertThat(spans.get(0).getAttributes().get(AttributeKey.stringKey("app.session.id")))
        .isEqualTo("[REDACTED]");
    assertThat(spans.get(1).getAttributes().get(AttributeKey.stringKey("app.greeting")))
        .isEqualTo("hello");
  }

  // ---- recording that calls traced code ----------------------------------------------------

  @Test
  void aToStringThatRecordsTheSameObjectAgainGivesOneSpan() {
    Reentrant reentrant = new Reentrant();

    assertThat(reentrant.record(reentrant.new Recorder())).isEqualTo("ok");

    SpanData span = only();
    assertThat(span.getAttributes().get(AttributeKey.stringKey("app.value")))
        .isEqualTo("recorded ok");
    assertThat(log.warnings()).hasSize(1);
    assertThat(log.warnings().get(0)).contains("Reentrant.record").contains("untraced");
  }

  @Test
  void aFluentSelfCalledFromToStringGivesOneSpan() {
    Reentrant reentrant = new Reentrant();

    for (int i = 0; i < 3; i++) {
      assertThat(reentrant.build(reentrant.new Builder())).isEqualTo("built");
    }

    assertThat(exporter.getFinishedSpanItems()).hasSize(3)
        .allSatisfy(span -> assertThat(span.getName()).isEqualTo("Reentrant.build"));
    assertThat(log.warnings()).hasSize(1);
    assertThat(log.warnings().get(0)).contains("Reentrant$Builder.self");
  }

  @Test
  void aResultAttributeThatCallsTracedCodeGivesOneSpan() {
    assertThat(new Reentrant().report().toString()).isEqualTo("report of described");

    // one span for report(); the describe() the test itself calls through toString() above is
    // traced (the test is not spanweave), the one spanweave caused is not
    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertThat(spans).extracting(SpanData::getName)
        .containsExactly("Reentrant.report", "Reentrant.describe");
    assertThat(spans.get(0).getAttributes().get(AttributeKey.stringKey("app.report")))
        .isEqualTo("report of described");
  }

  // ---- log hygiene -------------------------------------------------------------------------

  @Test
  void aToStringThatOverflowsTheStackIsReportedOnceAndShort() {
    for (int i = 0; i < 5; i++) {
      assertThat(hostile.bottomless(new Hostile.BottomlessToString())).isEqualTo("survived");
    }

    assertThat(log.warnings()).hasSize(1);
    String report = log.text();
    assertThat(report).contains("Hostile.bottomless").contains("'app.bottomless'")
        .contains("StackOverflowError");
    assertThat(report.lines().count()).as("lines of the report").isLessThan(20);
    assertThat(report.length()).isLessThan(4000);
    assertThat(exporter.getFinishedSpanItems()).hasSize(5);
  }

  private static long millisFor(int calls, Supplier<?> call) {
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      call.get();
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

}
