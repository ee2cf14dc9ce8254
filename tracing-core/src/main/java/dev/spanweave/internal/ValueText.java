package dev.spanweave.internal;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * A value as bounded text: at most {@link ValueSettings#maxLength()} characters and, for maps,
 * collections and arrays, at most {@link AttributeWriter#MAX_ELEMENTS} elements, read one by one,
 * so that the cost is that of the first elements whatever the size. A {@code null} value or
 * element is {@code "null"}.
 *
 * <p>Redaction is not decided here: a redacted value never reaches this class (see {@link
 * ValueKind#REDACTED}), and log lines render values through the attribute writers ({@link
 * LoggedValues}).
 */
final class ValueText {

  private ValueText() {}

  /** {@code value} as text, bounded in length and in elements read; never redacted. */
  static String of(Object value) {
    return of(value, ValueSettings.maxLength(), 0);
  }

  /**
   * {@code value}'s {@code toString()}, capped: what {@link #of} gives for a value of a class that
   * {@link #rendersPlainly}, without its type tests.
   */
  static String plain(Object value) {
    return cap(value.toString(), ValueSettings.maxLength());
  }

  /**
   * Whether {@link #of} renders every instance of exactly this class through its {@code
   * toString()}: a class that is no text, map, collection or array.
   */
  static boolean rendersPlainly(Class<?> type) {
    return !type.isInterface() && !type.isArray() && !type.isPrimitive()
        && !CharSequence.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type)
        && !Collection.class.isAssignableFrom(type);
  }

  /** Containers nested deeper than this show as "..." (a map may even contain itself). */
  private static final int MAX_NESTING = 3;

  private static String of(Object value, int max, int nesting) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String text) {
      return cap(text, max);
    }
    if (value instanceof CharSequence chars) {
      return cap(chars, max);
    }
    if (value instanceof char[] chars) {
      return new String(chars, 0, Math.min(chars.length, max));
    }
    boolean container =
        value instanceof Map<?, ?> || value instanceof Collection<?> || value.getClass().isArray();
    if (container && nesting >= MAX_NESTING) {
      return "...";
    }
    if (value instanceof Map<?, ?> map) {
      return map(map, max, nesting + 1);
    }
    if (value instanceof Collection<?> collection) {
      return elements(collection.iterator(), max, nesting + 1);
    }
    if (container) {
      return array(value, max, nesting + 1);
    }
    return cap(value.toString(), max);
  }

  /** The first {@code max} characters, never splitting a surrogate pair. */
  static String cap(String text, int max) {
    return text.length() <= max ? text : text.substring(0, cut(text, max));
  }

  static String cap(CharSequence chars, int max) {
    return chars.length() <= max
        ? chars.toString()
        : chars.subSequence(0, cut(chars, max)).toString();
  }

  private static int cut(CharSequence chars, int max) {
    return Character.isHighSurrogate(chars.charAt(max - 1)) ? max - 1 : max;
  }

  private static String map(Map<?, ?> map, int max, int nesting) {
    StringBuilder text = new StringBuilder("{");
    int shown = 0;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (shown == AttributeWriter.MAX_ELEMENTS || text.length() >= max) {
        return finish(text.append(", ...}"), max);
      }
      if (shown++ > 0) {
        text.append(", ");
      }
      text.append(of(entry.getKey(), max, nesting)).append('=')
          .append(of(entry.getValue(), max, nesting));
    }
    return finish(text.append('}'), max);
  }

  private static String elements(Iterator<?> elements, int max, int nesting) {
    StringBuilder text = new StringBuilder("[");
    int shown = 0;
    while (elements.hasNext()) {
      if (shown == AttributeWriter.MAX_ELEMENTS || text.length() >= max) {
        return finish(text.append(", ...]"), max);
      }
      if (shown++ > 0) {
        text.append(", ");
      }
      text.append(of(elements.next(), max, nesting));
    }
    return finish(text.append(']'), max);
  }

  private static String array(Object array, int max, int nesting) {
    int length = Array.getLength(array);
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < length; i++) {
      if (i == AttributeWriter.MAX_ELEMENTS || text.length() >= max) {
        return finish(text.append(", ...]"), max);
      }
      if (i > 0) {
        text.append(", ");
      }
      text.append(of(Array.get(array, i), max, nesting));
    }
    return finish(text.append(']'), max);
  }

  private static String finish(StringBuilder text, int max) {
    return cap(text, max);
  }
}
