package dev.spanweave.aspectj;

import dev.spanweave.internal.MethodTrace;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.aspectj.lang.JoinPoint;

/**
 * The traces of one woven type, indexed by join point id. Reads are lock-free; a method described
 * for the first time replaces the array under the lock (copy on write: a type has few traced
 * methods and each is added once).
 */
final class TypeTraces {

  /** A trace and the join point it was described for, to tell an unexpected id clash apart. */
  private record Entry(JoinPoint.StaticPart joinPoint, MethodTrace trace) {}

  private volatile Entry[] entries = new Entry[0];

  /** Whether the type stays loaded as long as spanweave: its traces also go to ResidentTraces. */
  private final boolean resident;

  TypeTraces(boolean resident) {
    this.resident = resident;
  }

  boolean resident() {
    return resident;
  }

  /** Join points whose id is taken by another (not expected: ids are per woven type). */
  private final ConcurrentHashMap<JoinPoint.StaticPart, MethodTrace> clashes =
      new ConcurrentHashMap<>();

  MethodTrace of(JoinPoint.StaticPart joinPoint) {
    Entry[] current = entries;
    int id = joinPoint.getId();
    if (id >= 0 && id < current.length) {
      Entry entry = current[id];
      if (entry != null && entry.joinPoint == joinPoint) {
        return entry.trace;
      }
    }
    MethodTrace clash = clashes.get(joinPoint);
    return clash != null ? clash : describeOnce(joinPoint);
  }

  private synchronized MethodTrace describeOnce(JoinPoint.StaticPart joinPoint) {
    int id = joinPoint.getId();
    Entry[] current = entries;
    if (id < 0 || id < current.length && current[id] != null) {
      Entry entry = id < 0 ? null : current[id];
      return entry != null && entry.joinPoint == joinPoint
          ? entry.trace
          : clashes.computeIfAbsent(joinPoint, JoinPointTraces::describe);
    }
    MethodTrace trace = JoinPointTraces.describe(joinPoint);
    Entry[] grown = Arrays.copyOf(current, Math.max(current.length, id + 1));
    grown[id] = new Entry(joinPoint, trace);
    entries = grown;
    return trace;
  }
}
