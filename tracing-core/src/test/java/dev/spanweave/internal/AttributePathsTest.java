package dev.spanweave.internal;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.doubleKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.Spanweave;
import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Attributes from inside objects, driven through the runtime as an adapter drives it. */
class AttributePathsTest {

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

  record Customer(long id, String email, String apiToken) {}

  /** A bean: getters, an is-getter and a public field. */
  static class Account {
    public String region = "eu";
    private final Customer owner;
    private final boolean active;

    Account(Customer owner, boolean active) {
      this.owner = owner;
      this.active = active;
    }

    public Customer getOwner() {
      return owner;
    }

    public boolean isActive() {
      return active;
    }

    public double getBalance() {
      return 12.5;
    }

    public String getBroken() {
      throw new IllegalStateException("lazy proxy not initialised");
    }
  }

  record Order(@SpanAttribute("order.id") String id, @SpanAttribute BigDecimal total,
      @SpanAttribute("order.items") List<String> items, Customer customer) {}

  /** An annotated class: a private field and a public getter, one inherited. */
  static class Base {
    @SpanAttribute("user.id")
    private final long id = 5;
  }

  static class User extends Base {
    @SpanAttribute
    public String getRole() {
      return "admin";
    }

    public String getIgnored() {
      return "ignored";
    }
  }

  static final AtomicInteger READS = new AtomicInteger();

  /** Counts its reads, to prove an unsampled call reads nothing. */
  static class Counted {
    public long getValue() {
      READS.incrementAndGet();
      return 7;
    }
  }

  static class Service {
    @TracedSpan
    void paths(
        @SpanAttribute(value = "account.owner_id", path = "owner.id")
        @SpanAttribute(value = "account.active", path = "active")
        @SpanAttribute(value = "account.balance", path = "balance")
        @SpanAttribute(value = "account.region", path = "region") Account account) {}

    @TracedSpan
    void annotated(@SpanAttribute("order") Order order) {}

    @TracedSpan
    void secret(@SpanAttribute(value = "customer.key", path = "apiToken") Customer customer,
        @SpanAttribute(value = "customer.kept", path = "apiToken",
            redaction = SpanAttribute.Redaction.NEVER) Customer same) {}

    @TracedSpan
    void broken(@SpanAttribute(value = "account.broken", path = "broken") Account account,
        @SpanAttribute(value = "account.active", path = "active") Account same) {}

    @TracedSpan
    void counted(@SpanAttribute(value = "value", path = "value") Counted counted) {}

    @TracedSpan(resultAttribute = "customer.id", resultPath = "customer.id")
    Order placed() {
      return null;
    }

    @TracedSpan(resultAttribute = "placed")
    Order placedWhole() {
      return null;
    }

    @TracedSpan(resultAttribute = "placed", resultPath = "customer.email")
    CompletableFuture<Order> placedLater() {
      return null;
    }

    @TracedSpan
    void user(@SpanAttribute("user") User user,
        @SpanAttribute(value = "order.item_count", path = "items.size") Order order) {}

    @io.opentelemetry.instrumentation.annotations.AddingSpanAttributes
    void adding(@SpanAttribute(value = "account.owner_id", path = "owner.id") Account account) {}

    @TracedSpan
    void typo(@SpanAttribute(value = "x", path = "customer.mail") Order order) {}
  }

  private static MethodTrace trace(String name) {
    for (Method method : Service.class.getDeclaredMethods()) {
      if (method.getName().equals(name)) {
        return MethodTraces.describe(method, null);
      }
    }
    throw new AssertionError(name);
  }

  private void use(Sampler sampler) {
    Spanweave.useOpenTelemetry(OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().setSampler(sampler)
            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
        .build());
  }

  @AfterEach
  void back() {
    Spanweave.useGlobalOpenTelemetry();
  }

  private Attributes call(String method, Object... args) {
    use(Sampler.alwaysOn());
    MethodTrace trace = trace(method);
    Span span = trace.start(TracerHolder.tracer(), args);
    trace.returned(span, null);
    return exporter.getFinishedSpanItems().get(exporter.getFinishedSpanItems().size() - 1)
        .getAttributes();
  }

  private static final Customer ADA = new Customer(42, "ada@example.org", "t-123");

  @Test
  void pathsReadGettersIsGettersFieldsAndTwoStepsAsTypedValues() {
    Attributes attributes = call("paths", new Account(ADA, true));

    assertThat(attributes.get(longKey("account.owner_id"))).isEqualTo(42L);
    assertThat(attributes.get(booleanKey("account.active"))).isTrue();
    assertThat(attributes.get(doubleKey("account.balance"))).isEqualTo(12.5);
    assertThat(attributes.get(stringKey("account.region"))).isEqualTo("eu");
  }

  @Test
  void aNullOnThePathRecordsNoAttributeAndTheRestStill() {
    Attributes attributes = call("paths", new Account(null, false));

    assertThat(attributes.get(longKey("account.owner_id"))).isNull();
    assertThat(attributes.get(booleanKey("account.active"))).isFalse();
  }

