package dev.spanweave.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.UnaryOperator;

/**
 * The JVM-wide settings of the optional features (log correlation, span log lines, timers) and
 * the composition of each method's {@link CallObserver} from them and from its annotation.
 *
 * <p>A method's observer is composed when the method is described and again, for every method
 * described so far, whenever a setting changes: calls never check a setting themselves, so a
 * feature that is off costs nothing.
 */
public final class Observers {

  /** The default name of the timers. */
  public static final String DEFAULT_TIMER_NAME = "spanweave.method";

  /**
   * The settings. {@code meterRegistry} is a Micrometer {@code MeterRegistry} or null, typed
   * {@code Object} so that no Micrometer class is loaded without one.
   */
  public record Settings(
      boolean logCorrelation,
      boolean xrayTraceId,
      boolean spanLogging,
      Duration slowThreshold,
      Object meterRegistry,
      boolean metrics,
      String timerName,
      boolean histogram,
      boolean exemplars) {

    public Settings withLogCorrelation(boolean on) {
      return new Settings(on, xrayTraceId, spanLogging, slowThreshold, meterRegistry, metrics,
          timerName, histogram, exemplars);
    }

    public Settings withXrayTraceId(boolean on) {
      return new Settings(logCorrelation, on, spanLogging, slowThreshold, meterRegistry, metrics,
          timerName, histogram, exemplars);
    }

    public Settings withSpanLogging(boolean on) {
      return new Settings(logCorrelation, xrayTraceId, on, slowThreshold, meterRegistry, metrics,
          timerName, histogram, exemplars);
    }

    public Settings withSlowThreshold(Duration threshold) {
      return new Settings(logCorrelation, xrayTraceId, spanLogging, threshold, meterRegistry,
          metrics, timerName, histogram, exemplars);
    }

    /** @param registry a Micrometer {@code MeterRegistry}, or null */
    public Settings withMeterRegistry(Object registry) {
      return new Settings(logCorrelation, xrayTraceId, spanLogging, slowThreshold, registry,
          metrics, timerName, histogram, exemplars);
    }

    public Settings withHistogram(boolean on) {
      return new Settings(logCorrelation, xrayTraceId, spanLogging, slowThreshold, meterRegistry,
          metrics, timerName, on, exemplars);
    }

    public Settings withExemplars(boolean on) {
      return new Settings(logCorrelation, xrayTraceId, spanLogging, slowThreshold, meterRegistry,
          metrics, timerName, histogram, on);
    }
  }

  static final String LOG_CORRELATION = "spanweave.log-correlation.enabled";
  static final String XRAY_TRACE_ID = "spanweave.log-correlation.xray-trace-id";
  static final String SPAN_LOGGING = "spanweave.span-logging.enabled";
  static final String SLOW_THRESHOLD = "spanweave.span-logging.slow-threshold";
  static final String METRICS = "spanweave.metrics.enabled";
  static final String TIMER_NAME = "spanweave.metrics.timer-name";
  static final String HISTOGRAM = "spanweave.metrics.histogram";
  static final String EXEMPLARS = "spanweave.metrics.exemplars";

  private static volatile Settings settings = configured();

  /** Every method described so far; weak keys so that their classes can unload. */
  private static final Map<MethodTrace, MethodFeatures> TRACES = new WeakHashMap<>();

  private Observers() {}

  public static Settings settings() {
    return settings;
  }

  /** Changes the settings; every described method gets its new observer before this returns. */
  public static synchronized void update(UnaryOperator<Settings> change) {
    settings = change.apply(settings);
    List<Map.Entry<MethodTrace, MethodFeatures>> traces = new ArrayList<>(TRACES.entrySet());
    for (Map.Entry<MethodTrace, MethodFeatures> entry : traces) {
      MethodTrace trace = entry.getKey();
      if (trace != null) {
        CallObserver before = trace.observer();
        CallObserver after = compose(entry.getValue(), settings);
        trace.observe(after);
        before.replacedBy(after);
      }
    }
  }

