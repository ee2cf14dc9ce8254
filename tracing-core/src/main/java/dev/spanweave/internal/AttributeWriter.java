package dev.spanweave.internal;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Writes one value (an argument or a return value) as a typed attribute. Keys are created once,
 * when the method is described, and so is the choice of a redacting writer; the per-call work is
 * a switch and the conversion the attribute type needs.
 *
 * <p>Every value costs at most what its first {@link #MAX_ELEMENTS} elements and first {@link
 * ValueSettings#maxLength()} characters cost: arrays and collections are read element by element
 * up to the cap, strings are cut to the length cap before they reach the SDK. A {@code null}
 * element of an array or collection is recorded as the string {@code "null"} (which makes the
 * attribute a string array).
 *
 * <p>Not final for one reason: {@link PathWriters} reads a member of the value before writing it.
 */
class AttributeWriter {

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

  /**
   * The declared class of a {@link ValueKind#TO_STRING} value when nothing but its {@code
   * toString()} can render it (not a map, not an interface), else null: a value of exactly that
   * class skips {@link ValueText#of}'s type tests, decided here once.
   */
  private final Class<?> plainType;

  AttributeWriter(String name, Class<?> declaredType) {
    this(name, ValueKind.of(declaredType), declaredType);
  }

  AttributeWriter(String name, ValueKind kind) {
    this(name, kind, null);
  }

  private AttributeWriter(String name, ValueKind kind, Class<?> declaredType) {
    this.name = name;
    this.kind = kind;
    this.plainType = kind == ValueKind.TO_STRING && declaredType != null
        && ValueText.rendersPlainly(declaredType) ? declaredType : null;
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

  /**
   * The writer of a value recorded under {@code key}: one that records only {@link
   * ValueSettings#REDACTED} when the key or the parameter's name matches the redaction pattern
   * (unless {@code redaction} says otherwise), a typed one for {@code declaredType} otherwise.
   *
   * @param parameterName the parameter's name, or null for a result
   */
  static AttributeWriter forValue(
      String key, String parameterName, Class<?> declaredType, Redaction redaction) {
    boolean redacted = switch (redaction) {
      case ALWAYS -> true;
      case NEVER -> false;
      case BY_PATTERN -> ValueSettings.redacts(key, parameterName);
    };
    return redacted
        ? new AttributeWriter(key, ValueKind.REDACTED)
        : new AttributeWriter(key, declaredType);
  }

  /** How a writer's values are hidden; chosen once per key. */
  enum Redaction {
    BY_PATTERN,
    NEVER,
    ALWAYS
  }

  String name() {
    return name;
  }

  ValueKind kind() {
    return kind;
  }

  /** Writes {@code value}; a {@code null} value writes nothing. May throw (a failing toString). */
  void write(Span span, Object value) {
    if (value != null) {
      write(span, value, kind);
    }
  }

  // The kinds of most parameters, kept in a method small enough for the JIT to inline into the
  // traced call (a switch over every kind was over its size limit and stayed a call per value).
  private void write(Span span, Object value, ValueKind as) {
    switch (as) {
      case STRING -> span.setAttribute(stringKey, text(value));
      case LONG -> span.setAttribute(longKey, ((Number) value).longValue());
      case TO_STRING -> span.setAttribute(stringKey,
          value.getClass() == plainType ? ValueText.plain(value) : ValueText.of(value));
      case BOOLEAN -> span.setAttribute(booleanKey, (Boolean) value);
      default -> writeOther(span, value, as);
    }
  }

  private void writeOther(Span span, Object value, ValueKind as) {
    switch (as) {
      case DOUBLE -> span.setAttribute(doubleKey, ((Number) value).doubleValue());
      case ENUM -> span.setAttribute(stringKey, ((Enum<?>) value).name());
      case BOOLEAN_ARRAY -> span.setAttribute(booleanArrayKey, booleans((boolean[]) value));
      case LONG_ARRAY -> span.setAttribute(longArrayKey, longs(value));
      case DOUBLE_ARRAY -> span.setAttribute(doubleArrayKey, doubles(value));
      case STRING_ARRAY -> span.setAttribute(stringArrayKey, strings((String[]) value));
      case OBJECT_ARRAY -> writeElements(span, Arrays.asList((Object[]) value));
      case COLLECTION -> writeElements(span, (Collection<?>) value);
      case DYNAMIC -> write(span, value, runtimeKind(value));
      case REDACTED -> span.setAttribute(stringKey, ValueSettings.REDACTED);
      default -> {
        // the kinds write() handles itself never come here
      }
    }
  }

  private static String text(Object value) {
    return value instanceof CharSequence chars
        ? ValueText.cap(chars, ValueSettings.maxLength())
        : value.toString();
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

  /**
   * Elements of unknown static type: typed when the first {@link #MAX_ELEMENTS} share one
   * attribute type, else strings. Only those elements are read, in one pass.
   */
  private void writeElements(Span span, Collection<?> elements) {
    Object[] first = new Object[Math.min(elements.size(), MAX_ELEMENTS)];
    int count = 0;
    ValueKind common = null;
    for (Iterator<?> it = elements.iterator(); count < first.length && it.hasNext(); ) {
      Object element = it.next();
      first[count++] = element;
      ValueKind elementKind = element == null ? ValueKind.STRING : runtimeKind(element);
      if (elementKind == ValueKind.ENUM) {
        elementKind = ValueKind.STRING;
      }
      common = common == null || common == elementKind ? elementKind : ValueKind.STRING;
    }
    if (common == ValueKind.BOOLEAN) {
      List<Boolean> list = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        list.add((Boolean) first[i]);
      }
      span.setAttribute(booleanArrayKey, list);
    } else if (common == ValueKind.LONG) {
      List<Long> list = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        list.add(((Number) first[i]).longValue());
      }
      span.setAttribute(longArrayKey, list);
    } else if (common == ValueKind.DOUBLE) {
      List<Double> list = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        list.add(((Number) first[i]).doubleValue());
      }
      span.setAttribute(doubleArrayKey, list);
    } else {
      span.setAttribute(stringArrayKey, strings(first, count));
    }
  }

  private static List<String> strings(Object[] elements) {
    return strings(elements, Math.min(elements.length, MAX_ELEMENTS));
  }

  private static List<String> strings(Object[] elements, int count) {
    int max = ValueSettings.maxLength();
    List<String> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Object element = elements[i];
      list.add(element instanceof Enum<?> e ? e.name()
          : element instanceof String s ? ValueText.cap(s, max) : ValueText.of(element));
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
}
