package dev.spanweave.internal;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Helpers for the exception a traced method threw. */
public final class Throwables {

  static final String EXCEPTION_EVENT = "exception";
  static final AttributeKey<String> EXCEPTION_TYPE = AttributeKey.stringKey("exception.type");
  static final AttributeKey<String> EXCEPTION_MESSAGE = AttributeKey.stringKey("exception.message");
  static final AttributeKey<String> EXCEPTION_STACKTRACE =
      AttributeKey.stringKey("exception.stacktrace");

  private Throwables() {}

  /**
   * The exception worth recording: wrappers that only carry another exception across a thread or
   * a reflective call are peeled off. A {@code getCause()} that throws ends the peeling there.
   */
  public static Throwable unwrap(Throwable error) {
    Throwable current = error;
    for (int depth = 0; depth < 8 && isWrapper(current); depth++) {
      Throwable cause;
      try {
        cause = current.getCause();
      } catch (StackOverflowError tooDeep) {
        throw tooDeep;
      } catch (RuntimeException | LinkageError broken) {
        return current;
      }
      if (cause == null) {
        return current;
      }
      current = cause;
    }
    return current;
  }

  /**
   * Adds the semantic-convention exception event for {@code error}. The SDK's own recording reads
   * the message and prints the stack trace, both of which user code can break; when it fails the
   * event is built here from what can still be had: the type always, the message if it can be
   * read.
   */
  public static void record(Span span, Throwable error) {
    try {
      if (error instanceof StackOverflowError overflow) {
        span.addEvent(EXCEPTION_EVENT, Overflows.attributes(overflow));
        return;
      }
      if (readable(error)) {
        span.recordException(error);
        return;
      }
    } catch (StackOverflowError tooDeep) {
      throw tooDeep;
    } catch (Throwable broken) {
      // below: the event without what broke it
    }
    String type = error.getClass().getName();
    String message = cappedMessage(error);
    span.addEvent(EXCEPTION_EVENT, message == null
        ? Attributes.of(EXCEPTION_TYPE, type)
        : Attributes.of(EXCEPTION_TYPE, type, EXCEPTION_MESSAGE, message));
  }

  /**
   * Marks {@code span} as an error described by {@code error}'s message, cut to the length cap, as
   * the semantic conventions ask of a span that failed with an exception: for the spans that carry
   * no exception event of their own. An exception whose message is null, or cannot be read, leaves
   * the status without a description.
   */
  public static void describe(Span span, Throwable error) {
    String message = cappedMessage(error);
    if (message != null) {
      span.setStatus(StatusCode.ERROR, message);
    }
  }

  /** {@code error}'s message cut to the length cap; null when it has none or cannot be read. */
  private static String cappedMessage(Throwable error) {
    String message;
    try {
      message = error.getMessage();
    } catch (StackOverflowError tooDeep) {
      throw tooDeep;
    } catch (Throwable broken) {
      return null;
    }
    return message == null ? null : ValueText.cap(message, ValueSettings.maxLength());
  }

  /**
   * Whether what the SDK reads of {@code error} to build its event (the text of it and of its
   * causes) can be read. Older SDKs read it only when the span is exported, where a throwing
   * {@code getMessage()} would break the export of the whole span, so it is tried here first.
   */
  private static boolean readable(Throwable error) {
    try {
      Throwable current = error;
      for (int depth = 0; depth < 8 && current != null; depth++) {
        current.toString();
        current = current.getCause();
      }
      return true;
    } catch (StackOverflowError tooDeep) {
      throw tooDeep;
    } catch (Throwable broken) {
      return false;
    }
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
