package dev.spanweave.internal;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Writes one value (an argument or a return value) as a typed attribute. Keys are created once,
 * when the method is described; the per-call work is a switch and the conversion the attribute type
 * needs.
 */
final class AttributeWriter {

  /** Arrays and collections are recorded up to this many elements, so a huge one costs little. */
  static final int MAX_ELEMENTS = 128;

  private final String name;
  private final ValueKind kind;
  private final AttributeKey<Boolean> booleanKey;
  private final AttributeKey<Long> longKey;
  private final AttributeKey<Double> doubleKey;
  private final AttributeKey<String> stringKey;
  private final AttributeKey<List<Boolean>> booleanArrayKey;
  private final AttributeKey<List<Long>> longArrayKey;
  private final AttributeKey<List<Double>> doubleArrayKey;
  private final AttributeKey<List<String>> stringArrayKey;

  AttributeWriter(String name, Class<?> declaredType) {
    this(name, ValueKind.of(declaredType));
  }

  AttributeWriter(String name, ValueKind kind) {
    this.name = name;
    this.kind = kind;
    boolean dynamic = kind == ValueKind.DYNAMIC;
    boolean anyArray = dynamic || kind == ValueKind.COLLECTION || kind == ValueKind.OBJECT_ARRAY;
    this.booleanKey = dynamic || kind == ValueKind.BOOLEAN ? AttributeKey.booleanKey(name) : null;
    this.longKey = dynamic || kind == ValueKind.LONG ? AttributeKey.longKey(name) : null;
    this.doubleKey = dynamic || kind == ValueKind.DOUBLE ? AttributeKey.doubleKey(name) : null;
    this.stringKey = AttributeKey.stringKey(name);
    this.booleanArrayKey =
        anyArray || kind == ValueKind.BOOLEAN_ARRAY ? AttributeKey.booleanArrayKey(name) : null;
    this.longArrayKey =
        anyArray || kind == ValueKind.LONG_ARRAY ? AttributeKey.longArrayKey(name) : null;
    this.doubleArrayKey =
        anyArray || kind == ValueKind.DOUBLE_ARRAY ? AttributeKey.doubleArrayKey(name) : null;
    this.stringArrayKey = AttributeKey.stringArrayKey(name);
  }

  String name() {
    return name;
  }

  /** Writes {@code value}; a {@code null} value writes nothing. May throw (a failing toString). */
  void write(Span span, Object value) {
    if (value != null) {
      write(span, value, kind);
    }
  }

  private void write(Span span, Object value, ValueKind as) {
    switch (as) {
      case BOOLEAN -> span.setAttribute(booleanKey, (Boolean) value);
      case LONG -> span.setAttribute(longKey, ((Number) value).longValue());
      case DOUBLE -> span.setAttribute(doubleKey, ((Number) value).doubleValue());
      case STRING -> span.setAttribute(stringKey, value.toString());
      case ENUM -> span.setAttribute(stringKey, ((Enum<?>) value).name());
      case BOOLEAN_ARRAY -> span.setAttribute(booleanArrayKey, booleans((boolean[]) value));
      case LONG_ARRAY -> span.setAttribute(longArrayKey, longs(value));
      case DOUBLE_ARRAY -> span.setAttribute(doubleArrayKey, doubles(value));
      case STRING_ARRAY -> span.setAttribute(stringArrayKey, strings(List.of((String[]) value)));
      case OBJECT_ARRAY -> writeElements(span, Arrays.asList((Object[]) value));
      case COLLECTION -> writeElements(span, (Collection<?>) value);
      case DYNAMIC -> write(span, value, runtimeKind(value));
      case TO_STRING -> span.setAttribute(stringKey, asString(value));
    }
  }

