package dev.spanweave;

import dev.spanweave.internal.Observers;
import dev.spanweave.internal.TracerHolder;
import dev.spanweave.internal.ValueSettings;
import dev.spanweave.internal.exceptions.ExceptionEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Duration;
import java.util.Objects;

/**
 * Chooses where spanweave's spans go.
 *
 * <p>By default spans go to {@link GlobalOpenTelemetry}: an instance registered with {@code
 * GlobalOpenTelemetry.set(...)} before the first traced call is used from then on (one registered
 * later is picked up within 1,024 calls); until one is registered, traced methods run untraced at
 * the cost of a field read. spanweave never calls {@code GlobalOpenTelemetry.get()} before one is
 * registered, so it never blocks a later {@code set(...)}; the one exception is the OpenTelemetry
 * SDK's autoconfiguration: with {@code opentelemetry-sdk-extension-autoconfigure} on the class path
 * and {@code -Dotel.java.global-autoconfigure.enabled=true} (or {@code
 * OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED=true}), the first traced call calls {@code get()}, which
 * builds the SDK from the {@code OTEL_*} settings.
 *
 * <p>{@link #useOpenTelemetry(OpenTelemetry)} gives the library an explicit instance instead, for
 * applications that do not use the global one and for tests. Spans are created with the
 * instrumentation scope {@value #INSTRUMENTATION_SCOPE_NAME} and the library's version.
 *
 * <p>Starting the JVM with {@code -Dspanweave.enabled=false} (or the environment variable {@code
 * SPANWEAVE_ENABLED=false}) switches spanweave off for the life of the JVM, whatever is configured
 * here: woven methods then cost what unwoven ones do.
 *
 * <p>Logs and metrics from the same annotation, each off until switched on here or by its system
 * property (or environment variable, e.g. {@code SPANWEAVE_LOG_CORRELATION_ENABLED}): trace ids
 * in the MDC ({@link #correlateLogs}), one log line per span ({@link #logSpans}) and a Micrometer
 * timer per method ({@link #meterRegistry}). A change reaches methods already called from their
 * next call on; a method with a feature off pays nothing for it.
 */
public final class Spanweave {

  /** The instrumentation scope name of every span spanweave creates. */
  public static final String INSTRUMENTATION_SCOPE_NAME = "dev.spanweave";

  private Spanweave() {}

  /**
   * Sends the spans of traced methods to {@code openTelemetry} from the next call on. Passing
   * {@link OpenTelemetry#noop()} turns tracing off: traced methods then cost a field read.
   *
   * @param openTelemetry the instance to use, not null
   */
  public static void useOpenTelemetry(OpenTelemetry openTelemetry) {
    TracerHolder.use(Objects.requireNonNull(openTelemetry, "openTelemetry"));
  }

  /** Goes back to the default: {@link GlobalOpenTelemetry}, looked up again on the next call. */
  public static void useGlobalOpenTelemetry() {
    TracerHolder.useGlobal();
  }

  /**
   * Whether spans carry the semantic-convention attribute {@code code.function.name} (the fully
   * qualified method name, e.g. {@code com.example.Checkout.placeOrder}), from the next call on.
   *
   * <p>Off by default: the span name already names the method (or is the annotation's literal, which
   * a search of the source finds), and the attribute costs about 5% of a sampled call. It is on
   * from the start when the system property {@code spanweave.code-attributes} or the
   * environment variable {@code SPANWEAVE_CODE_ATTRIBUTES} is {@code true}; tools that link spans to
   * source code need it.
   *
   * @param record {@code true} to write {@code code.function.name} on every recorded span
   */
  public static void recordCodeAttributes(boolean record) {
    TracerHolder.recordCodeAttributes(record);
  }

