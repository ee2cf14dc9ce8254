package dev.spanweave.internal;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.function.BooleanSupplier;

/**
 * Whether {@link GlobalOpenTelemetry} has been set, asked without {@code GlobalOpenTelemetry.get()}:
 * on an unset global, {@code get()} installs a no-op for the life of the JVM, and every later
 * {@code set(...)} then fails.
 *
 * <p>opentelemetry-api 1.57.0 added {@code isSet()}; before it the API offers no such question, so
 * the global's own field is read instead (it has had the same name since 1.0). The way is chosen
 * once, when this class is initialised.
 */
public final class GlobalLookup {

  /** The first opentelemetry-api version with {@code GlobalOpenTelemetry.isSet()}. */
  static final String IS_SET_SINCE = "1.57.0";

  /** OpenTelemetry's switch for building the global SDK from {@code OTEL_*} settings on get(). */
  static final String AUTOCONFIGURE_PROPERTY = "otel.java.global-autoconfigure.enabled";

  static final String AUTOCONFIGURE_ENV = "OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED";

  private static final String AUTOCONFIGURE_CLASS =
      "io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk";

  private static final BooleanSupplier IS_SET = chooseLookup();

  /**
   * Whether {@code GlobalOpenTelemetry.get()} builds the SDK from the {@code OTEL_*} settings: the
   * autoconfigure module is on the class path and switched on. Then spanweave calls get() itself,
   * as any instrumentation would, since nobody else may: the application configured no code.
   */
  public static final boolean AUTOCONFIGURES =
      autoconfigureSwitchedOn(
              System.getProperty(AUTOCONFIGURE_PROPERTY), System.getenv(AUTOCONFIGURE_ENV))
          && autoconfigurePresent();

  private GlobalLookup() {}

  /**
   * Whether the global OpenTelemetry has been set ({@code false} when that cannot be learnt; a
   * WARN said why). Takes the API's lock on 1.57.0 and later: not for every call.
   */
  public static boolean isSet() {
    return IS_SET.getAsBoolean();
  }

  /** OpenTelemetry's own reading: the property wins over the environment; "true" ignoring case. */
  static boolean autoconfigureSwitchedOn(String property, String environment) {
    return "true".equalsIgnoreCase(TracerHolder.setting(property, environment));
  }

  static boolean autoconfigurePresent() {
    try {
      // the class GlobalOpenTelemetry.get() looks for, from the same class loader
      Class.forName(AUTOCONFIGURE_CLASS, false, GlobalOpenTelemetry.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The opentelemetry-api version on the class path, as its jar's manifest says. */
  static String apiVersion() {
    String version = GlobalOpenTelemetry.class.getPackage().getImplementationVersion();
    return version != null ? version : "(unknown version)";
  }

  private static BooleanSupplier chooseLookup() {
    if (hasIsSet()) {
      // linked on first use only, so this class loads on an API without isSet()
      return () -> GlobalOpenTelemetry.isSet();
    }
    try {
      Field global = GlobalOpenTelemetry.class.getDeclaredField("globalOpenTelemetry");
      if (Modifier.isStatic(global.getModifiers())
          && OpenTelemetry.class.isAssignableFrom(global.getType())) {
        global.setAccessible(true);
        return () -> read(global) != null;
      }
    } catch (Exception | LinkageError problem) {
      // reported below: the outcome is the same
    }
    Problems.notice("global-lookup",
        "cannot tell whether GlobalOpenTelemetry has been set on opentelemetry-api " + apiVersion()
            + " (it has no GlobalOpenTelemetry.isSet()), so spans go nowhere until "
            + "Spanweave.useOpenTelemetry(...) is called: upgrade opentelemetry-api (the "
            + "opentelemetry-bom) to " + IS_SET_SINCE + " or newer, or call Spanweave"
            + ".useOpenTelemetry(...) at startup");
    return () -> false;
  }

  private static boolean hasIsSet() {
    try {
      GlobalOpenTelemetry.class.getMethod("isSet");
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Object read(Field global) {
    try {
      return global.get(null); // a volatile read: the field is volatile
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
