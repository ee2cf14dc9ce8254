package dev.spanweave.examples.logs;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** docs/logs-and-metrics.md: per-method choices for span log lines and timers. */
public class Checkout {

  private static final Logger LOG = LoggerFactory.getLogger(Checkout.class);

  // tag::per-method[]
  @TracedSpan(slowThresholdMillis = 500, timerName = "checkout.place-order", timerHistogram = true)
  public String placeOrder(@SpanAttribute("order.id") String orderId) {
    LOG.info("placing order {}", orderId); // carries trace_id, span_id, trace_flags
    return "placed " + orderId;
  }
  // end::per-method[]
}
