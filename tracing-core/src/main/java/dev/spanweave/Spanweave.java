package dev.spanweave;

import dev.spanweave.internal.TracerHolder;
import dev.spanweave.internal.ValueSettings;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Objects;

/**
 * Chooses where spanweave's spans go.
 *
 * <p>By default spans go to {@link GlobalOpenTelemetry}: an instance registered with {@code
 * GlobalOpenTelemetry.set(...)} (or by the OpenTelemetry SDK's autoconfiguration) before the first
 * traced call is used from then on; until one is registered, traced methods run untraced at the
 * cost of a field read. spanweave never calls {@code GlobalOpenTelemetry.get()} before one is
 * registered, so it never blocks a later {@code set(...)}.
 *
 * <p>{@link #useOpenTelemetry(OpenTelemetry)} gives the library an explicit instance instead, for
 * applications that do not use the global one and for tests. Spans are created with the
 * instrumentation scope {@value #INSTRUMENTATION_SCOPE_NAME} and the library's version.
 *
 * <p>Starting the JVM with {@code -Dspanweave.enabled=false} (or the environment variable {@code
 * SPANWEAVE_ENABLED=false}) switches spanweave off for the life of the JVM, whatever is configured
 * here: woven methods then cost what unwoven ones do.
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
}
