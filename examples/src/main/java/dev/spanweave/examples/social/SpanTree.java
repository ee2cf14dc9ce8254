package dev.spanweave.examples.social;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders finished spans as one indented tree per trace, for a terminal. */
public final class SpanTree {

  private SpanTree() {}

  public static String render(List<SpanData> spans) {
    Map<String, List<SpanData>> byTrace = spans.stream()
        .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
        .collect(Collectors.groupingBy(SpanData::getTraceId, LinkedHashMap::new,
            Collectors.toList()));
    StringBuilder out = new StringBuilder();
    byTrace.forEach((traceId, traceSpans) -> {
      out.append("trace ").append(traceId).append('\n');
      Set<String> ids = traceSpans.stream().map(SpanData::getSpanId).collect(Collectors.toSet());
      for (SpanData span : traceSpans) {
        if (!ids.contains(span.getParentSpanId())) {
          render(span, traceSpans, "", true, out);
        }
      }
      out.append('\n');
    });
    return out.toString();
  }

  private static void render(SpanData span, List<SpanData> all, String indent, boolean last,
      StringBuilder out) {
    String branch = last ? "└─ " : "├─ ";
    String childIndent = indent + (last ? "   " : "│  ");
    out.append(indent).append(branch).append(span.getName())
        .append("  [").append(span.getKind()).append(", ")
        .append(String.format("%.1f ms", (span.getEndEpochNanos() - span.getStartEpochNanos()) / 1e6))
        .append(", ").append(status(span)).append("]\n");
    span.getAttributes().forEach((key, value) -> {
      if (!key.getKey().startsWith("code.")) {
        out.append(childIndent).append("   ").append(key.getKey()).append(" = ").append(value)
            .append('\n');
      }
    });
    for (EventData event : span.getEvents()) {
      out.append(childIndent).append("   event ").append(event.getName()).append(": ")
          .append(event.getAttributes().get(AttributeKey.stringKey("exception.type")))
          .append(" ").append(event.getAttributes().get(AttributeKey.stringKey("exception.message")))
          .append('\n');
    }
    List<SpanData> children = new ArrayList<>();
    for (SpanData candidate : all) {
      if (candidate.getParentSpanId().equals(span.getSpanId())) {
        children.add(candidate);
      }
    }
    for (int i = 0; i < children.size(); i++) {
      render(children.get(i), all, childIndent, i == children.size() - 1, out);
    }
  }

  private static String status(SpanData span) {
    StatusCode code = span.getStatus().getStatusCode();
    return code == StatusCode.ERROR ? "ERROR" : code == StatusCode.OK ? "OK" : "UNSET";
  }
}
