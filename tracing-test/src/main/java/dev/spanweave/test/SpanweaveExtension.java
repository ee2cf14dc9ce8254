package dev.spanweave.test;

import dev.spanweave.Spanweave;
import dev.spanweave.internal.Observers;
import dev.spanweave.internal.TracerHolder;
import dev.spanweave.test.tree.SpanTrees;
import dev.spanweave.test.tree.TreeMatch;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions;
import io.opentelemetry.sdk.testing.assertj.SpanDataAssert;
import io.opentelemetry.sdk.testing.assertj.TracesAssert;
import io.opentelemetry.sdk.testing.time.TestClock;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/**
 * A JUnit Jupiter extension that captures the spans of the code under test in memory.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SpanweaveExtension spans = SpanweaveExtension.create();
 *
 * @Test
 * void recordsTheUser() {
 *   notifications.run("ada");
 *   spans.assertSpan("Notifications.run").hasAttribute(AttributeKey.stringKey("user"), "ada");
 * }
 * }</pre>
 *
 * (or annotate the class with {@link SpanweaveTest} and take a {@code SpanweaveExtension}
 * parameter).
 *
 * <p>For the test class it installs an OpenTelemetry SDK with an in-memory exporter, both for
 * spanweave ({@link Spanweave#useOpenTelemetry}) and as {@link
 * io.opentelemetry.api.GlobalOpenTelemetry}, and afterwards puts back what was configured before.
 * Each test starts with no spans, and a test that calls {@link Spanweave#recordCodeAttributes}
 * or changes the logs-and-metrics settings ({@link Spanweave#correlateLogs}, {@link
 * Spanweave#meterRegistry} and the like) has them put back after it. The SDK is one instance for the whole test JVM, so tracers kept
 * in static fields keep reporting to it. A whole trace is asserted as the tree one would draw
 * ({@link #assertTrace}, see {@link dev.spanweave.test.tree.SpanTrees}), single spans with
 * OpenTelemetry's own AssertJ assertions ({@link SpanDataAssert}, {@link TracesAssert}).
 *
 * <p><b>Strict mode</b> (the default) fails a test, after it has run, when
 *
 * <ul>
 *   <li>code wrote to a span that had already ended (an attribute, event, exception, status, name
 *       or link that the SDK silently dropped); the failure names the span, the method called and
 *       where it was called from;
 *   <li>a span started during the test has not ended by the end of the test, after waiting up to
 *       the {@linkplain #timeout(Duration) timeout} for asynchronous work;
 *   <li>the test left a {@link Context} current on its thread (a {@code Scope} not closed).
 * </ul>
 *
 * {@link #lenient()} turns these checks off. A leaked Context is cleared after every test in
 * either mode, so that it cannot become the parent of the next test's spans.
 *
 * <p>The installed OpenTelemetry instance is global: tests using this extension must not run in
 * parallel with each other (declare {@code @ResourceLock(SpanweaveExtension.RESOURCE_LOCK)} when
 * running tests in parallel; {@link SpanweaveTest} does).
 */
