package dev.spanweave.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports problems of the instrumentation itself (never of the user's method): the first
 * occurrence of each kind at WARN, later ones at DEBUG, so that a bad value on a hot path cannot
 * flood the log. A report stays short: the message (which names the method and the key), the
 * exception with its first {@link #FRAMES} frames, and one line per cause; a {@code toString()}
 * that overflowed the stack gives ten frames, not the JVM's 1,024.
 */
public final class Problems {

  static final Logger LOG = LoggerFactory.getLogger("dev.spanweave");

  /** Frames shown of the exception reported; its causes show as one line each. */
  static final int FRAMES = 10;

  /** Causes shown; a longer (or cyclic) chain ends with "...". */
  static final int CAUSES = 4;

  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

  private Problems() {}

  /**
   * @param kind identifies the problem (for example the method and attribute key); reported at
   *     WARN once per kind
   */
  public static void report(String kind, String message, Throwable cause) {
    try {
      if (REPORTED.add(kind)) {
        LOG.warn("spanweave: {} (further occurrences are logged at DEBUG){}", message,
            summary(cause));
      } else if (LOG.isDebugEnabled()) {
        LOG.debug("spanweave: {}{}", message, summary(cause));
      }
    } catch (Throwable ignored) {
      // a broken logger must not break the traced method either
    }
  }

  /** A configuration notice, logged once per kind at WARN without a stack trace. */
  public static void notice(String kind, String message) {
    try {
      if (REPORTED.add(kind)) {
        LOG.warn("spanweave: {}", message);
      }
    } catch (Throwable ignored) {
      // as above
    }
  }

  /** The exception in a few lines: itself, its first frames, its causes. */
  static String summary(Throwable error) {
    if (error == null) {
      return "";
    }
    StringBuilder text = new StringBuilder("\n").append(describe(error));
    StackTraceElement[] frames = error.getStackTrace();
    int shown = Math.min(frames.length, FRAMES);
    for (int i = 0; i < shown; i++) {
      text.append("\n\tat ").append(frames[i]);
    }
    if (frames.length > shown) {
      text.append("\n\t... ").append(frames.length - shown).append(" more frames");
    }
    Throwable cause = error;
    for (int i = 0; i < CAUSES; i++) {
      cause = causeOf(cause);
      if (cause == null || cause == error) {
        return text.toString();
      }
      text.append("\nCaused by: ").append(describe(cause));
    }
    if (causeOf(cause) != null) {
      text.append("\nCaused by: ...");
    }
    return text.toString();
  }

  /** The exception's {@code toString()}, or its class when that throws. */
  private static String describe(Throwable error) {
    try {
      return ValueText.cap(String.valueOf(error), 512);
    } catch (StackOverflowError tooDeep) {
      throw tooDeep;
    } catch (Throwable broken) {
      return error.getClass().getName() + " (its toString() threw " + broken.getClass().getName()
          + ")";
    }
  }

  private static Throwable causeOf(Throwable error) {
    try {
      return error.getCause();
    } catch (StackOverflowError tooDeep) {
      throw tooDeep;
    } catch (Throwable broken) {
      return null;
    }
  }
}
