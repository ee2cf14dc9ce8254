package dev.spanweave.it.logs;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.context.Context;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Woven by ajc: traced methods that log through SLF4J, whatever the backend. */
public class Shop {

  public static final String LOGGER = "dev.spanweave.it.logs.Shop";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  @TracedSpan
  public String order(@SpanAttribute("item") String item) {
    LOG.info("ordering {}", item);
    return "ordered " + item;
  }

  @TracedSpan
  public String checkout() {
    LOG.info("before pay");
    pay();
    LOG.info("after pay");
    return "checked out";
  }

  /** What code inside a traced method reads from the MDC, and logs. */
  @TracedSpan
  public String traceIdInside() {
    LOG.info("reading the mdc");
    return org.slf4j.MDC.get("trace_id");
  }

  /**
   * What the MDC holds inside a traced method once no span is current: the ids only if they were
   * written into it.
   */
  @TracedSpan
  public String traceIdWithoutTheSpan() {
    try (io.opentelemetry.context.Scope ignored = Context.root().makeCurrent()) {
      return org.slf4j.MDC.get("trace_id");
    }
  }

  @TracedSpan
  public void pay() {
    LOG.info("paying");
  }

  @TracedSpan
  public void refuse() {
    LOG.info("refusing");
    throw new IllegalStateException("out of stock");
  }

  /** Hands work to {@code executor}, the OpenTelemetry context going with it. */
  @TracedSpan
  public CompletableFuture<String> ship(Executor executor) {
    LOG.info("handing off");
    return CompletableFuture.supplyAsync(() -> {
      LOG.info("shipping");
      return "shipped";
    }, Context.taskWrapping(executor));
  }

  /** Opts in to show its recorded arguments in its span log line. */
  @TracedSpan(logArguments = true)
  public String deliver(@SpanAttribute("item") String item, String unrecorded,
      @SpanAttribute("tags") List<String> tags) {
    return "delivered";
  }

  /** Opts in to logged arguments, one of which is a secret by its name. */
  @TracedSpan(logArguments = true)
  public String signIn(@SpanAttribute("app.user") String user,
      @SpanAttribute("app.password") String password) {
    return "signed-in";
  }

  @TracedSpan(slowThresholdMillis = 5)
  public String restock(@SpanAttribute("secret") String secret) throws InterruptedException {
    Thread.sleep(20);
    return "restocked";
  }
}