public final class SpanweaveExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

  /** The JUnit resource lock that stands for the global OpenTelemetry and spanweave setting. */
  public static final String RESOURCE_LOCK = "dev.spanweave.test.GlobalOpenTelemetry";

  /** How long waiting for spans lasts at most, unless set with {@link #timeout(Duration)}. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  private static final String INSTALLED = "installed";
  private static final String TEST = "test";

  private final TestSdk sdk = TestSdk.INSTANCE;
  /** {@code null}: created by JUnit from {@link SpanweaveTest}, which then decides. */
  private final Boolean strict;
  private final Duration timeout;
  /** {@code null}: created by JUnit from {@link SpanweaveTest}, which then decides. */
  private final Boolean testClock;
  /** The clock of the running test, with {@link #withTestClock()}. */
  private volatile TestClock currentClock;
  /** Per instance, so that two registrations in one class cannot take each other's state. */
  private final ExtensionContext.Namespace namespace;

  private SpanweaveExtension(Boolean strict, Duration timeout, Boolean testClock) {
    this.strict = strict;
    this.timeout = timeout;
    this.testClock = testClock;
    this.namespace = ExtensionContext.Namespace.create(SpanweaveExtension.class, this);
  }

  /** For {@code @ExtendWith(SpanweaveExtension.class)} through {@link SpanweaveTest}. */
  private SpanweaveExtension() {
    this(null, DEFAULT_TIMEOUT, null);
  }

  /**
   * A strict extension, to be kept in a static {@code @RegisterExtension} field.
   *
   * @return a new extension, strict, waiting at most 5 seconds, on the system clock
   */
  public static SpanweaveExtension create() {
    return new SpanweaveExtension(true, DEFAULT_TIMEOUT, false);
  }

  /**
   * The same extension with strict mode off: spans are captured, nothing else is checked.
   *
   * @return a new extension, otherwise configured as this one
   */
  public SpanweaveExtension lenient() {
    return new SpanweaveExtension(false, timeout, testClock);
  }

  /**
   * The same extension waiting at most {@code timeout} in {@link #awaitSpan}, {@link
   * #awaitAllEnded} and, in strict mode, for spans still open when a test ends.
   *
   * @param timeout how long to wait at most; not negative
   * @return a new extension, otherwise configured as this one
   */
  public SpanweaveExtension timeout(Duration timeout) {
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("negative timeout: " + timeout);
    }
    return new SpanweaveExtension(strict, timeout, testClock);
  }

  /**
   * The same extension with a clock each test moves by hand: spans' start and end times come from
   * {@link #clock()}, a fresh {@link TestClock} for every test, so that durations can be asserted
   * exactly. The system clock is back after each test.
   *
   * @return a new extension, otherwise configured as this one
   */
  public SpanweaveExtension withTestClock() {
    return new SpanweaveExtension(strict, timeout, true);
  }

  // ---- what tests use ----------------------------------------------------------------------

  /**
   * The installed OpenTelemetry instance, for spans a test creates by hand.
   *
   * @return the OpenTelemetry instance spanweave reports to during the tests
   */
  public OpenTelemetry openTelemetry() {
    return sdk.openTelemetry;
  }

  /**
   * The running test's clock, which the SDK reads for span times; advance it with {@link
   * TestClock#advance(Duration)}.
   *
   * @return the running test's clock
   * @throws IllegalStateException if the extension was not created {@link #withTestClock()}, or
   *     no test is running
   */
  public TestClock clock() {
    TestClock clock = currentClock;
    if (clock == null) {
      throw new IllegalStateException("no test clock: create the extension with "
          + "SpanweaveExtension.create().withTestClock() or annotate the class "
          + "@SpanweaveTest(testClock = true), and ask during a test");
    }
    return clock;
  }

  /**
   * The spans that have ended during this test so far, in the order they ended.
   *
   * @return the ended spans
   */
  public List<SpanData> spans() {
    return sdk.exporter.getFinishedSpanItems();
  }

  /**
   * The one ended span called {@code name}.
   *
   * @param name the span name
   * @return the span
   * @throws AssertionError if there is none or more than one, listing the spans there are
   */
  public SpanData span(String name) {
    List<SpanData> named = named(name);
    if (named.size() != 1) {
      throw new AssertionError((named.isEmpty() ? "no ended span is named '" : named.size()
          + " ended spans are named '") + name + "'; " + inventory());
    }
    return named.get(0);
  }

  /**
   * AssertJ assertions on the one ended span called {@code name} (see {@link #span}).
   *
   * @param name the span name
   * @return OpenTelemetry's assertions on that span
   */
  public SpanDataAssert assertSpan(String name) {
    return OpenTelemetryAssertions.assertThat(span(name));
  }

  /**
   * AssertJ assertions on the traces of the spans that have ended so far.
   *
   * @return OpenTelemetry's assertions on those traces
   */
  public TracesAssert assertTraces() {
    return TracesAssert.assertThat(spans());
  }

  /**
   * Waits for a span called {@code name} to end, for asynchronous work, and returns it (the first
   * one, if several have).
   *
   * @param name the span name
   * @return the first span called {@code name} that ended
   * @throws AssertionError if none has ended within the timeout, listing the open spans
   */
  public SpanData awaitSpan(String name) {
    Objects.requireNonNull(name, "name");
    if (!sdk.tracker.await(() -> !named(name).isEmpty(), timeout)) {
      throw new AssertionError("no span named '" + name + "' ended within " + timeout + "; "
          + inventory());
    }
    return named(name).get(0);
  }

  /**
   * Waits until every span started during this test has ended and returns the ended spans.
   *
   * @return the ended spans
   * @throws AssertionError if some are still open after the timeout, naming them
   */
  public List<SpanData> awaitAllEnded() {
    if (!sdk.tracker.await(() -> sdk.tracker.open().isEmpty(), timeout)) {
      throw new AssertionError("spans still open after " + timeout + ": "
          + names(sdk.tracker.open()));
    }
    return spans();
  }

  /**
   * Asserts that the trace of the expected tree's root looks as drawn, after waiting (up to the
   * {@linkplain #timeout(Duration) timeout}) for the spans started in this test to end:
   *
   * <pre>{@code
   * spans.assertTrace("""
   *     GET /api/home  [SERVER]
   *     ├─ home-activities-mock-data
   *     │     app.result_length = 3
   *     └─ home-notifications-mock-data  [ERROR]
   *           event exception: java.lang.IllegalStateException
   *     """);
   * }</pre>
   *
   * Kind and status are checked when written; the attributes and events written must be there,
   * with the types their spelling gives ({@code 3} a long, {@code "3"} a string); spans,
   * attributes and events not written are ignored unless {@link TreeMatch#EXACT} is given;
   * children match in the order they started unless {@link TreeMatch#ANY_SIBLING_ORDER} is given.
   * See {@link SpanTrees} for the notation. Spans that end on other threads are waited for: a
   * tree that does not match is reported after the timeout.
   *
   * @param expectedTree the tree, as {@link #printTraces()} prints it (without what is not checked)
   * @param options how strictly to match
   * @throws AssertionFailedError if the trace differs: its message is a unified diff of the
   *     expected and the actual tree, followed by all ended spans
   */
  public void assertTrace(String expectedTree, TreeMatch... options) {
    List<SpanData> ended = endedAfterWaiting(
        spans -> SpanTrees.matches(spans, expectedTree, options));
    try {
      SpanTrees.assertTrace(ended, expectedTree, options);
    } catch (AssertionFailedError failure) {
      throw withOpenSpans(failure);
    }
  }

  /**
   * Asserts that the spans of this test form exactly the traces drawn (one root line per trace,
   * in the order they started), after waiting for them to end like {@link #assertTrace}.
   *
   * @param expectedTrees the trees, one after the other
   * @param options how strictly to match each trace
   * @throws AssertionFailedError if the traces differ, with the diff
   */
  public void assertTraces(String expectedTrees, TreeMatch... options) {
    List<SpanData> ended = endedAfterWaiting(
        spans -> SpanTrees.matchesAll(spans, expectedTrees, options));
    try {
      SpanTrees.assertTraces(ended, expectedTrees, options);
    } catch (AssertionFailedError failure) {
      throw withOpenSpans(failure);
    }
  }

  /**
   * The traces of the spans that have ended during this test, as trees ({@link
   * SpanTrees#render}): every attribute and event, no ids or times.
   *
   * @return the trees, one per trace
   */
  public String traces() {
    return SpanTrees.render(spans());
  }

  /**
   * Prints {@link #traces()} to standard output, after waiting for open spans to end: the start of
   * an {@link #assertTrace} expectation.
   */
  public void printTraces() {
    System.out.print(SpanTrees.render(endedAfterWaiting(spans -> true)));
  }

  /**
   * Waits until no span is open and the ended ones are as expected, for asynchronous work, without
   * failing: then the assertion reports what there is (so a failing tree assertion takes the
   * timeout).
   */
  private List<SpanData> endedAfterWaiting(Predicate<List<SpanData>> expected) {
    sdk.tracker.await(() -> sdk.tracker.open().isEmpty() && expected.test(spans()), timeout);
    return spans();
  }

  private AssertionFailedError withOpenSpans(AssertionFailedError failure) {
    List<ReadableSpan> open = sdk.tracker.open();
    if (open.isEmpty()) {
      return failure;
    }
    return new AssertionFailedError(failure.getMessage() + "still open after " + timeout + ": "
        + names(open) + "\n", failure.getExpected().getValue(), failure.getActual().getValue());
  }

  private List<SpanData> named(String name) {
    List<SpanData> named = new ArrayList<>();
    for (SpanData span : spans()) {
      if (span.getName().equals(name)) {
        named.add(span);
      }
    }
    return named;
  }

  private String inventory() {
    List<String> ended = new ArrayList<>();
    spans().forEach(span -> ended.add(span.getName()));
    return "ended: " + ended + ", still open: " + names(sdk.tracker.open());
  }

  private static List<String> names(List<ReadableSpan> spans) {
    List<String> names = new ArrayList<>();
    spans.forEach(span -> names.add(span.getName()));
    return names;
  }

  // ---- JUnit callbacks ---------------------------------------------------------------------

  /** Installs the SDK for the test class. */
  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(namespace).put(INSTALLED, InstalledState.install(sdk.openTelemetry));
  }

  /** Puts back what was configured before {@link #beforeAll}. */
  @Override
  public void afterAll(ExtensionContext context) {
    InstalledState previous = context.getStore(namespace).remove(INSTALLED, InstalledState.class);
    if (previous != null) {
      previous.restore();
    }
  }

  /** Forgets earlier spans and starts watching this test. */
  @Override
  public void beforeEach(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(namespace);
    // an instance-field @RegisterExtension gets no beforeAll: install for this test alone
    InstalledState installedHere = store.get(INSTALLED) == null
        ? InstalledState.install(sdk.openTelemetry)
        : null;
    sdk.reset();
    boolean clockHere = usesTestClock(context);
    if (clockHere) {
      currentClock = TestClock.create();
      sdk.clock.use(currentClock);
    }
    EndedSpanWrites writes = new EndedSpanWrites(sdk.tracker);
    writes.install();
    store.put(TEST, new TestRun(isStrict(context), Context.current(), writes, installedHere,
        TracerHolder.snapshot(), Observers.settings(), clockHere));
  }

  /** Checks the test in strict mode and stops watching it. */
  @Override
  public void afterEach(ExtensionContext context) {
    TestRun run = context.getStore(namespace).remove(TEST, TestRun.class);
    if (run == null) {
      return;
    }
    StrictReport report = new StrictReport();
    try {
      Context current = Context.current();
      if (current != run.contextBefore()) {
        report.leakedContext(current);
        @SuppressWarnings({"unused", "MustBeClosedChecker"})
        Object ignored = run.contextBefore().makeCurrent(); // not closed: it would bring the leak back
      }
      if (run.strict()) {
        sdk.tracker.await(() -> sdk.tracker.open().isEmpty(), timeout);
        sdk.tracker.open().forEach(report::neverEnded);
      }
    } finally {
      run.writes().uninstall();
      // a test that switches code attributes on, or sends spanweave's spans to an SDK of its own
      // (Spanweave.useOpenTelemetry), does so for itself alone
      TracerHolder.restore(run.spanweaveBefore());
      // nor log correlation, span log lines or a meter registry
      if (Observers.settings() != run.featuresBefore()) {
        Observers.update(changed -> run.featuresBefore());
      }
      if (run.testClock()) {
        sdk.clock.useSystemClock();
        currentClock = null;
      }
      if (run.installedHere() != null) {
        run.installedHere().restore();
      }
    }
    run.writes().writes().forEach(report::endedSpanWrite);
    if (run.strict() && !report.isEmpty()) {
      throw report.toError();
    }
  }

  private boolean isStrict(ExtensionContext context) {
    return strict != null ? strict : annotation(context).map(SpanweaveTest::strict).orElse(true);
  }

  private boolean usesTestClock(ExtensionContext context) {
    return testClock != null
        ? testClock
        : annotation(context).map(SpanweaveTest::testClock).orElse(false);
  }

  /** The {@link SpanweaveTest} of the test class or of a class enclosing it. */
  private static Optional<SpanweaveTest> annotation(ExtensionContext context) {
    for (Optional<Class<?>> type = context.getTestClass(); type.isPresent();
        type = Optional.ofNullable(type.get().getEnclosingClass())) {
      Optional<SpanweaveTest> annotation =
          AnnotationSupport.findAnnotation(type.get(), SpanweaveTest.class);
      if (annotation.isPresent()) {
        return annotation;
      }
    }
    return Optional.empty();
  }

  /** Resolves parameters of type {@code SpanweaveExtension}. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SpanweaveExtension.class;
  }

  /** This extension. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return this;
  }

  /** What one test's check needs. */
  private record TestRun(
      boolean strict,
      Context contextBefore,
      EndedSpanWrites writes,
      InstalledState installedHere,
      Object spanweaveBefore,
      Observers.Settings featuresBefore,
      boolean testClock) {}
}
