package dev.spanweave.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The "size" of a return value, for {@code TracedSpan.resultSizeAttribute}. */
final class Sizes {

  private Sizes() {}

  /** The number of elements, entries or characters; -1 for a type that has no size. */
  static long of(Object value) {
    if (value instanceof Collection<?> collection) {
      return collection.size();
    }
    if (value instanceof Map<?, ?> map) {
      return map.size();
    }
    if (value instanceof CharSequence chars) {
      return chars.length();
    }
    if (value instanceof Optional<?> optional) {
      return optional.isPresent() ? 1 : 0;
    }
    if (value.getClass().isArray()) {
      return java.lang.reflect.Array.getLength(value);
    }
    return -1;
  }
}
