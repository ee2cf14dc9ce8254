package dev.spanweave.it.logs.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import io.opentelemetry.instrumentation.logback.mdc.v1_0.OpenTelemetryAppender;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * The events one Logback logger writes, each with its MDC read at log time on the logging thread
 * (what a {@code %X{trace_id}} pattern prints).
 */
final class Captured extends AppenderBase<ILoggingEvent> {

  record Line(String thread, String message, Level level, Map<String, String> mdc) {}

  final List<Line> lines = new CopyOnWriteArrayList<>();
  private final Logger logger;
  private final Appender<ILoggingEvent> attached;

  private Captured(String loggerName, Level level, boolean otelAppender) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    setContext(context);
    start();
    logger = context.getLogger(loggerName);
    logger.setLevel(level);
    if (otelAppender) {
      OpenTelemetryAppender wrapper = new OpenTelemetryAppender();
      wrapper.setContext(context);
      wrapper.addAppender(this);
      wrapper.start();
      attached = wrapper;
    } else {
      attached = this;
    }
    logger.addAppender(attached);
  }

  /** Captures {@code loggerName}'s events at {@code level} and above. */
  static Captured from(String loggerName, Level level) {
    return new Captured(loggerName, level, false);
  }

  /** The same, through OpenTelemetry's appender that adds the trace ids at log time. */
  static Captured throughOpenTelemetryAppender(String loggerName, Level level) {
    return new Captured(loggerName, level, true);
  }

  void detach() {
    logger.detachAppender(attached);
    attached.stop();
  }

  Line line(String message) {
    return lines.stream().filter(l -> l.message().equals(message)).findFirst()
        .orElseThrow(() -> new AssertionError("no line '" + message + "' in " + lines));
  }

  @Override
  protected void append(ILoggingEvent event) {
    lines.add(new Line(Thread.currentThread().getName(), event.getFormattedMessage(),
        event.getLevel(), Map.copyOf(event.getMDCPropertyMap())));
  }
}
