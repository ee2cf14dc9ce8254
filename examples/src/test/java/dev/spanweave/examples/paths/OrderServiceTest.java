package dev.spanweave.examples.paths;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.common.Attributes;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What docs/attribute-paths.md says the example records. */
class OrderServiceTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();
  private final OrderService service = new OrderService();
  private final Order order = new Order("o-1", new BigDecimal("12.50"), List.of("book", "pen"),
      new Customer(42, true, "s-3cr3t"));

  @Test
  void pathsRecordTypedValuesAndRedactBySecretLookingMemberNames() {
    service.place(order);

    Attributes attributes = spans.span("OrderService.place").getAttributes();
    assertThat(attributes.get(longKey("order.customer_id"))).isEqualTo(42L);
    assertThat(attributes.get(booleanKey("order.premium"))).isTrue();
    assertThat(attributes.get(stringKey("order.session"))).isEqualTo("[REDACTED]");
  }

  @Test
  void aNullOnThePathRecordsNoAttribute() {
    service.place(new Order("o-2", BigDecimal.ONE, List.of(), null));

    Attributes attributes = spans.span("OrderService.place").getAttributes();
    assertThat(attributes.get(longKey("order.customer_id"))).isNull();
    assertThat(attributes.get(booleanKey("order.premium"))).isNull();
  }

  @Test
  void anAnnotatedRecordRecordsItsAnnotatedComponents() {
    service.ship(order);

    Attributes attributes = spans.span("OrderService.ship").getAttributes();
    assertThat(attributes.get(stringKey("order.id"))).isEqualTo("o-1");
    assertThat(attributes.get(stringKey("order.total"))).isEqualTo("12.50");
    assertThat(attributes.get(stringArrayKey("order.items"))).containsExactly("book", "pen");
    assertThat(attributes.size()).isEqualTo(3);
  }

  @Test
  void resultsSynchronousAndAsynchronous() {
    service.find("o-3");
    service.findLater("o-4").join();

    spans.assertSpan("OrderService.find").hasAttribute(stringKey("order.id"), "o-3");
    spans.awaitSpan("OrderService.findLater");
    assertThat(spans.span("OrderService.findLater").getAttributes()
        .get(longKey("order.customer_id"))).isEqualTo(7L);
  }
}