  /**
   * Whether an exception that escapes several traced calls is recorded once, from the next failure
   * on: its exception event (type, message, stack trace) goes on the span of the first traced call
   * it fails, and the spans of the callers it then fails, unchanged (the same instance), get status
   * ERROR, {@code error.type} and the exception's message as status description instead of another
   * copy of the event. With it, every failed span carries the message as status description, as
   * the semantic conventions on recording errors ask.
   *
   * <p>Off by default: every span the exception escapes gets the event, as OpenTelemetry's agent
   * does. Each copy renders the whole stack trace, which is most of what a failing call costs, and
   * shows the failure several times in a backend that counts error events. An exception wrapped
   * on its way up is a new exception and gets its own event; an exception that reached its caller
   * from another thread (the failed result of an asynchronous method) may get another: it is
   * never lost. On from the start with the system property {@code spanweave.record-exception-once}
   * or the environment variable {@code SPANWEAVE_RECORD_EXCEPTION_ONCE} set to {@code true}.
   *
   * @param once {@code true} to record each exception on the first span it fails only
   */
  public static void recordExceptionOnce(boolean once) {
    ExceptionEvents.once(once);
  }

  /**
   * The longest string spanweave records, in characters, from the next call on: longer argument
   * values, {@code toString()} results, array elements and result attributes are cut to it before
   * they reach the OpenTelemetry SDK (arrays and collections are also cut to their first 128
   * elements, maps to their first 128 entries).
   *
   * <p>4096 by default; at startup the system property {@code spanweave.max-value-length} or the
   * environment variable {@code SPANWEAVE_MAX_VALUE_LENGTH} sets it. When the SDK's own limit is
   * configured through {@code otel.span.attribute.value.length.limit} or {@code
   * otel.attribute.value.length.limit} (or their environment variables), the smaller of the two
   * applies; a limit given in code to the SDK's {@code SpanLimits} is applied by the SDK after
   * spanweave's.
   *
   * @param characters at least 1
   */
  public static void maxValueLength(int characters) {
    ValueSettings.maxLength(characters);
  }

  /**
   * The pattern of attribute keys and parameter names whose values are redacted: recorded as
   * {@value ValueSettings#REDACTED}, never read. A regular expression found anywhere in the key
   * or name, ignoring case; it applies to methods first called after it is set, so set it at
   * startup, or with the system property {@code spanweave.redact-pattern} (environment variable
   * {@code SPANWEAVE_REDACT_PATTERN}).
   *
   * <p>The default, {@value ValueSettings#DEFAULT_REDACT_PATTERN}, covers passwords, secrets,
   * tokens, API and private keys, authorization headers, cookies, credentials and sessions. A
   * parameter opts out with {@code @SpanAttribute(redaction = NEVER)}.
   *
   * @param regex a regular expression, not null
   */
  public static void redactKeys(String regex) {
    ValueSettings.redactPattern(Objects.requireNonNull(regex, "regex"));
  }

  /**
   * Whether spanweave is switched on for this JVM: {@code false} only when it was started with
   * {@code -Dspanweave.enabled=false} or {@code SPANWEAVE_ENABLED=false}.
   *
   * @return {@code false} if spanweave was switched off at startup
   */
  public static boolean enabled() {
    return TracerHolder.ENABLED;
  }

  /**
   * The version of the spanweave library, as recorded in the spans' instrumentation scope.
   *
   * @return the library version, such as {@code 0.1.0}
   */
  public static String version() {
    return TracerHolder.VERSION;
  }

  // ---- logs and metrics ---------------------------------------------------------------------

  /**
   * Whether the span's ids are in SLF4J's MDC under {@code trace_id}, {@code span_id} and {@code
   * trace_flags} while a traced method runs, whatever the SLF4J backend, so that every log line
   * written inside the method (and in code it calls on the same thread) carries them. After the
   * call the MDC holds exactly what it held before. Off by default; on from the start with {@code
   * -Dspanweave.log-correlation.enabled=true}.
   *
   * <p>With Logback and {@code
   * -Dslf4j.provider=dev.spanweave.logback.SpanweaveLogbackServiceProvider} the MDC answers the
   * ids from the current span when it is read, and traced calls write nothing (no cost per call);
   * with any other backend spanweave writes them around each call. Which one is chosen once per
   * method, not per call. With Log4j 2, OpenTelemetry's {@code
   * opentelemetry-log4j-context-data-2.17-autoconfigure} adds the keys to log events with no cost
   * per call: see docs/logs-and-metrics.md.
   *
   * @param correlate {@code true} to write the ids into the MDC
   */
  public static void correlateLogs(boolean correlate) {
    Observers.update(s -> s.withLogCorrelation(correlate));
  }

