package dev.spanweave.spring;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.common.Attributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Attributes from inside objects through the Spring interceptor: the same as through the aspect. */
class AttributePathsSpringTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();

  public record Customer(long id, String password) {}

  public record Order(@SpanAttribute("order.id") String id, @SpanAttribute int quantity,
      Customer customer) {}

  /** A bean the interceptor proxies (CGLIB). */
  public static class Orders {
    @TracedSpan
    public String place(
        @SpanAttribute(value = "order.customer_id", path = "customer.id")
        @SpanAttribute(value = "order.customer_password", path = "customer.password") Order order) {
      return "placed";
    }

    @TracedSpan
    public void checkout(@SpanAttribute("order") Order order) {}

    @TracedSpan(resultAttribute = "customer.id", resultPath = "customer.id")
    public Order find(String id) {
      return new Order(id, 1, new Customer(9, "pw"));
    }
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(
          AutoConfigurations.of(AopAutoConfiguration.class, SpanweaveAutoConfiguration.class))
      .withBean(Orders.class);

  @Test
  void pathsAnnotatedRecordsAndResultPathsAreRecordedByTheInterceptor() {
    runner.run(context -> {
      Orders orders = context.getBean(Orders.class);
      assertThat(orders.place(new Order("o-1", 2, new Customer(42, "pw")))).isEqualTo("placed");
      orders.place(new Order("o-2", 2, null));
      orders.checkout(new Order("o-3", 4, null));
      orders.find("o-4");
    });

    assertThat(spans.spans()).hasSize(4);
    Attributes placed = spans.spans().get(0).getAttributes();
    assertThat(placed.get(longKey("order.customer_id"))).isEqualTo(42L);
    assertThat(placed.get(stringKey("order.customer_password"))).isEqualTo("[REDACTED]");
    assertThat(spans.spans().get(1).getAttributes().get(longKey("order.customer_id"))).isNull();
    Attributes checkout = spans.span("Orders.checkout").getAttributes();
    assertThat(checkout.get(stringKey("order.id"))).isEqualTo("o-3");
    assertThat(checkout.get(longKey("order.quantity"))).isEqualTo(4L);
    assertThat(spans.span("Orders.find").getAttributes().get(longKey("customer.id")))
        .isEqualTo(9L);
  }
}
