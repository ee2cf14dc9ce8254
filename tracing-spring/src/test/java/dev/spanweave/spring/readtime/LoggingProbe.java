package dev.spanweave.spring.readtime;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** A traced bean that logs one line and returns the trace id it reads from the MDC. */
public class LoggingProbe {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingProbe.class);

  @TracedSpan("logging-probe")
  public String probe(@SpanAttribute("app.text") String text) {
    LOG.info("probing {}", text);
    return MDC.get("trace_id");
  }
}