  private static ValueKind runtimeKind(Object value) {
    if (value instanceof Boolean) {
      return ValueKind.BOOLEAN;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      return ValueKind.LONG;
    }
    if (value instanceof Double || value instanceof Float) {
      return ValueKind.DOUBLE;
    }
    if (value instanceof CharSequence || value instanceof Character) {
      return ValueKind.STRING;
    }
    if (value instanceof Enum<?>) {
      return ValueKind.ENUM;
    }
    if (value instanceof Collection<?>) {
      return ValueKind.COLLECTION;
    }
    if (value.getClass().isArray()) {
      return ValueKind.of(value.getClass());
    }
    return ValueKind.TO_STRING;
  }

  /** Elements of unknown static type: typed when all share one attribute type, else strings. */
  private void writeElements(Span span, Collection<?> elements) {
    ValueKind common = null;
    int seen = 0;
    for (Object element : elements) {
      if (seen++ == MAX_ELEMENTS) {
        break;
      }
      ValueKind elementKind = element == null ? ValueKind.STRING : runtimeKind(element);
      if (elementKind == ValueKind.ENUM) {
        elementKind = ValueKind.STRING;
      }
      if (common == null) {
        common = elementKind;
      } else if (common != elementKind) {
        common = ValueKind.STRING;
      }
    }
    if (common == ValueKind.BOOLEAN) {
      span.setAttribute(booleanArrayKey, capped(elements, element -> (Boolean) element));
    } else if (common == ValueKind.LONG) {
      span.setAttribute(longArrayKey, capped(elements, element -> ((Number) element).longValue()));
    } else if (common == ValueKind.DOUBLE) {
      span.setAttribute(doubleArrayKey,
          capped(elements, element -> ((Number) element).doubleValue()));
    } else {
      span.setAttribute(stringArrayKey, strings(elements));
    }
  }

  private static List<String> strings(Collection<?> elements) {
    return capped(elements,
        element -> element instanceof Enum<?> e ? e.name() : String.valueOf(element));
  }

  /** The first {@link #MAX_ELEMENTS} elements, converted. */
  private static <T> List<T> capped(Collection<?> elements, Function<Object, T> convert) {
    List<T> list = new ArrayList<>(Math.min(elements.size(), MAX_ELEMENTS));
    for (Object element : elements) {
      if (list.size() == MAX_ELEMENTS) {
        break;
      }
      list.add(convert.apply(element));
    }
    return list;
  }

  private static List<Boolean> booleans(boolean[] array) {
    int length = Math.min(array.length, MAX_ELEMENTS);
    List<Boolean> list = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      list.add(array[i]);
    }
    return list;
  }

  private static List<Long> longs(Object array) {
    List<Long> list = new ArrayList<>();
    if (array instanceof long[] a) {
      for (int i = 0; i < Math.min(a.length, MAX_ELEMENTS); i++) {
        list.add(a[i]);
      }
    } else if (array instanceof int[] a) {
      for (int i = 0; i < Math.min(a.length, MAX_ELEMENTS); i++) {
        list.add((long) a[i]);
      }
    } else if (array instanceof short[] a) {
      for (int i = 0; i < Math.min(a.length, MAX_ELEMENTS); i++) {
        list.add((long) a[i]);
      }
    } else {
      byte[] a = (byte[]) array;
      for (int i = 0; i < Math.min(a.length, MAX_ELEMENTS); i++) {
        list.add((long) a[i]);
      }
    }
    return list;
  }

  private static List<Double> doubles(Object array) {
    List<Double> list = new ArrayList<>();
    if (array instanceof double[] a) {
      for (int i = 0; i < Math.min(a.length, MAX_ELEMENTS); i++) {
        list.add(a[i]);
      }
    } else {
      float[] a = (float[]) array;
      for (int i = 0; i < Math.min(a.length, MAX_ELEMENTS); i++) {
        list.add((double) a[i]);
      }
    }
    return list;
  }

  private static String asString(Object value) {
    return value instanceof char[] chars ? new String(chars) : value.toString();
  }
}
