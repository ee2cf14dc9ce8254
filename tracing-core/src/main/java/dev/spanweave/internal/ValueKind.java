package dev.spanweave.internal;

import java.util.Collection;

/**
 * How a value becomes an attribute, decided once from a declared type. {@link #DYNAMIC} defers the
 * choice to the value's runtime class, for declared types such as {@code Object} or {@code Number}
 * that may hold any of the typed cases.
 */
enum ValueKind {
  BOOLEAN,
  LONG,
  DOUBLE,
  STRING,
  ENUM,
  BOOLEAN_ARRAY,
  LONG_ARRAY,
  DOUBLE_ARRAY,
  STRING_ARRAY,
  OBJECT_ARRAY,
  COLLECTION,
  DYNAMIC,
  TO_STRING,
  /** Never read: recorded as {@link ValueSettings#REDACTED}. */
  REDACTED;

  static ValueKind of(Class<?> type) {
    if (type == boolean.class || type == Boolean.class) {
      return BOOLEAN;
    }
    if (type == long.class || type == int.class || type == short.class || type == byte.class
        || type == Long.class || type == Integer.class || type == Short.class
        || type == Byte.class) {
      return LONG;
    }
    if (type == double.class || type == float.class || type == Double.class
        || type == Float.class) {
      return DOUBLE;
    }
    if (type == char.class || type == Character.class || CharSequence.class.isAssignableFrom(type)) {
      return STRING;
    }
    if (type.isEnum() || type == Enum.class) {
      return ENUM;
    }
    if (type.isArray()) {
      return arrayOf(type.getComponentType());
    }
    if (Collection.class.isAssignableFrom(type)) {
      return COLLECTION;
    }
    if (type == Object.class || type == Number.class || type == java.io.Serializable.class
        || type == Comparable.class || type == Iterable.class || type.isInterface()
            && type.isAssignableFrom(String.class)) {
      return DYNAMIC;
    }
    return TO_STRING;
  }

  private static ValueKind arrayOf(Class<?> component) {
    if (component == boolean.class) {
      return BOOLEAN_ARRAY;
    }
    if (component == long.class || component == int.class || component == short.class
        || component == byte.class) {
      return LONG_ARRAY;
    }
    if (component == double.class || component == float.class) {
      return DOUBLE_ARRAY;
    }
    if (component == String.class) {
      return STRING_ARRAY;
    }
    return component.isPrimitive() ? TO_STRING : OBJECT_ARRAY;
  }
}
