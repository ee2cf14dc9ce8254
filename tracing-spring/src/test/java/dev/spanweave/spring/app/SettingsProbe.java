package dev.spanweave.spring.app;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import org.slf4j.MDC;

/** A traced bean for the {@code spanweave.*} settings: returns the MDC's trace id seen inside. */
public class SettingsProbe {

  @TracedSpan("probe")
  public String probe(@SpanAttribute("app.text") String text) {
    return MDC.get("trace_id");
  }

  @TracedSpan("fail")
  public void fail(@SpanAttribute("app.text") String text) {
    throw new IllegalStateException(text);
  }
}
