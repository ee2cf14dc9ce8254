package dev.spanweave.examples.paths;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Attributes from inside objects: paths, an annotated record, results. */
public class OrderService {

  // tag::paths[]
  @TracedSpan
  public String place(
      @SpanAttribute(value = "order.customer_id", path = "customer.id")
      @SpanAttribute(value = "order.premium", path = "customer.premium")
      @SpanAttribute(value = "order.session", path = "customer.sessionToken") Order order) {
    return "placed " + order.id();
  }
  // end::paths[]

  // tag::annotated[]
  @TracedSpan
  public void ship(@SpanAttribute Order order) {
    // the span gets order.id, order.total and order.items, from the record's annotations
  }
  // end::annotated[]

  // tag::results[]
  @TracedSpan(resultAttribute = "order")
  public Order find(String id) {
    return load(id);
  }

  @TracedSpan(resultAttribute = "order.customer_id", resultPath = "customer.id")
  public CompletableFuture<Order> findLater(String id) {
    return CompletableFuture.supplyAsync(() -> load(id));
  }
  // end::results[]

  private static Order load(String id) {
    return new Order(id, new BigDecimal("12.50"), List.of("book"), new Customer(7, false, "s"));
  }
}
