package dev.spanweave.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports problems of the instrumentation itself (never of the user's method): the first
 * occurrence of each kind at WARN with its stack trace, later ones at DEBUG, so that a bad value on
 * a hot path cannot flood the log.
 */
public final class Problems {

  static final Logger LOG = LoggerFactory.getLogger("dev.spanweave");

  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

  private Problems() {}

  /**
   * @param kind identifies the problem (for example the method and attribute key); reported at
   *     WARN once per kind
   */
  public static void report(String kind, String message, Throwable cause) {
    try {
      if (REPORTED.add(kind)) {
        LOG.warn("spanweave: {} (further occurrences are logged at DEBUG)", message, cause);
      } else if (LOG.isDebugEnabled()) {
        LOG.debug("spanweave: {}", message, cause);
      }
    } catch (Throwable ignored) {
      // a broken logger must not break the traced method either
    }
  }

  /** A configuration notice, logged once per kind at WARN without a stack trace. */
  static void notice(String kind, String message) {
    if (REPORTED.add(kind)) {
      LOG.warn("spanweave: {}", message);
    }
  }
}