  @Test
  void anAnnotatedRecordRecordsItsMembersUnderTheirKeysOrTheArgumentsKeyAndTheirName() {
    Attributes attributes = call("annotated",
        new Order("o-1", new BigDecimal("9.90"), List.of("a", "b"), ADA));

    assertThat(attributes.get(stringKey("order.id"))).isEqualTo("o-1");
    assertThat(attributes.get(stringKey("order.total"))).isEqualTo("9.90");
    assertThat(attributes.get(stringArrayKey("order.items"))).containsExactly("a", "b");
    assertThat(attributes.asMap().keySet().stream().map(k -> k.getKey()))
        .doesNotContain("order", "order.customer");
  }

  @Test
  void aMemberWhoseNameLooksSecretIsRedactedUnlessTheAnnotationSaysNever() {
    Attributes attributes = call("secret", ADA, ADA);

    assertThat(attributes.get(stringKey("customer.key"))).isEqualTo(ValueSettings.REDACTED);
    assertThat(attributes.get(stringKey("customer.kept"))).isEqualTo("t-123");
  }

  @Test
  void aThrowingGetterRecordsNothingIsReportedOnceAndLeavesTheOtherAttributes() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    Attributes attributes;
    try {
      for (int i = 0; i < 5; i++) {
        call("broken", new Account(ADA, true), new Account(ADA, true));
      }
      attributes = exporter.getFinishedSpanItems().get(4).getAttributes();
    } finally {
      System.setErr(original);
    }

    assertThat(attributes.get(stringKey("account.broken"))).isNull();
    assertThat(attributes.get(booleanKey("account.active"))).isTrue();
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(Arrays.stream(log.split("\n")).filter(l -> l.contains("WARN")
        && l.contains("could not read 'broken'"))).hasSize(1);
    assertThat(log).contains("account.broken").contains("Service.broken");
  }

  @Test
  void anUnsampledCallReadsNoGetter() {
    use(Sampler.alwaysOff());
    MethodTrace trace = trace("counted");
    READS.set(0);

    Span span = trace.start(TracerHolder.tracer(), new Object[] {new Counted()});
    trace.returned(span, null);

    assertThat(READS).hasValue(0);
  }

  @Test
  void resultPathsAndAnnotatedResultsAreRecordedLikeArguments() {
    use(Sampler.alwaysOn());
    Order order = new Order("o-2", BigDecimal.ONE, List.of(), ADA);
    for (String method : List.of("placed", "placedWhole")) {
      MethodTrace trace = trace(method);
      trace.returned(trace.start(TracerHolder.tracer()), order);
    }

    assertThat(exporter.getFinishedSpanItems().get(0).getAttributes()
        .get(longKey("customer.id"))).isEqualTo(42L);
    Attributes whole = exporter.getFinishedSpanItems().get(1).getAttributes();
    assertThat(whole.get(stringKey("order.id"))).isEqualTo("o-2");
    assertThat(whole.get(stringKey("placed.total"))).isEqualTo("1");
  }

  @Test
  void anAsynchronousResultPathReadsTheCompletedValue() {
    use(Sampler.alwaysOn());
    MethodTrace trace = trace("placedLater");
    CompletableFuture<Order> later = new CompletableFuture<>();

    trace.returned(trace.start(TracerHolder.tracer()), later);
    later.complete(new Order("o-3", BigDecimal.TEN, List.of(), ADA));

    assertThat(exporter.getFinishedSpanItems()).singleElement().satisfies(span ->
        assertThat(span.getAttributes().get(stringKey("placed"))).isEqualTo("ada@example.org"));
  }

  @Test
  void aPathThatDoesNotResolveAtRunTimeRecordsNothingAndTheCallGoesOn() {
    Attributes attributes = call("typo", new Order("o", BigDecimal.ONE, List.of(), ADA));

    assertThat(attributes.get(stringKey("x"))).isNull();
  }

  @Test
  void anAnnotatedClassRecordsItsFieldsAndGettersAndAPathCallsAPlainMethod() {
    Attributes attributes = call("user", new User(),
        new Order("o", BigDecimal.ONE, List.of("a", "b", "c"), ADA));

    assertThat(attributes.get(longKey("user.id"))).isEqualTo(5L);
    assertThat(attributes.get(stringKey("user.role"))).isEqualTo("admin");
    assertThat(attributes.get(stringKey("user.ignored"))).isNull();
    assertThat(attributes.get(longKey("order.item_count"))).isEqualTo(3L);
  }

  @Test
  void addingSpanAttributesPutsPathValuesOnTheCurrentSpan() {
    use(Sampler.alwaysOn());
    Span parent = TracerHolder.tracer().spanBuilder("parent").startSpan();
    try (io.opentelemetry.context.Scope ignored = parent.makeCurrent()) {
      assertThat(trace("adding").start(TracerHolder.tracer(), new Object[] {new Account(ADA, true)}))
          .isNull();
    }
    parent.end();

    assertThat(exporter.getFinishedSpanItems()).singleElement().satisfies(span ->
        assertThat(span.getAttributes().get(longKey("account.owner_id"))).isEqualTo(42L));
  }
}
