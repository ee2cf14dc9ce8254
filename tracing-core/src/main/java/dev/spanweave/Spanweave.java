package dev.spanweave;

import dev.spanweave.internal.TracerHolder;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
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
   * Whether spanweave is switched on for this JVM: {@code false} only when it was started with
   * {@code -Dspanweave.enabled=false} or {@code SPANWEAVE_ENABLED=false}.
   */
  public static boolean enabled() {
    return TracerHolder.ENABLED;
  }

  /** The version of the spanweave library, as recorded in the spans' instrumentation scope. */
  public static String version() {
    return TracerHolder.VERSION;
  }
}
