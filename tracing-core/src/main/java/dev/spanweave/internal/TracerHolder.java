package dev.spanweave.internal;

import dev.spanweave.Spanweave;
import dev.spanweave.internal.exceptions.ExceptionEvents;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Holds what the per-call path reads: the tracer (a {@code null} tracer means tracing is off, so
 * the woven code skips everything else) and whether spans carry code attributes.
 */
public final class TracerHolder {

  public static final String VERSION = readVersion();

  /** The system property that switches spanweave off for the JVM's life; the env var is its twin. */
  static final String ENABLED_PROPERTY = "spanweave.enabled";

  static final String ENABLED_ENV = "SPANWEAVE_ENABLED";

  /**
   * {@code false} when spanweave is switched off at startup. A constant, so that the JIT compiler
   * folds {@link #tracer()} to {@code null} and woven methods cost what unwoven ones do.
   */
  public static final boolean ENABLED = enabledAtStartup();

  /** The system property that turns code attributes on; the environment variable is its twin. */
  static final String CODE_ATTRIBUTES_PROPERTY = "spanweave.code-attributes";

  static final String CODE_ATTRIBUTES_ENV = "SPANWEAVE_CODE_ATTRIBUTES";

  /** The oldest opentelemetry-api the test suite runs against (see docs/compatibility.md). */
  static final String OLDEST_SUPPORTED_API = "1.27.0";

  /** How many untraced calls pass between two looks for a late {@code GlobalOpenTelemetry.set}. */
  static final int GLOBAL_RECHECK_INTERVAL = 1024;

  private static final Class<?> NOOP_TRACER_CLASS = TracerProvider.noop().get("noop").getClass();

  /** {@code settled == false}: waiting for GlobalOpenTelemetry to be set. */
  private record State(Tracer tracer, boolean settled) {}

  private static final State WAITING_FOR_GLOBAL = new State(null, false);

  private static volatile State state = WAITING_FOR_GLOBAL;

  private static volatile boolean codeAttributes =
      codeAttributesConfigured(
          System.getProperty(CODE_ATTRIBUTES_PROPERTY), System.getenv(CODE_ATTRIBUTES_ENV));

  /** What a test kit saves and puts back. */
  private record Snapshot(State state, boolean codeAttributes, boolean recordExceptionOnce) {}

  // Racy on purpose: an occasional lost increment only shifts the next look by one call.
  private static int callsSinceGlobalCheck;

  private TracerHolder() {}

  /** The tracer to use for this call, or {@code null} when tracing is off. */
  public static Tracer tracer() {
    if (!ENABLED) {
      return null;
    }
    State current = state;
    return current.settled ? current.tracer : waitingForGlobal();
  }

  private static Tracer waitingForGlobal() {
    if (callsSinceGlobalCheck++ % GLOBAL_RECHECK_INTERVAL != 0) {
      return null;
    }
    try {
      // isSet() takes a lock, so it is asked only every GLOBAL_RECHECK_INTERVAL calls. With the
      // SDK autoconfigure switched on, get() builds the global SDK: never a no-op for others.
      if (!GlobalLookup.AUTOCONFIGURES && !GlobalLookup.isSet()) {
        NoSdkNotice.give();
        return null;
      }
      synchronized (TracerHolder.class) {
        if (!state.settled) {
          state = settledOn(GlobalOpenTelemetry.get());
        }
        return state.tracer;
      }
    } catch (Throwable problem) {
      reportUnusable(problem);
      return null;
    }
  }

  public static synchronized void use(OpenTelemetry openTelemetry) {
    state = settledOn(openTelemetry);
  }

  public static synchronized void useGlobal() {
    callsSinceGlobalCheck = 0;
    state = WAITING_FOR_GLOBAL;
  }

  /** Whether spans carry {@code code.function.name}: off unless configured or switched on. */
  public static boolean codeAttributes() {
    return codeAttributes;
  }

  public static void recordCodeAttributes(boolean record) {
    codeAttributes = record;
  }

  /** The configured default: only {@code true} (ignoring case) turns code attributes on. */
  static boolean codeAttributesConfigured(String property, String environment) {
    return "true".equalsIgnoreCase(setting(property, environment));
  }

  private static boolean enabledAtStartup() {
    String property = System.getProperty(ENABLED_PROPERTY);
    String environment = System.getenv(ENABLED_ENV);
    boolean enabled = enabledConfigured(property, environment);
    if (!enabled) {
      Problems.LOG.info("spanweave: switched off by {}={}: traced methods run untraced",
          property != null ? ENABLED_PROPERTY : ENABLED_ENV, setting(property, environment));
    }
    return enabled;
  }

  /** Only {@code false} (ignoring case) switches spanweave off. */
  static boolean enabledConfigured(String property, String environment) {
    return !"false".equalsIgnoreCase(setting(property, environment));
  }

  /** A startup setting: the system property wins over the environment variable; trimmed. */
  public static String setting(String property, String environment) {
    String configured = property != null ? property : environment;
    return configured != null ? configured.trim() : null;
  }

  /** The current settings, opaque, for a test kit to put back later with {@link #restore}. */
  public static Object snapshot() {
    return new Snapshot(state, codeAttributes, ExceptionEvents.once());
  }

  /** Puts back settings taken by {@link #snapshot}. */
  public static synchronized void restore(Object snapshot) {
    Snapshot saved = (Snapshot) snapshot;
    callsSinceGlobalCheck = 0;
    state = saved.state;
    codeAttributes = saved.codeAttributes;
    ExceptionEvents.once(saved.recordExceptionOnce);
  }

  /** An OpenTelemetry that cannot give a tracer (say, an API too old) leaves tracing off. */
  private static State settledOn(OpenTelemetry openTelemetry) {
    try {
      Tracer tracer =
          openTelemetry
              .getTracerProvider()
              .tracerBuilder(Spanweave.INSTRUMENTATION_SCOPE_NAME)
              .setInstrumentationVersion(VERSION)
              .build();
      return new State(NOOP_TRACER_CLASS.isInstance(tracer) ? null : tracer, true);
    } catch (Throwable problem) {
      reportUnusable(problem);
      return new State(null, true);
    }
  }

  private static void reportUnusable(Throwable problem) {
    Problems.report("opentelemetry-unusable",
        "cannot use OpenTelemetry (opentelemetry-api " + GlobalLookup.apiVersion() + ", "
            + problem + "), so traced methods run untraced: spanweave needs opentelemetry-api "
            + OLDEST_SUPPORTED_API + " or newer, with the SDK of the same version (import the "
            + "opentelemetry-bom to align them)",
        problem);
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in = TracerHolder.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // the version is informative only
    }
    return properties.getProperty("version", "unknown");
  }
}
