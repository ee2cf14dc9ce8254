package dev.spanweave.examples.migration;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import java.util.List;

/** The migration guides' "after": the same methods with spanweave's own annotations. */
public class SpanweaveAnnotations {

  // tag::after-opentelemetry[]
  @TracedSpan("checkout.place")
  public String place(@SpanAttribute("app.order_id") String orderId,
      @SpanAttribute("app.items") int items) {
    return orderId + ":" + items;
  }
  // end::after-opentelemetry[]

  // tag::after-micrometer[]
  @TracedSpan(value = "checkout.lookup", timerName = "checkout.lookup", timerHistogram = true)
  public List<String> lookUp(@SpanAttribute("app.customer_id") String customerId) {
    return List.of(customerId + "-o1", customerId + "-o2");
  }
  // end::after-micrometer[]

  // tag::after-sleuth[]
  @TracedSpan("payment.authorize")
  public boolean authorize(@SpanAttribute("app.payment_id") String paymentId,
      @SpanAttribute("app.amount_cents") long amountCents) {
    return amountCents < 100_000;
  }
  // end::after-sleuth[]
}
