package dev.spanweave.it;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import dev.spanweave.test.SpanweaveExtension;
import io.opentelemetry.api.common.Attributes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Attributes from inside objects, through the woven aspect (compile-time here, load-time too). */
class AttributePathsTest {

  @RegisterExtension static final SpanweaveExtension spans = SpanweaveExtension.create();
  private final SpanRecorder recorder = new SpanRecorder(spans);
  private final Shop shop = new Shop();

  record Customer(long id, String name, String sessionId) {}

  record Order(@SpanAttribute("order.id") String id, @SpanAttribute long quantity,
      @SpanAttribute("order.tags") List<String> tags, Customer customer) {}

  /** A bean with getters, one of which throws. */
  static class Basket {
    private final Customer owner;

    Basket(Customer owner) {
      this.owner = owner;
    }

    public Customer getOwner() {
      return owner;
    }

    public boolean isEmpty() {
      return false;
    }

    public String getLazy() {
      throw new IllegalStateException("not loaded");
    }
  }

  static class Shop {
    @TracedSpan
    String place(@SpanAttribute(value = "order.customer_id", path = "customer.id") Order order) {
      return "placed";
    }

    @TracedSpan
    void checkout(@SpanAttribute("order") Order order) {}

    @TracedSpan
    boolean inspect(
        @SpanAttribute(value = "basket.owner", path = "owner.name")
        @SpanAttribute(value = "basket.session", path = "owner.sessionId")
        @SpanAttribute(value = "basket.lazy", path = "lazy")
        @SpanAttribute(value = "basket.empty", path = "empty") Basket basket) {
      return true;
    }

    @TracedSpan(resultAttribute = "customer.id", resultPath = "customer.id")
    Order find(String id) {
      return new Order(id, 1, List.of(), new Customer(7, "ada", "s"));
    }

    @TracedSpan(resultAttribute = "order")
    CompletableFuture<Order> later(String id) {
      return CompletableFuture.completedFuture(new Order(id, 3, List.of("x"), null));
    }
  }

  private Attributes of(String span) {
    return recorder.named(span).getAttributes();
  }

  @Test
  void aTwoStepPathRecordsATypedValue() {
    assertThat(shop.place(new Order("o-1", 2, List.of(), new Customer(42, "ada", "s"))))
        .isEqualTo("placed");
    assertThat(of("Shop.place").get(longKey("order.customer_id"))).isEqualTo(42L);
  }

  @Test
  void aNullOnThePathRecordsNothing() {
    assertThat(shop.place(new Order("o-2", 2, List.of(), null))).isEqualTo("placed");
    assertThat(of("Shop.place").get(longKey("order.customer_id"))).isNull();
  }

  @Test
  void anAnnotatedRecordRecordsItsMembers() {
    shop.checkout(new Order("o-3", 5, List.of("gift"), null));

    Attributes attributes = of("Shop.checkout");
    assertThat(attributes.get(stringKey("order.id"))).isEqualTo("o-3");
    assertThat(attributes.get(longKey("order.quantity"))).isEqualTo(5L);
    assertThat(attributes.get(stringArrayKey("order.tags"))).containsExactly("gift");
    assertThat(attributes.get(stringKey("order"))).isNull();
  }

  @Test
  void gettersRedactionByMemberNameAndAThrowingGetterLeaveTheCallAlone() {
    assertThat(shop.inspect(new Basket(new Customer(1, "ada", "s-secret")))).isTrue();

    Attributes attributes = of("Shop.inspect");
    assertThat(attributes.get(stringKey("basket.owner"))).isEqualTo("ada");
    assertThat(attributes.get(stringKey("basket.session"))).isEqualTo("[REDACTED]");
    assertThat(attributes.get(stringKey("basket.lazy"))).isNull();
    assertThat(attributes.get(booleanKey("basket.empty"))).isFalse();
  }

  @Test
  void resultsTooSynchronousAndAsynchronous() {
    shop.find("o-4");
    shop.later("o-5").join();

    assertThat(of("Shop.find").get(longKey("customer.id"))).isEqualTo(7L);
    assertThat(of("Shop.later").get(stringKey("order.id"))).isEqualTo("o-5");
    assertThat(of("Shop.later").get(longKey("order.quantity"))).isEqualTo(3L);
  }
}
