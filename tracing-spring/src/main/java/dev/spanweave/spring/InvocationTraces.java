package dev.spanweave.spring;

import dev.spanweave.internal.MethodTrace;
import java.lang.reflect.Method;

/**
 * The interceptor's per-call lookup of a proxied method's {@link MethodTrace}, by identity: a
 * proxy class passes the same {@code Method} instance on every call of a method (CGLIB and JDK
 * proxies keep it in a static field), so comparing references finds it without the {@code
 * Method.equals} (declaring class, name, return and parameter types) of a hash map keyed by
 * methods. A miss, once per method and target class, falls back to {@link ProxiedTraces}, which
 * describes the method and remembers it per class; the answer is then added here, together with
 * what the interceptor decides once per method (suspend function or not, arguments recorded or
 * not).
 *
 * <p>Open addressing in an array that is copied on every addition (additions stop after {@link
 * #CAPACITY} entries, so that a caller passing a new {@code Method} copy on each call cannot grow
 * it without end; such calls are then looked up in {@link ProxiedTraces} each time). One table
 * per interceptor, that is per application context: it lives as long as the context's proxies.
 */
final class InvocationTraces {

  /** {@code method} called on an instance of {@code type}, and what the proxy does with it. */
  record Entry(Method method, Class<?> type, MethodTrace trace, boolean suspends,
      boolean recordsArguments) {

    static Entry of(Method method, Class<?> type) {
      MethodTrace trace = ProxiedTraces.of(method, type);
      return new Entry(method, type, trace, trace != null && trace.suspends(),
          trace != null && trace.recordsArguments());
    }
  }

  static final int CAPACITY = 4096;

  private volatile Entry[] table = new Entry[64];
  private int size; // guarded by this

  /** The entry of {@code method} called on an instance of {@code type}. */
  Entry get(Method method, Class<?> type) {
    Entry[] entries = table;
    int mask = entries.length - 1;
    for (int i = System.identityHashCode(method) & mask; ; i = (i + 1) & mask) {
      Entry entry = entries[i];
      if (entry == null) {
        return add(method, type);
      }
      if (entry.method == method && entry.type == type) {
        return entry;
      }
    }
  }

  private Entry add(Method method, Class<?> type) {
    // described outside the lock: ProxiedTraces describes each method once whoever asks
    Entry added = Entry.of(method, type);
    synchronized (this) {
      Entry[] entries = table;
      int mask = entries.length - 1;
      for (int i = System.identityHashCode(method) & mask; entries[i] != null;
          i = (i + 1) & mask) {
        if (entries[i].method == method && entries[i].type == type) {
          return entries[i]; // added by another thread meanwhile
        }
      }
      if (size >= CAPACITY) {
        return added;
      }
      // at most half full, so that a probe ends soon at an empty slot
      Entry[] copy =
          new Entry[2 * (size + 1) > entries.length ? 2 * entries.length : entries.length];
      for (Entry entry : entries) {
        if (entry != null) {
          put(copy, entry);
        }
      }
      put(copy, added);
      size++;
      table = copy;
      return added;
    }
  }

  private static void put(Entry[] entries, Entry entry) {
    int mask = entries.length - 1;
    int i = System.identityHashCode(entry.method) & mask;
    while (entries[i] != null) {
      i = (i + 1) & mask;
    }
    entries[i] = entry;
  }
}
