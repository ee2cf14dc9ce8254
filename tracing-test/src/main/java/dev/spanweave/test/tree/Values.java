package dev.spanweave.test.tree;

import io.opentelemetry.api.common.AttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Attribute values as tree text, typed by their spelling: {@code 3} is a long, {@code 2.5} a
 * double, {@code true} a boolean, {@code [a, b]} an array, anything else a string; a string that
 * would read as another type (or has spaces at its ends) is written in double quotes. A bare
 * {@code *} stands for any value.
 */
final class Values {

  private static final Pattern LONG = Pattern.compile("-?\\d+");
  private static final Pattern DOUBLE =
      Pattern.compile("-?(\\d+\\.\\d*|\\.\\d+|\\d+(?=[eE]))([eE][+-]?\\d+)?|NaN|-?Infinity");

  private Values() {}

  /** A value as it is written in a tree. */
  static String format(AttributeType type, Object value) {
    switch (type) {
      case STRING:
        return text(String.valueOf(value), false);
      case BOOLEAN:
      case LONG:
      case DOUBLE:
        return String.valueOf(value);
      case STRING_ARRAY:
      case BOOLEAN_ARRAY:
      case LONG_ARRAY:
      case DOUBLE_ARRAY:
        List<String> elements = new ArrayList<>();
        for (Object element : (List<?>) value) {
          elements.add(type == AttributeType.STRING_ARRAY
              ? text(String.valueOf(element), true)
              : String.valueOf(element));
        }
        return "[" + String.join(", ", elements) + "]";
      default:
        return quote(String.valueOf(value));
    }
  }

  /** Written as a value: the attribute is there, whatever its value and type. */
  static final String ANY = "*";

  /** The canonical form of a value written in a tree: the same text for the same typed value. */
  static String canonical(String written) {
    if (written.length() >= 2 && written.startsWith("[") && written.endsWith("]")) {
      return array(written.substring(1, written.length() - 1));
    }
    return scalar(written);
  }

  private static String scalar(String written) {
    if (written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")) {
      return text(unquote(written), false);
    }
    if (LONG.matcher(written).matches()) {
      try {
        return Long.toString(Long.parseLong(written));
      } catch (NumberFormatException tooLong) {
        return text(written, false);
      }
    }
    if (DOUBLE.matcher(written).matches()) {
      return Double.toString(Double.parseDouble(written));
    }
    return written;
  }

  private static String array(String inside) {
    List<String> elements = split(inside);
    if (elements.isEmpty()) {
      return "[]";
    }
    boolean longs = true;
    boolean numbers = true;
    boolean booleans = true;
    for (String element : elements) {
      boolean isLong = LONG.matcher(element).matches();
      longs &= isLong;
      numbers &= isLong || DOUBLE.matcher(element).matches();
      booleans &= element.equals("true") || element.equals("false");
    }
    List<String> canonical = new ArrayList<>();
    for (String element : elements) {
      if (longs || booleans) {
        canonical.add(element);
      } else if (numbers) {
        canonical.add(Double.toString(Double.parseDouble(element)));
      } else {
        canonical.add(text(element.startsWith("\"") ? unquote(element) : element, true));
      }
    }
    return "[" + String.join(", ", canonical) + "]";
  }

  /** Splits {@code a, "b, c", d} at the commas outside quotes. */
  private static List<String> split(String inside) {
    List<String> elements = new ArrayList<>();
    if (inside.isBlank()) {
      return elements;
    }
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      if (quoted && c == '\\' && i + 1 < inside.length()) {
        current.append(c).append(inside.charAt(++i));
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        elements.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    elements.add(current.toString().strip());
    return elements;
  }

  private static String text(String value, boolean inArray) {
    boolean quote = value.isEmpty()
        || value.equals(ANY)
        || !value.equals(value.strip())
        || value.startsWith("\"")
        || value.startsWith("[")
        || value.equals("true")
        || value.equals("false")
        || LONG.matcher(value).matches()
        || DOUBLE.matcher(value).matches()
        || value.chars().anyMatch(c -> c < 0x20)
        || (inArray && (value.indexOf(',') >= 0 || value.indexOf(']') >= 0));
    return quote ? quote(value) : value;
  }

  private static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        .replace("\r", "\\r").replace("\t", "\\t") + '"';
  }

  private static String unquote(String quoted) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < quoted.length() - 1; i++) {
      char c = quoted.charAt(i);
      if (c == '\\' && i + 1 < quoted.length() - 1) {
        char next = quoted.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next == 't' ? '\t' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
