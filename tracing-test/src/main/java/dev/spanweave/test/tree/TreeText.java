package dev.spanweave.test.tree;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads expected trees: a root line per trace, children after {@code ├─} or {@code └─} (a child is
 * deeper than its parent by any indentation), and under a span its attributes ({@code key =
 * value}) and events ({@code event name}, {@code event exception: type}).
 */
final class TreeText {

  private static final Pattern BRACKET = Pattern.compile("(.*\\S)\\s+\\[([A-Za-z_, .0-9]+)]");
  private static final Pattern DEMO_TRACE_LINE = Pattern.compile("trace [0-9a-f]{32}");
  private static final Pattern DURATION = Pattern.compile("[0-9.]+ *[MUN]?S");

  private TreeText() {}

  /**
   * The roots written in {@code text}.
   *
   * @throws IllegalArgumentException naming the line that is not tree notation
   */
  static List<Expected> parse(String text) {
    List<Draft> roots = new ArrayList<>();
    Deque<Draft> open = new ArrayDeque<>();
    List<String> lines = text.lines().toList();
    int margin = margin(lines);
    int number = 0;
    for (String raw : lines) {
      number++;
      String line = raw.isBlank() ? "" : raw.substring(margin).stripTrailing();
      int prefix = 0;
      while (prefix < line.length() && (line.charAt(prefix) == ' ' || line.charAt(prefix) == '│'
          || line.charAt(prefix) == '\t')) {
        prefix++;
      }
      String rest = line.substring(prefix);
      if (rest.isEmpty() || DEMO_TRACE_LINE.matcher(line).matches()) {
        continue;
      }
      if (rest.startsWith("├─") || rest.startsWith("└─")) {
        while (!open.isEmpty() && open.peek().column >= prefix) {
          open.pop();
        }
        Draft span = draft(rest.substring(2).replaceFirst("^─*\\s*", ""), prefix, number, raw);
        if (open.isEmpty()) {
          roots.add(span); // the demo prints a root under └─ as well
        } else {
          open.peek().children.add(span);
        }
        open.push(span);
      } else if (prefix == 0) {
        Draft root = draft(rest, -1, number, raw);
        roots.add(root);
        open.clear();
        open.push(root);
      } else if (open.isEmpty()) {
        throw error(number, raw, "an attribute or event before any span");
      } else {
        detail(open.peek(), rest, number, raw);
      }
    }
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("the expected tree is empty");
    }
    return roots.stream().map(Draft::freeze).toList();
  }

  /**
   * The indentation every written line shares, which the tree does not count: a Kotlin raw string
   * (without {@code trimIndent()}) or a concatenated string keeps its source's indentation, where a
   * Java text block drops it.
   */
  private static int margin(List<String> lines) {
    int margin = Integer.MAX_VALUE;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      int indent = 0;
      while (line.charAt(indent) == ' ' || line.charAt(indent) == '\t') {
        indent++;
      }
      margin = Math.min(margin, indent);
    }
    return margin == Integer.MAX_VALUE ? 0 : margin;
  }

  private static Draft draft(String head, int column, int number, String raw) {
    if (head.isEmpty()) {
      throw error(number, raw, "a span line with no name");
    }
    Draft draft = new Draft(column);
    draft.name = head;
    Matcher bracket = BRACKET.matcher(head);
    if (bracket.matches()) {
      SpanKind kind = null;
      StatusCode status = null;
      for (String token : bracket.group(2).split(",")) {
        String word = token.strip().toUpperCase(java.util.Locale.ROOT);
        if (DURATION.matcher(word).matches()) {
          continue; // the demo prints durations; a tree never checks them
        }
        if (isKind(word)) {
          kind = SpanKind.valueOf(word);
        } else if (isStatus(word)) {
          status = StatusCode.valueOf(word);
        } else {
          return draft; // not ours: a name that ends in brackets
        }
      }
      draft.name = bracket.group(1);
      draft.kind = kind;
      draft.status = status;
    }
    return draft;
  }

  private static void detail(Draft span, String rest, int number, String raw) {
    if (rest.startsWith("event ")) {
      String event = rest.substring("event ".length()).strip();
      if (event.startsWith("exception:")) {
        String[] typeAndMessage = event.substring("exception:".length()).strip().split(" ", 2);
        span.events.add(new Expected.Event("exception", typeAndMessage[0],
            typeAndMessage.length > 1 ? typeAndMessage[1].strip() : null));
      } else {
        span.events.add(new Expected.Event(event, null, null));
      }
      return;
    }
    int equals = rest.indexOf(" = ");
    if (equals <= 0) {
      throw error(number, raw, "neither 'key = value' nor 'event name' under a span");
    }
    span.attributes.add(new Expected.Attribute(rest.substring(0, equals).strip(),
        Values.canonical(rest.substring(equals + 3).strip())));
  }

  private static boolean isKind(String word) {
    for (SpanKind kind : SpanKind.values()) {
      if (kind.name().equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isStatus(String word) {
    for (StatusCode status : StatusCode.values()) {
      if (status.name().equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static IllegalArgumentException error(int number, String line, String what) {
    return new IllegalArgumentException(
        "expected tree, line " + number + ": " + what + ": '" + line + "'");
  }

  /** A span while its lines are read. */
  private static final class Draft {
    final int column;
    String name;
    SpanKind kind;
    StatusCode status;
    final List<Expected.Attribute> attributes = new ArrayList<>();
    final List<Expected.Event> events = new ArrayList<>();
    final List<Draft> children = new ArrayList<>();

    Draft(int column) {
      this.column = column;
    }

    Expected freeze() {
      return new Expected(name, kind, status, attributes, events,
          children.stream().map(Draft::freeze).toList());
    }
  }
}