  /**
   * Whether log correlation also writes the trace id in AWS X-Ray form ({@code
   * 1-5f5c1c2a-9b1e4d2f6a7c8b9d0e1f2a3b}) under {@code AWS-XRAY-TRACE-ID}, the key of the X-Ray
   * SDK, so that CloudWatch Logs lines match X-Ray traces. Meaningful only for trace ids made by
   * the X-Ray id generator (their first 8 hex digits are the epoch second). Off by default;
   * {@code spanweave.log-correlation.xray-trace-id}.
   *
   * @param xray {@code true} to add the X-Ray form of the trace id
   */
  public static void xrayTraceIdInLogs(boolean xray) {
    Observers.update(s -> s.withXrayTraceId(xray));
  }

  /**
   * Whether every ended span writes one line to the logger {@code dev.spanweave.spans}: span name,
   * duration, outcome, trace and span id, at DEBUG, or at WARN when the call failed or was slower
   * than its threshold ({@link #slowCallThreshold}, or {@code @TracedSpan(slowThresholdMillis)}).
   * Argument values and results are never logged. Off by default; {@code
   * spanweave.span-logging.enabled}.
   *
   * @param log {@code true} to log ended spans
   */
  public static void logSpans(boolean log) {
    Observers.update(s -> s.withSpanLogging(log));
  }

  /**
   * Span log lines: calls that take at least {@code threshold} are logged at WARN, for every
   * method without a threshold of its own; {@code null} (the default) for none. {@code
   * spanweave.span-logging.slow-threshold} ({@code 500ms}, {@code 2s}, {@code PT0.5S}).
   *
   * @param threshold the duration from which a call is slow, or null
   */
  public static void slowCallThreshold(Duration threshold) {
    Observers.update(s -> s.withSlowThreshold(threshold));
  }

  /**
   * Times every traced method with a Micrometer timer in {@code registry} (named {@code
   * spanweave.method} unless configured, tagged {@code class}, {@code method}, {@code exception},
   * {@code outcome}); asynchronous methods until their work completes. {@code null} (the default)
   * times nothing, and then no Micrometer class is ever loaded: micrometer-core is an optional
   * dependency. {@code -Dspanweave.metrics.enabled=false} keeps timers off even with a registry.
   *
   * @param registry where the timers go, or null for none
   */
  public static void meterRegistry(MeterRegistry registry) {
    Object given = registry;
    Observers.update(s -> s.withMeterRegistry(given));
  }

  /**
   * Whether every method's timer publishes a percentile histogram, for percentiles and SLOs in the
   * metrics backend (some 70 time series per timer). Off by default; per method with {@code
   * @TracedSpan(timerHistogram = true)}; {@code spanweave.metrics.histogram}.
   *
   * @param histogram {@code true} to publish histograms for all timers
   */
  public static void timerHistograms(boolean histogram) {
    Observers.update(s -> s.withHistogram(histogram));
  }

  /**
   * Whether a sampled call's span is made current while its timer records, so that a registry
   * with an exemplar sampler (Prometheus, given OpenTelemetry's span context) attaches the call's
   * trace id to the histogram bucket it lands in. Costs a context switch per sampled call; off by
   * default; {@code spanweave.metrics.exemplars}.
   *
   * @param exemplars {@code true} to let timers see their span
   */
  public static void timerExemplars(boolean exemplars) {
    Observers.update(s -> s.withExemplars(exemplars));
  }
}