  /** Gives a newly described method its observer and keeps it for later changes. */
  static synchronized void attach(MethodTrace trace, MethodFeatures features) {
    trace.observe(compose(features, settings));
    TRACES.put(trace, features);
  }

  /** The settings read from system properties and environment variables at startup. */
  static Settings configured() {
    return new Settings(
        flag(LOG_CORRELATION, false),
        flag(XRAY_TRACE_ID, false),
        flag(SPAN_LOGGING, false),
        duration(SLOW_THRESHOLD),
        null,
        flag(METRICS, true),
        text(TIMER_NAME, DEFAULT_TIMER_NAME),
        flag(HISTOGRAM, false),
        flag(EXEMPLARS, false));
  }

  static CallObserver compose(MethodFeatures method, Settings settings) {
    // an MDC adapter that answers the ids when read leaves nothing to write per call
    LogCorrelation correlation = settings.logCorrelation() && !LogIds.answeredAtReadTime()
        ? new LogCorrelation(settings.xrayTraceId()) : null;
    List<OutcomeRecorder> recorders = new ArrayList<>(2);
    if (settings.metrics() && settings.meterRegistry() != null) {
      OutcomeRecorder timer = MethodTimer.create(settings.meterRegistry(), method, settings);
      if (timer != null) {
        recorders.add(timer);
      }
    }
    if (settings.spanLogging()) {
      recorders.add(new SpanLogLine(method.spanName(), method.functionName(),
          slowNanos(method, settings)));
    }
    if (correlation == null && recorders.isEmpty()) {
      return CallObserver.NONE;
    }
    OutcomeRecorder[] recorded = recorders.toArray(OutcomeRecorder.NONE);
    LoggedArguments arguments = settings.spanLogging() ? method.arguments() : null;
    if (correlation == null && arguments == null && !method.async()) {
      return new TimedCall(method.functionName(), recorded);
    }
    return new ObservedCall(method.functionName(), correlation, recorded, method.async(),
        arguments);
  }

  private static long slowNanos(MethodFeatures method, Settings settings) {
    if (method.slowThresholdMillis() >= 0) {
      return method.slowThresholdMillis() * 1_000_000L;
    }
    Duration global = settings.slowThreshold();
    return global == null ? Long.MAX_VALUE : saturatedNanos(global);
  }

  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }

  // ---- startup settings ------------------------------------------------------------------

  /** The setting's value: the system property wins over its environment twin; trimmed. */
  static String setting(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      value = System.getenv(environmentName(property));
    }
    return value == null ? null : value.trim();
  }

  /** {@code spanweave.metrics.timer-name} → {@code SPANWEAVE_METRICS_TIMER_NAME}. */
  static String environmentName(String property) {
    return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private static boolean flag(String property, boolean byDefault) {
    String value = setting(property);
    if (value == null || value.isEmpty()) {
      return byDefault;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    Problems.notice("setting:" + property, property + "=" + value + " is neither true nor false;"
        + " it stays " + byDefault);
    return byDefault;
  }

  private static String text(String property, String byDefault) {
    String value = setting(property);
    return value == null || value.isEmpty() ? byDefault : value;
  }

  private static Duration duration(String property) {
    String value = setting(property);
    if (value == null || value.isEmpty()) {
      return null;
    }
    Duration parsed = parseDuration(value);
    if (parsed == null) {
      Problems.notice("setting:" + property, property + "=" + value + " is not a duration"
          + " (500ms, 2s, 1m or ISO-8601 such as PT0.5S); no slow-call threshold is set");
    }
    return parsed;
  }

  /** {@code 250ms}, {@code 2s}, {@code 1m}, a bare number of milliseconds, or ISO-8601. */
  static Duration parseDuration(String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    try {
      if (text.startsWith("pt") || text.startsWith("p")) {
        return Duration.parse(text.toUpperCase(Locale.ROOT));
      }
      if (text.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2).trim()));
      }
      if (text.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1).trim()));
      }
      if (text.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1).trim()));
      }
      return Duration.ofMillis(Long.parseLong(text));
    } catch (NumberFormatException | DateTimeParseException notADuration) {
      return null;
    }
  }
}
