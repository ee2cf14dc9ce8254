package dev.spanweave.it.async;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The first example of the README's "Asynchronous methods" section, woven by ajc. */
public class OrderService {

  /** Reserves stock; slow. */
  public interface Warehouse {
    String reserve(String orderId);
  }

  private final Warehouse warehouse;
  private final Executor executor;

  public OrderService(Warehouse warehouse, Executor executor) {
    this.warehouse = warehouse;
    this.executor = executor;
  }

  @TracedSpan(resultAttribute = "app.order_state")
  public CompletableFuture<String> placeOrder(@SpanAttribute("app.order_id") String orderId) {
    return CompletableFuture.supplyAsync(() -> warehouse.reserve(orderId), executor);
  }
}
