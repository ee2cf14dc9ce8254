package dev.spanweave.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Helpers for the exception a traced method threw. */
public final class Throwables {

  private Throwables() {}

  /**
   * The exception worth recording: wrappers that only carry another exception across a thread or
   * a reflective call are peeled off.
   */
  public static Throwable unwrap(Throwable error) {
    Throwable current = error;
    for (int depth = 0; depth < 8; depth++) {
      Throwable cause = current.getCause();
      if (cause == null || !isWrapper(current)) {
        return current;
      }
      current = cause;
    }
    return current;
  }

  private static boolean isWrapper(Throwable t) {
    return t instanceof CompletionException
        || t instanceof ExecutionException
        || t instanceof InvocationTargetException
        || t instanceof UndeclaredThrowableException;
  }

  /**
   * Throws {@code error} unchanged, checked or not, without wrapping it; declared to return so that
   * callers can write {@code throw sneakyThrow(e)}.
   */
  public static RuntimeException sneakyThrow(Throwable error) {
    throw Throwables.<RuntimeException>rethrow(error);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T rethrow(Throwable error) throws T {
    throw (T) error;
  }
}
