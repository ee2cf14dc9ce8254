package dev.spanweave.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * spanweave's Spring Boot settings, under {@code spanweave.*} in {@code application.properties} or
 * {@code application.yaml}.
 *
 * <p>Each setting is a block of its own: field, getter, setter, javadoc (the javadoc becomes the
 * IDE's description of the property). Settings of further features are added the same way.
 *
 * <p>The settings that mirror a JVM-wide setting of {@code dev.spanweave.Spanweave} carry the same
 * names as its system properties. Not set (null) leaves the JVM-wide setting as it is; set, it
 * applies while this application context is open and the previous value is put back when the
 * context closes.
 */
@ConfigurationProperties("spanweave")
public class SpanweaveProperties {

  /** Settings with their defaults; Spring binds the configured values. */
  public SpanweaveProperties() {}

  /**
   * Whether spanweave traces. false: no bean is proxied for tracing, and methods woven at build
   * time run untraced while this application context is open.
   */
  private boolean enabled = true;

  /**
   * Whether spans carry code.function.name (the fully qualified method name). Not set: the JVM-wide
   * default (-Dspanweave.code-attributes, SPANWEAVE_CODE_ATTRIBUTES), off unless configured.
   */
  private Boolean codeAttributes;

  /**
   * Whether an exception that escapes several traced calls gets its exception event on the span
   * of the first of them only; the spans of the callers it fails then get status ERROR, error.type
   * and its message as status description. Not set: the JVM-wide default
   * (-Dspanweave.record-exception-once, SPANWEAVE_RECORD_EXCEPTION_ONCE), off unless configured.
   */
  private Boolean recordExceptionOnce;

  /**
   * Order of spanweave's advisor among the application's other advisors: lower runs first, outside
   * the others. The default, 0, puts the span around @Transactional's transaction (whose advisor
   * runs last by default), Spring Security's method checks and caching.
   */
  private int order = 0;

  // ---- settings of later features go below, one block each ---------------------------------

  /**
   * The longest string spanweave records, in characters (at least 1). Not set: the JVM-wide cap
   * (-Dspanweave.max-value-length, 4096 by default).
   */
  private Integer maxValueLength;

  /**
   * Regular expression (found anywhere, ignoring case) of the attribute keys and parameter names
   * whose values are recorded as [REDACTED]. Applies to methods first called or proxied after it is
   * set. Not set: the JVM-wide pattern (-Dspanweave.redact-pattern, or the built-in default).
   */
  private String redactPattern;

  /** Trace ids in SLF4J's MDC while traced methods run. */
  private final LogCorrelation logCorrelation = new LogCorrelation();

  /** One log line per ended span, to the logger dev.spanweave.spans. */
  private final SpanLogging spanLogging = new SpanLogging();

  /** A Micrometer timer per traced method. */
  private final Metrics metrics = new Metrics();

  /**
   * Returns whether spanweave traces ({@code spanweave.enabled}).
   *
   * @return whether spanweave traces ({@code spanweave.enabled})
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether spanweave traces ({@code spanweave.enabled}).
   *
   * @param enabled whether spanweave traces ({@code spanweave.enabled})
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Returns whether spans carry code.function.name; null for the JVM-wide default.
   *
   * @return whether spans carry code.function.name; null for the JVM-wide default
   */
  public Boolean getCodeAttributes() {
    return codeAttributes;
  }

  /**
   * Sets whether spans carry code.function.name; null for the JVM-wide default.
   *
   * @param codeAttributes whether spans carry code.function.name; null for the JVM-wide default
   */
  public void setCodeAttributes(Boolean codeAttributes) {
    this.codeAttributes = codeAttributes;
  }

  /**
   * Returns whether each exception is recorded on the first span it fails only; null for the
   * JVM-wide default.
   *
   * @return whether each exception is recorded once; null for the JVM-wide default
   */
  public Boolean getRecordExceptionOnce() {
    return recordExceptionOnce;
  }

  /**
   * Sets whether each exception is recorded on the first span it fails only; null for the
   * JVM-wide default.
   *
   * @param recordExceptionOnce whether each exception is recorded once; null for the JVM-wide
   *     default
   */
  public void setRecordExceptionOnce(Boolean recordExceptionOnce) {
    this.recordExceptionOnce = recordExceptionOnce;
  }

  /**
   * Returns the order of spanweave's advisor ({@code spanweave.order}).
   *
   * @return the order of spanweave's advisor ({@code spanweave.order})
   */
  public int getOrder() {
    return order;
  }

  /**
   * Sets the order of spanweave's advisor ({@code spanweave.order}).
   *
   * @param order the order of spanweave's advisor ({@code spanweave.order})
   */
  public void setOrder(int order) {
    this.order = order;
  }

  /**
   * Returns the longest recorded string in characters; null for the JVM-wide cap.
   *
   * @return the longest recorded string in characters; null for the JVM-wide cap
   */
  public Integer getMaxValueLength() {
    return maxValueLength;
  }

  /**
   * Sets the longest recorded string in characters; null for the JVM-wide cap.
   *
   * @param maxValueLength the longest recorded string in characters; null for the JVM-wide cap
   */
  public void setMaxValueLength(Integer maxValueLength) {
    this.maxValueLength = maxValueLength;
  }

  /**
   * Returns the pattern of keys whose values are redacted; null for the JVM-wide pattern.
   *
   * @return the pattern of keys whose values are redacted; null for the JVM-wide pattern
   */
  public String getRedactPattern() {
    return redactPattern;
  }

  /**
   * Sets the pattern of keys whose values are redacted; null for the JVM-wide one.
   *
   * @param redactPattern the pattern of keys whose values are redacted; null for the JVM-wide one
   */
  public void setRedactPattern(String redactPattern) {
    this.redactPattern = redactPattern;
  }

  /**
   * Returns the log correlation settings ({@code spanweave.log-correlation.*}).
   *
   * @return the log correlation settings ({@code spanweave.log-correlation.*})
   */
  public LogCorrelation getLogCorrelation() {
    return logCorrelation;
  }

  /**
   * Returns the span log line settings ({@code spanweave.span-logging.*}).
   *
   * @return the span log line settings ({@code spanweave.span-logging.*})
   */
  public SpanLogging getSpanLogging() {
    return spanLogging;
  }

  /**
   * Returns the timer settings ({@code spanweave.metrics.*}).
   *
   * @return the timer settings ({@code spanweave.metrics.*})
   */
  public Metrics getMetrics() {
    return metrics;
  }

  /** {@code spanweave.log-correlation.*}: trace ids in SLF4J's MDC. */
  public static class LogCorrelation {

    /** Not set: the JVM-wide settings apply. */
    public LogCorrelation() {}

    /**
     * Whether trace_id, span_id and trace_flags are in SLF4J's MDC while a traced method runs. Not
     * set: the JVM-wide setting (-Dspanweave.log-correlation.enabled, off unless configured).
     */
    private Boolean enabled;

    /**
     * Whether log correlation also writes the trace id in AWS X-Ray form under AWS-XRAY-TRACE-ID.
     * Not set: the JVM-wide setting (-Dspanweave.log-correlation.xray-trace-id, off by default).
     */
    private Boolean xrayTraceId;

    /**
     * Returns whether trace ids go into the MDC; null for the JVM-wide setting.
     *
     * @return whether trace ids go into the MDC; null for the JVM-wide setting
     */
    public Boolean getEnabled() {
      return enabled;
    }

    /**
     * Sets whether trace ids go into the MDC; null for the JVM-wide setting.
     *
     * @param enabled whether trace ids go into the MDC; null for the JVM-wide setting
     */
    public void setEnabled(Boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Returns whether the X-Ray form of the trace id is added; null for the JVM-wide setting.
     *
     * @return whether the X-Ray form of the trace id is added; null for the JVM-wide setting
     */
    public Boolean getXrayTraceId() {
      return xrayTraceId;
    }

    /**
     * Sets whether the X-Ray form is added; null for the JVM-wide setting.
     *
     * @param xrayTraceId whether the X-Ray form is added; null for the JVM-wide setting
     */
    public void setXrayTraceId(Boolean xrayTraceId) {
      this.xrayTraceId = xrayTraceId;
    }
  }

  /** {@code spanweave.span-logging.*}: one log line per ended span. */
  public static class SpanLogging {

    /** Not set: the JVM-wide settings apply. */
    public SpanLogging() {}

    /**
     * Whether every ended span writes one line (name, duration, outcome, ids) to the logger
     * dev.spanweave.spans, at DEBUG, or WARN for failed or slow calls. Not set: the JVM-wide
     * setting (-Dspanweave.span-logging.enabled, off unless configured).
     */
    private Boolean enabled;

    /**
     * Calls that take at least this long are logged at WARN, for methods without a threshold of
     * their own (500ms, 2s). Not set: the JVM-wide setting
     * (-Dspanweave.span-logging.slow-threshold, none by default).
     */
    private Duration slowThreshold;

    /**
     * Returns whether ended spans are logged; null for the JVM-wide setting.
     *
     * @return whether ended spans are logged; null for the JVM-wide setting
     */
    public Boolean getEnabled() {
      return enabled;
    }

    /**
     * Sets whether ended spans are logged; null for the JVM-wide setting.
     *
     * @param enabled whether ended spans are logged; null for the JVM-wide setting
     */
    public void setEnabled(Boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Returns the duration from which a call is slow; null for the JVM-wide setting.
     *
     * @return the duration from which a call is slow; null for the JVM-wide setting
     */
    public Duration getSlowThreshold() {
      return slowThreshold;
    }

    /**
     * Sets the duration from which a call is slow; null for the JVM-wide one.
     *
     * @param slowThreshold the duration from which a call is slow; null for the JVM-wide one
     */
    public void setSlowThreshold(Duration slowThreshold) {
      this.slowThreshold = slowThreshold;
    }
  }

  /** {@code spanweave.metrics.*}: a Micrometer timer per traced method. */
  public static class Metrics {

    /** Not set: the JVM-wide settings apply. */
    public Metrics() {}

    /**
     * true: every traced method is timed in the application's MeterRegistry bean (Spring Boot
     * Actuator provides one; micrometer-core must be on the class path). false: no timers, even
     * with a registry given to spanweave in code. Not set: the application's registry is not used
     * and the JVM-wide setting stays (timers only if a registry was given in code).
     */
    private Boolean enabled;

    /** Name of the timers. Not set: the JVM-wide name (spanweave.method unless configured). */
    private String timerName;

    /**
     * Whether every timer publishes a percentile histogram. Not set: the JVM-wide setting
     * (-Dspanweave.metrics.histogram, off by default).
     */
    private Boolean histogram;

    /**
     * Whether a sampled call's span is current while its timer records, for exemplars. Not set:
     * the JVM-wide setting (-Dspanweave.metrics.exemplars, off by default).
     */
    private Boolean exemplars;

    /**
     * Returns whether methods are timed in the application's registry; null: not set.
     *
     * @return whether methods are timed in the application's registry; null: not set
     */
    public Boolean getEnabled() {
      return enabled;
    }

    /**
     * Sets whether methods are timed in the application's registry; null: not set.
     *
     * @param enabled whether methods are timed in the application's registry; null: not set
     */
    public void setEnabled(Boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Returns the name of the timers; null for the JVM-wide name.
     *
     * @return the name of the timers; null for the JVM-wide name
     */
    public String getTimerName() {
      return timerName;
    }

    /**
     * Sets the name of the timers; null for the JVM-wide name.
     *
     * @param timerName the name of the timers; null for the JVM-wide name
     */
    public void setTimerName(String timerName) {
      this.timerName = timerName;
    }

    /**
     * Returns whether timers publish histograms; null for the JVM-wide setting.
     *
     * @return whether timers publish histograms; null for the JVM-wide setting
     */
    public Boolean getHistogram() {
      return histogram;
    }

    /**
     * Sets whether timers publish histograms; null for the JVM-wide setting.
     *
     * @param histogram whether timers publish histograms; null for the JVM-wide setting
     */
    public void setHistogram(Boolean histogram) {
      this.histogram = histogram;
    }

    /**
     * Returns whether timers see their span, for exemplars; null for the JVM-wide setting.
     *
     * @return whether timers see their span, for exemplars; null for the JVM-wide setting
     */
    public Boolean getExemplars() {
      return exemplars;
    }

    /**
     * Sets whether timers see their span, for exemplars; null for the JVM-wide one.
     *
     * @param exemplars whether timers see their span, for exemplars; null for the JVM-wide one
     */
    public void setExemplars(Boolean exemplars) {
      this.exemplars = exemplars;
    }
  }
}
