package dev.spanweave.examples.backends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import zipkin2.Annotation;
import zipkin2.Span;

/** Renders a trace as Zipkin stored it, one indented line per span, for a terminal. */
public final class ZipkinTree {

  private static final Pattern EVENT_NAME = Pattern.compile("^\"([^\"]+)\"");
  private static final Pattern EXCEPTION_TYPE =
      Pattern.compile("\"exception\\.type\":\"([^\"]*)\"");
  private static final Pattern EXCEPTION_MESSAGE =
      Pattern.compile("\"exception\\.message\":\"([^\"]*)\"");

  private ZipkinTree() {}

  public static String render(List<Span> trace) {
    List<Span> spans = new ArrayList<>(trace);
    spans.sort(Comparator.comparingLong(ZipkinTree::start));
    Set<String> ids = spans.stream().map(Span::id).collect(Collectors.toSet());
    StringBuilder out = new StringBuilder();
    for (Span span : spans) {
      if (span.parentId() == null || !ids.contains(span.parentId())) {
        render(span, spans, "", true, out);
      }
    }
    return out.toString();
  }

  private static void render(Span span, List<Span> all, String indent, boolean last,
      StringBuilder out) {
    String childIndent = indent + (last ? "   " : "│  ");
    out.append(indent).append(last ? "└─ " : "├─ ").append(span.localServiceName()).append(": ")
        .append(span.name()).append("  [").append(span.kind() == null ? "INTERNAL" : span.kind())
        .append(", ").append(String.format("%.1f ms", span.durationAsLong() / 1e3))
        .append(span.tags().containsKey("error") ? ", ERROR" : "").append("]\n");
    for (Map.Entry<String, String> tag : span.tags().entrySet()) {
      if (tag.getKey().startsWith("app.") || tag.getKey().startsWith("http.")) {
        out.append(childIndent).append("   ").append(tag.getKey()).append(" = ")
            .append(tag.getValue()).append('\n');
      }
    }
    for (Annotation annotation : span.annotations()) {
      out.append(childIndent).append("   event ").append(summary(annotation.value()))
          .append('\n');
    }
    List<Span> children = all.stream().filter(s -> span.id().equals(s.parentId())).toList();
    for (int i = 0; i < children.size(); i++) {
      render(children.get(i), all, childIndent, i == children.size() - 1, out);
    }
  }

  /**
   * The exporter writes an event as {@code "name":{attributes as JSON}}; a terminal wants its name,
   * exception type and message, not the stack trace.
   */
  static String summary(String event) {
    Matcher name = EVENT_NAME.matcher(event);
    Matcher type = EXCEPTION_TYPE.matcher(event);
    Matcher message = EXCEPTION_MESSAGE.matcher(event);
    return (name.find() ? name.group(1) : event)
        + (type.find() ? ": " + type.group(1) : "")
        + (message.find() ? " " + message.group(1) : "");
  }

  private static long start(Span span) {
    return span.timestampAsLong();
  }
}
