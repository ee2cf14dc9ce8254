package dev.spanweave.it.logs.log4j;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/**
 * The events one Log4j 2 logger writes, with their context data (what a {@code %X{trace_id}}
 * pattern prints: the ThreadContext plus what context-data providers add).
 */
final class Captured extends AbstractAppender {

  record Line(String message, Map<String, String> contextData) {}

  final List<Line> lines = new CopyOnWriteArrayList<>();
  private final Logger logger;

  Captured(String loggerName) {
    super("captured", null, null, true, Property.EMPTY_ARRAY);
    start();
    logger = (Logger) LogManager.getLogger(loggerName);
    logger.addAppender(this);
    logger.setLevel(Level.INFO);
  }

  void detach() {
    logger.removeAppender(this);
    stop();
  }

  Line line(String message) {
    return lines.stream().filter(l -> l.message().equals(message)).findFirst()
        .orElseThrow(() -> new AssertionError("no line '" + message + "' in " + lines));
  }

  @Override
  public void append(LogEvent event) {
    lines.add(new Line(event.getMessage().getFormattedMessage(),
        Map.copyOf(event.getContextData().toMap())));
  }
}
