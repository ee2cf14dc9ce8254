package dev.spanweave.test;

import io.opentelemetry.sdk.trace.ReadableSpan;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;

/**
 * Tells which span the current thread is writing to while the SDK logs a write to an ended span:
 * the SDK logs while holding that span's private lock object, and {@link Thread#holdsLock} can
 * recognise it. Reading the lock needs reflection into the SDK; when that is not possible (another
 * SDK version, a module path that forbids it) the span is simply not identified.
 */
final class SpanLocks {

  private static final ClassValue<Optional<Field>> LOCK_FIELD =
      new ClassValue<>() {
        @Override
        protected Optional<Field> computeValue(Class<?> type) {
          try {
            Field field = type.getDeclaredField("lock");
            field.setAccessible(true);
            return Optional.of(field);
          } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
          }
        }
      };

  private SpanLocks() {}

  /** The span among {@code candidates} whose lock the current thread holds, or {@code null}. */
  static ReadableSpan heldByCurrentThread(List<ReadableSpan> candidates) {
    for (ReadableSpan span : candidates) {
      Object lock = lockOf(span);
      if (lock != null && Thread.holdsLock(lock)) {
        return span;
      }
    }
    return null;
  }

  private static Object lockOf(ReadableSpan span) {
    Optional<Field> field = LOCK_FIELD.get(span.getClass());
    if (field.isEmpty()) {
      return null;
    }
    try {
      return field.get().get(span);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
