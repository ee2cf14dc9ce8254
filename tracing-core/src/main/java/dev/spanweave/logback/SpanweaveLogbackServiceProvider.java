package dev.spanweave.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LogbackServiceProvider;
import ch.qos.logback.core.BasicStatusManager;
import ch.qos.logback.core.status.ErrorStatus;
import ch.qos.logback.core.status.InfoStatus;
import ch.qos.logback.core.status.StatusManager;
import org.slf4j.spi.MDCAdapter;

/**
 * Logback as SLF4J's backend, with an MDC that answers {@code trace_id}, {@code span_id} and
 * {@code trace_flags} (and {@code AWS-XRAY-TRACE-ID} when asked) from the current OpenTelemetry
 * span whenever it is read: by {@code MDC.get}, {@code MDC.getCopyOfContextMap}, and by every log
 * event, so that {@code %X{trace_id}} in a pattern and the MDC of JSON or structured encoders carry
 * the ids. With spanweave's log correlation on ({@code Spanweave.correlateLogs(true)} or {@code
 * spanweave.log-correlation.enabled}), traced calls then write nothing into the MDC: the cost is
 * paid per log line, not per call. With it off, the MDC answers nothing more than Logback's.
 *
 * <p>Install it at start-up, before the first logger is made, with the system property SLF4J
 * (2.0.9 and later) reads to choose its backend:
 *
 * <pre>{@code -Dslf4j.provider=dev.spanweave.logback.SpanweaveLogbackServiceProvider}</pre>
 *
 * <p>Everything else is Logback's own provider: the same {@code LoggerContext}, configuration
 * files and status messages.
 */
public class SpanweaveLogbackServiceProvider extends LogbackServiceProvider {

  private final SpanAwareMdcAdapter mdcAdapter = new SpanAwareMdcAdapter();

  /** Called by SLF4J, which instantiates the provider it is told to use. */
  public SpanweaveLogbackServiceProvider() {}

  @Override
  public void initialize() {
    super.initialize();
    LoggerContext context = (LoggerContext) getLoggerFactory();
    // Logback's provider gave the context its own adapter; replacing it adds a warning that Spring
    // Boot would answer by printing Logback's whole status list at start-up. The warning goes to a
    // status manager thrown away at once.
    StatusManager statuses = context.getStatusManager();
    context.setStatusManager(new BasicStatusManager());
    try {
      context.setMDCAdapter(mdcAdapter);
    } finally {
      context.setStatusManager(statuses);
    }
    if (context.getMDCAdapter() == mdcAdapter) {
      mdcAdapter.answerLogEvents();
      statuses.add(new InfoStatus("spanweave: the MDC answers trace_id, span_id and trace_flags"
          + " from the current OpenTelemetry span", this));
    } else {
      // a Logback that keeps its first adapter: its events do not read SLF4J's MDC
      statuses.add(new ErrorStatus("spanweave: this Logback kept its own MDC adapter, so log"
          + " events do not see what is put into SLF4J's MDC; remove -Dslf4j.provider=" + getClass()
          .getName() + " or use Logback 1.5.x where LoggerContext.setMDCAdapter replaces it", this));
    }
  }

  /** The MDC adapter of SLF4J's {@code MDC} and of every log event of the default context. */
  @Override
  public MDCAdapter getMDCAdapter() {
    return mdcAdapter;
  }
}
