package dev.spanweave.internal;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A value recorded through its {@code toString()}: a value of exactly the parameter's class takes
 * the short path decided when the method was described, any other value the full rendering, and
 * both give the same text.
 */
class ToStringValuesTest {

  /** Rendered by its toString() alone. */
  static class Order {
    private final String id;

    Order(String id) {
      this.id = id;
    }

    @Override
    public String toString() {
      return "Order " + id;
    }
  }

  /** An Order that is also a collection: rendered element by element, as any collection. */
  static final class OrderLines extends Order implements Collection<String> {
    private final List<String> lines = List.of("a", "b");

    OrderLines() {
      super("lines");
    }

    @Override public int size() { return lines.size(); }
    @Override public boolean isEmpty() { return lines.isEmpty(); }
    @Override public boolean contains(Object o) { return lines.contains(o); }
    @Override public Iterator<String> iterator() { return lines.iterator(); }
    @Override public Object[] toArray() { return lines.toArray(); }
    @Override public <T> T[] toArray(T[] a) { return lines.toArray(a); }
    @Override public boolean add(String e) { throw new UnsupportedOperationException(); }
    @Override public boolean remove(Object o) { throw new UnsupportedOperationException(); }
    @Override public boolean containsAll(Collection<?> c) { return lines.containsAll(c); }
    @Override public boolean addAll(Collection<? extends String> c) {
      throw new UnsupportedOperationException();
    }
    @Override public boolean removeAll(Collection<?> c) {
      throw new UnsupportedOperationException();
    }
    @Override public boolean retainAll(Collection<?> c) {
      throw new UnsupportedOperationException();
    }
    @Override public void clear() { throw new UnsupportedOperationException(); }
  }

  static final class Lines extends AbstractList<String> {
    @Override
    public String get(int index) {
      return "line " + index;
    }

    @Override
    public int size() {
      return 2;
    }
  }

  private final Object savedSettings = ValueSettings.snapshot();
  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final SdkTracerProvider provider =
      SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();

  @AfterEach
  void restore() {
    ValueSettings.restore(savedSettings);
    provider.close();
  }

  private String recorded(Consumer<Span> write) {
    Span span = provider.get("test").spanBuilder("call").startSpan();
    write.accept(span);
    span.end();
    SpanData data = exporter.getFinishedSpanItems().get(exporter.getFinishedSpanItems().size() - 1);
    return data.getAttributes().get(stringKey("value"));
  }

  @Test
  void aValueOfTheDeclaredClassIsItsToStringCapped() {
    AttributeWriter writer = AttributeWriter.forValue("value", "order", Order.class,
        AttributeWriter.Redaction.NEVER);
    assertThat(ValueText.rendersPlainly(Order.class)).isTrue();

    assertThat(recorded(span -> writer.write(span, new Order("o-1")))).isEqualTo("Order o-1");
    ValueSettings.maxLength(7);
    assertThat(recorded(span -> writer.write(span, new Order("o-1")))).isEqualTo("Order o");
  }

  @Test
  void aValueOfASubclassIsRenderedInFull() {
    AttributeWriter declaredAsOrder = AttributeWriter.forValue("value", "order", Order.class,
        AttributeWriter.Redaction.NEVER);

    assertThat(recorded(span -> declaredAsOrder.write(span, new OrderLines())))
        .isEqualTo("[a, b]")
        .isEqualTo(ValueText.of(new OrderLines()));
  }

  @Test
  void textMapsCollectionsArraysAndInterfacesAreNotPlain() {
    assertThat(ValueText.rendersPlainly(StringBuilder.class)).isFalse();
    assertThat(ValueText.rendersPlainly(java.util.HashMap.class)).isFalse();
    assertThat(ValueText.rendersPlainly(Lines.class)).isFalse();
    assertThat(ValueText.rendersPlainly(int[].class)).isFalse();
    assertThat(ValueText.rendersPlainly(Runnable.class)).isFalse();
  }
}
