package dev.spanweave.internal;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What bounds and hides the values spanweave records: the length cap of every recorded string
 * and the key pattern of values that are redacted. Both are read at startup from system properties
 * (or their environment variables) and can be changed through {@code dev.spanweave.Spanweave}.
 *
 * <p>The length cap is read on each value (a plain field read); the redaction pattern is applied
 * when a method is described, so it must be set before the first call of the methods it concerns.
 */
public final class ValueSettings {

  /** The default length cap, in characters (UTF-16 code units). */
  public static final int DEFAULT_MAX_LENGTH = 4096;

  /** The marker a redacted value is replaced with. */
  public static final String REDACTED = "[REDACTED]";

  /** Matched (found, ignoring case) in attribute keys and parameter names. */
  public static final String DEFAULT_REDACT_PATTERN =
      "passw(or)?d|passwd|pwd|passphrase|secret|token|api[-_.]?key|access[-_.]?key"
          + "|private[-_.]?key|authori[sz]ation|cookie|credential|session|bearer|jwt";

  static final String MAX_LENGTH_PROPERTY = "spanweave.max-value-length";
  static final String MAX_LENGTH_ENV = "SPANWEAVE_MAX_VALUE_LENGTH";
  static final String REDACT_PROPERTY = "spanweave.redact-pattern";
  static final String REDACT_ENV = "SPANWEAVE_REDACT_PATTERN";

  /**
   * The SDK autoconfiguration's own limits: when set, spanweave cuts no longer than they do, so it
   * never builds what the SDK would drop. (The API does not expose an SDK's {@code SpanLimits}: a
   * limit given in code to {@code SdkTracerProvider} is still applied by the SDK itself.)
   */
  private static final String[][] SDK_LIMITS = {
    {"otel.span.attribute.value.length.limit", "OTEL_SPAN_ATTRIBUTE_VALUE_LENGTH_LIMIT"},
    {"otel.attribute.value.length.limit", "OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT"},
  };

  private static volatile int maxLength = configuredMaxLength();

  private static volatile Pattern redactPattern = configuredRedactPattern();

  private ValueSettings() {}

  /** The length cap of recorded strings, in characters. */
  public static int maxLength() {
    return maxLength;
  }

  /** Sets the length cap; at least 1. */
  public static void maxLength(int characters) {
    if (characters < 1) {
      throw new IllegalArgumentException("the length cap must be at least 1: " + characters);
    }
    maxLength = characters;
  }

  /** The redaction pattern in force for methods described from now on. */
  public static Pattern redactPattern() {
    return redactPattern;
  }

  /** Sets the redaction pattern (a regular expression found in keys, ignoring case). */
  public static void redactPattern(String regex) {
    redactPattern = compile(regex);
  }

  /** Whether a value recorded under {@code key}, from a parameter named {@code name}, is hidden. */
  static boolean redacts(String key, String name) {
    Pattern pattern = redactPattern;
    return pattern.matcher(key).find() || name != null && pattern.matcher(name).find();
  }

  /** What a test kit saves and puts back. */
  public static Object snapshot() {
    return new Object[] {maxLength, redactPattern};
  }

  /** Puts back settings taken by {@link #snapshot}. */
  public static void restore(Object snapshot) {
    Object[] saved = (Object[]) snapshot;
    maxLength = (Integer) saved[0];
    redactPattern = (Pattern) saved[1];
  }

  static int configuredMaxLength() {
    int cap = DEFAULT_MAX_LENGTH;
    String own = setting(MAX_LENGTH_PROPERTY, MAX_LENGTH_ENV);
    if (own != null) {
      Integer parsed = positive(own);
      if (parsed == null) {
        Problems.notice("setting:" + MAX_LENGTH_PROPERTY, MAX_LENGTH_PROPERTY + "=" + own
            + " is not a positive number; the default cap of " + DEFAULT_MAX_LENGTH
            + " characters applies");
      } else {
        cap = parsed;
      }
    }
    for (String[] sdk : SDK_LIMITS) {
      Integer limit = positive(setting(sdk[0], sdk[1]));
      if (limit != null) {
        cap = Math.min(cap, limit);
      }
    }
    return cap;
  }

  private static Pattern configuredRedactPattern() {
    String own = setting(REDACT_PROPERTY, REDACT_ENV);
    if (own != null) {
      try {
        return compile(own);
      } catch (PatternSyntaxException invalid) {
        Problems.notice("setting:" + REDACT_PROPERTY, REDACT_PROPERTY + " is not a valid regular"
            + " expression (" + invalid.getDescription() + "); the default pattern applies");
      }
    }
    return compile(DEFAULT_REDACT_PATTERN);
  }

  private static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static Integer positive(String text) {
    if (text == null) {
      return null;
    }
    try {
      int value = Integer.parseInt(text);
      return value > 0 ? value : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static String setting(String property, String environment) {
    String configured = System.getProperty(property);
    if (configured == null) {
      configured = System.getenv(environment);
    }
    return configured == null || configured.isBlank() ? null : configured.trim();
  }
}
