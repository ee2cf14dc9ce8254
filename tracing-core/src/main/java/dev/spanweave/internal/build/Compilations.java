package dev.spanweave.internal.build;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The javac compilations that the plug-in checks, so that the processor stands aside in them.
 *
 * <p>A compilation is known by its {@link Elements} instance, which javac gives both the plug-in
 * and the processors. Both classes come from the same processor class loader, so they share this
 * map; it is weak so that a build tool running many compilations in one JVM keeps none alive.
 */
final class Compilations {

  private static final Map<Elements, Compilations> CHECKED_BY_PLUGIN =
      Collections.synchronizedMap(new WeakHashMap<>());

  private volatile boolean warnOnly;

  private Compilations(boolean warnOnly) {
    this.warnOnly = warnOnly;
  }

  static Compilations checkedByPlugin(Elements compilation, boolean warnOnly) {
    Compilations checks = new Compilations(warnOnly);
    CHECKED_BY_PLUGIN.put(compilation, checks);
    return checks;
  }

  /** The plug-in's settings for this compilation, or null when no plug-in checks it. */
  static Compilations pluginOf(Elements compilation) {
    return CHECKED_BY_PLUGIN.get(compilation);
  }

  /** The processor's {@code -Aspanweave.misuse=warn} applies to the plug-in too. */
  void warnOnly() {
    warnOnly = true;
  }

  Diagnostic.Kind kind() {
    return warnOnly ? Diagnostic.Kind.WARNING : Diagnostic.Kind.ERROR;
  }
}
