package dev.spanweave.internal.exceptions;

import dev.spanweave.internal.Throwables;
import dev.spanweave.internal.TracerHolder;
import io.opentelemetry.api.trace.Span;

/**
 * Which spans of a failure get its exception event. By default every traced call the exception
 * escapes records it, as OpenTelemetry's agent does; with {@link #once(boolean) once} on, only the
 * first span does, and the spans of its callers that the same exception instance then fails get
 * their status, {@code error.type} and the exception's message as status description, without a
 * second copy of the stack trace. Read only on the failure path: a call that returns pays nothing.
 */
public final class ExceptionEvents {

  static final String PROPERTY = "spanweave.record-exception-once";
  static final String ENVIRONMENT = "SPANWEAVE_RECORD_EXCEPTION_ONCE";

  private static volatile boolean once =
      configured(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT));

  private ExceptionEvents() {}

  /** Loads what the failure path needs, before a failure that may have no stack left for it. */
  public static void preload() {
    RecordedOnThread.below(Span.getInvalid(), null);
  }

  /** Whether an exception is recorded on the first span it fails only. */
  public static boolean once() {
    return once;
  }

  /** From the next failure on, records each exception on the first span it fails only, or not. */
  public static void once(boolean recordOnce) {
    once = recordOnce;
  }

  /** The configured default: only {@code true} (ignoring case, trimmed) turns it on. */
  static boolean configured(String property, String environment) {
    return "true".equalsIgnoreCase(TracerHolder.setting(property, environment));
  }

  /**
   * Records {@code error}, unwrapped, on {@code span}, which it failed; {@code failed} says whether
   * the span was marked as an error (not one of the method's expected exceptions). Called with the
   * caller's context current again, before the span ends. May throw what reading the exception
   * throws; never a problem of its own.
   */
  public static void record(Span span, Throwable error, boolean failed) {
    if (!once) {
      Throwables.record(span, error);
      return;
    }
    if (failed) {
      Throwables.describe(span, error);
    }
    if (RecordedOnThread.below(span, error)) {
      RecordedOnThread.carriedUp(span, error);
    } else {
      Throwables.record(span, error);
      if (span.isRecording()) {
        RecordedOnThread.carriedUp(span, error);
      }
    }
  }
}
