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

  /** @return whether spanweave traces ({@code spanweave.enabled}) */
  public boolean isEnabled() {
    return enabled;
  }

  /** @param enabled whether spanweave traces ({@code spanweave.enabled}) */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** @return whether spans carry code.function.name; null for the JVM-wide default */
  public Boolean getCodeAttributes() {
    return codeAttributes;
  }

  /** @param codeAttributes whether spans carry code.function.name; null for the JVM-wide default */
  public void setCodeAttributes(Boolean codeAttributes) {
    this.codeAttributes = codeAttributes;
  }

  /** @return the order of spanweave's advisor ({@code spanweave.order}) */
  public int getOrder() {
    return order;
  }

  /** @param order the order of spanweave's advisor ({@code spanweave.order}) */
  public void setOrder(int order) {
    this.order = order;
  }

  /** @return the longest recorded string in characters; null for the JVM-wide cap */
  public Integer getMaxValueLength() {
    return maxValueLength;
  }

  /** @param maxValueLength the longest recorded string in characters; null for the JVM-wide cap */
  public void setMaxValueLength(Integer maxValueLength) {
    this.maxValueLength = maxValueLength;
  }

  /** @return the pattern of keys whose values are redacted; null for the JVM-wide pattern */
  public String getRedactPattern() {
    return redactPattern;
  }

  /** @param redactPattern the pattern of keys whose values are redacted; null for the JVM-wide one */
  public void setRedactPattern(String redactPattern) {
    this.redactPattern = redactPattern;
  }

  /** @return the log correlation settings ({@code spanweave.log-correlation.*}) */
  public LogCorrelation getLogCorrelation() {
    return logCorrelation;
  }

  /** @return the span log line settings ({@code spanweave.span-logging.*}) */
  public SpanLogging getSpanLogging() {
    return spanLogging;
  }

  /** @return the timer settings ({@code spanweave.metrics.*}) */
  public Metrics getMetrics() {
    return metrics;
  }

  /** {@code spanweave.log-correlation.*}: trace ids in SLF4J's MDC. */
  public static class LogCorrelation {

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

    /** @return whether trace ids go into the MDC; null for the JVM-wide setting */
    public Boolean getEnabled() {
      return enabled;
    }

    /** @param enabled whether trace ids go into the MDC; null for the JVM-wide setting */
    public void setEnabled(Boolean enabled) {
      this.enabled = enabled;
    }

    /** @return whether the X-Ray form of the trace id is added; null for the JVM-wide setting */
    public Boolean getXrayTraceId() {
      return xrayTraceId;
    }

    /** @param xrayTraceId whether the X-Ray form is added; null for the JVM-wide setting */
    public void setXrayTraceId(Boolean xrayTraceId) {
      this.xrayTraceId = xrayTraceId;
    }
  }

  /** {@code spanweave.span-logging.*}: one log line per ended span. */
  public static class SpanLogging {

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

    /** @return whether ended spans are logged; null for the JVM-wide setting */
    public Boolean getEnabled() {
      return enabled;
    }

    /** @param enabled whether ended spans are logged; null for the JVM-wide setting */
    public void setEnabled(Boolean enabled) {
      this.enabled = enabled;
    }

    /** @return the duration from which a call is slow; null for the JVM-wide setting */
    public Duration getSlowThreshold() {
      return slowThreshold;
    }

    /** @param slowThreshold the duration from which a call is slow; null for the JVM-wide one */
    public void setSlowThreshold(Duration slowThreshold) {
      this.slowThreshold = slowThreshold;
    }
  }

  /** {@code spanweave.metrics.*}: a Micrometer timer per traced method. */
  public static class Metrics {

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

    /** @return whether methods are timed in the application's registry; null: not set */
    public Boolean getEnabled() {
      return enabled;
    }

    /** @param enabled whether methods are timed in the application's registry; null: not set */
    public void setEnabled(Boolean enabled) {
      this.enabled = enabled;
    }

    /** @return the name of the timers; null for the JVM-wide name */
    public String getTimerName() {
      return timerName;
    }

    /** @param timerName the name of the timers; null for the JVM-wide name */
    public void setTimerName(String timerName) {
      this.timerName = timerName;
    }

    /** @return whether timers publish histograms; null for the JVM-wide setting */
    public Boolean getHistogram() {
      return histogram;
    }

    /** @param histogram whether timers publish histograms; null for the JVM-wide setting */
    public void setHistogram(Boolean histogram) {
      this.histogram = histogram;
    }

    /** @return whether timers see their span, for exemplars; null for the JVM-wide setting */
    public Boolean getExemplars() {
      return exemplars;
    }

    /** @param exemplars whether timers see their span, for exemplars; null for the JVM-wide one */
    public void setExemplars(Boolean exemplars) {
      this.exemplars = exemplars;
    }
  }
}
