package dev.spanweave.test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.ReadableSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notices writes to ended spans through the SDK's own report of them. The SDK drops such a write
 * and logs {@code "Calling setAttribute() on an ended Span."} (likewise addEvent, setStatus,
 * updateName, addLink) at FINE on the {@code java.util.logging} logger of its span class, from the
 * writing thread and while holding that span's lock. This handler listens on that logger for the
 * duration of one test, with the logger's level lowered to FINE if needed and put back after.
 *
 * <p>Nothing that takes a span's lock is called from {@link #publish}: another thread may hold that
 * lock and wait for this one.
 */
final class EndedSpanWrites extends Handler {

  /** The logger of {@code io.opentelemetry.sdk.trace.SdkSpan} (package-private in the SDK). */
  static final String SDK_SPAN_LOGGER = "io.opentelemetry.sdk.trace.SdkSpan";

  // "Calling end() on an ended or ending Span." does not match: a second end() loses nothing.
  private static final Pattern ENDED_SPAN_WRITE = Pattern.compile("Calling (\\w+)\\(\\) on an ended Span\\.");

  private static final String SDK_PACKAGE = "io.opentelemetry.sdk.trace.";
  private static final String API_PACKAGE = "io.opentelemetry.api.";

  /** One write the SDK dropped. {@code span} is null when it could not be identified. */
  record Write(
      String operation,
      ReadableSpan span,
      ReadableSpan currentSpan,
      String thread,
      StackTraceElement[] stack) {}

  private final Logger logger = Logger.getLogger(SDK_SPAN_LOGGER);
  private final SpanTracker tracker;
  private final List<Write> writes = new ArrayList<>(); // guarded by itself
  private Level previousLevel;

  EndedSpanWrites(SpanTracker tracker) {
    this.tracker = tracker;
    setLevel(Level.ALL);
  }

  void install() {
    previousLevel = logger.getLevel();
    if (!logger.isLoggable(Level.FINE)) {
      logger.setLevel(Level.FINE);
    }
    logger.addHandler(this);
  }

  void uninstall() {
    logger.removeHandler(this);
    logger.setLevel(previousLevel);
  }

  List<Write> writes() {
    synchronized (writes) {
      return List.copyOf(writes);
    }
  }

  @Override
  public void publish(LogRecord record) {
    if (record == null || record.getMessage() == null) {
      return;
    }
    Matcher matcher = ENDED_SPAN_WRITE.matcher(record.getMessage());
    if (!matcher.matches()) {
      return;
    }
    StackTraceElement[] frames = new Throwable().getStackTrace();
    int user = firstFrameAfterOpenTelemetry(frames);
    // the API method the caller used (recordException, not the addEvent the SDK logs)
    String operation = user > 0 && user <= frames.length && isOpenTelemetry(frames[user - 1])
        ? frames[user - 1].getMethodName()
        : matcher.group(1);
    Span current = Span.current();
    Write write = new Write(
        operation,
        SpanLocks.heldByCurrentThread(tracker.started()),
        current instanceof ReadableSpan readable ? readable : null,
        Thread.currentThread().getName(),
        Arrays.copyOfRange(frames, Math.min(user, frames.length), frames.length));
    synchronized (writes) {
      writes.add(write);
    }
  }

  /** Index of the caller's frame: the first after the SDK span frames and API default methods. */
  private static int firstFrameAfterOpenTelemetry(StackTraceElement[] frames) {
    int i = 0;
    while (i < frames.length && !frames[i].getClassName().startsWith(SDK_PACKAGE)) {
      i++;
    }
    while (i < frames.length && isOpenTelemetry(frames[i])) {
      i++;
    }
    return i;
  }

  private static boolean isOpenTelemetry(StackTraceElement frame) {
    String type = frame.getClassName();
    return type.startsWith(SDK_PACKAGE) || type.startsWith(API_PACKAGE);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
