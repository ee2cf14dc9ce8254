package dev.spanweave.it.logs.readtime;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The text one Logback logger writes through a real encoder: a pattern, or Logback's JSON. */
final class Written {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final Logger logger;
  private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();

  private Written(String loggerName, Encoder<ILoggingEvent> encoder) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    encoder.setContext(context);
    encoder.start();
    appender.setContext(context);
    appender.setEncoder(encoder);
    appender.setOutputStream(bytes);
    appender.start();
    logger = context.getLogger(loggerName);
    logger.setLevel(Level.INFO);
    logger.addAppender(appender);
  }

  /** Lines as {@code pattern} formats them. */
  static Written withPattern(String loggerName, String pattern) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setPattern(pattern);
    return new Written(loggerName, encoder);
  }

  /** Lines as Logback's own structured JSON encoder writes them. */
  static Written asJson(String loggerName) {
    return new Written(loggerName, new JsonEncoder());
  }

  synchronized List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  /** The only line containing {@code text}. */
  String line(String text) {
    List<String> matching = lines().stream().filter(line -> line.contains(text)).toList();
    if (matching.size() != 1) {
      throw new AssertionError("not one line with '" + text + "' in " + lines());
    }
    return matching.get(0);
  }

  void detach() {
    logger.detachAppender(appender);
    appender.stop();
  }
}
