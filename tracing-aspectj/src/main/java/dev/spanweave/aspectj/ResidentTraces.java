package dev.spanweave.aspectj;

import dev.spanweave.internal.MethodTrace;
import java.util.Arrays;
import org.aspectj.lang.JoinPoint;

/**
 * The traces of join points in classes that stay loaded as long as spanweave does, found by the
 * join point's identity: a hash read from the object's header and a probe or two in one array,
 * where the per-type lookup of {@link JoinPointTraces} goes through a {@code ClassValue} and a
 * weak reference on every call.
 *
 * <p>The table holds its join points and traces strongly, so it takes only those of classes whose
 * class loader is spanweave's own or one of its ancestors (an application's classes next to
 * spanweave's jar on the class path or in a Boot jar): those cannot be unloaded before spanweave,
 * so keeping them costs nothing. Classes of a child loader (a redeployed web application over a
 * shared spanweave, a dev-tools restart) stay with the per-type lookup, which lets them go.
 *
 * <p>Open addressing with linear probing, keys and traces side by side, at most half full; copied
 * on every addition, which happens once per traced method.
 */
final class ResidentTraces {

  /** Past this many traced methods, further ones use the per-type lookup only. */
  static final int MAX_ENTRIES = 1 << 15;

  private static final ClassLoader OURS = ResidentTraces.class.getClassLoader();

  /** Join point at {@code 2 * slot}, its trace at {@code 2 * slot + 1}. */
  private static volatile Object[] table = new Object[2 * 64];

  private static int size; // guarded by ResidentTraces.class

  private ResidentTraces() {}

  /** The trace kept for {@code joinPoint}, or null. */
  static MethodTrace get(JoinPoint.StaticPart joinPoint) {
    Object[] entries = table;
    int mask = (entries.length >> 1) - 1;
    for (int slot = System.identityHashCode(joinPoint) & mask; ; slot = (slot + 1) & mask) {
      Object key = entries[2 * slot];
      if (key == joinPoint) {
        return (MethodTrace) entries[2 * slot + 1];
      }
      if (key == null) {
        return null;
      }
    }
  }

  /**
   * Keeps {@code trace} for {@code joinPoint}, whose class the caller found {@link #staysLoaded}
   * (once per class).
   */
  static synchronized void add(JoinPoint.StaticPart joinPoint, MethodTrace trace) {
    if (get(joinPoint) != null || size >= MAX_ENTRIES) {
      return;
    }
    Object[] entries = table;
    int slots = entries.length >> 1;
    Object[] grown = 2 * (size + 1) > slots
        ? rehashed(entries, 2 * slots)
        : Arrays.copyOf(entries, entries.length);
    put(grown, joinPoint, trace);
    size++;
    table = grown;
  }

  private static Object[] rehashed(Object[] entries, int slots) {
    Object[] grown = new Object[2 * slots];
    for (int slot = 0; slot < entries.length >> 1; slot++) {
      if (entries[2 * slot] != null) {
        put(grown, entries[2 * slot], entries[2 * slot + 1]);
      }
    }
    return grown;
  }

  private static void put(Object[] entries, Object joinPoint, Object trace) {
    int mask = (entries.length >> 1) - 1;
    int slot = System.identityHashCode(joinPoint) & mask;
    while (entries[2 * slot] != null) {
      slot = (slot + 1) & mask;
    }
    entries[2 * slot] = joinPoint;
    entries[2 * slot + 1] = trace;
  }

  /** Whether {@code type}'s loader is spanweave's or an ancestor of it (the bootstrap loader too). */
  static boolean staysLoaded(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    if (loader == null) {
      return true;
    }
    for (ClassLoader ancestor = OURS; ancestor != null; ancestor = ancestor.getParent()) {
      if (ancestor == loader) {
        return true;
      }
    }
    return false;
  }
}
