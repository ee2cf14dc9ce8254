package dev.spanweave.test.tree;

import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Ended spans as trees: roots and children, each in start order. */
final class SpanIndex {

  private static final Comparator<SpanData> START_ORDER =
      Comparator.comparingLong(SpanData::getStartEpochNanos);

  private final List<SpanData> all;
  private final List<SpanData> roots = new ArrayList<>();
  private final Map<String, List<SpanData>> children = new HashMap<>();

  SpanIndex(Collection<SpanData> spans) {
    all = new ArrayList<>(spans);
    all.sort(START_ORDER); // stable: spans that started at once stay in the order they ended
    Set<String> ids = new HashSet<>();
    all.forEach(span -> ids.add(key(span.getTraceId(), span.getSpanId())));
    for (SpanData span : all) {
      if (span.getParentSpanContext().isValid()
          && ids.contains(key(span.getTraceId(), span.getParentSpanId()))) {
        children.computeIfAbsent(key(span.getTraceId(), span.getParentSpanId()),
            k -> new ArrayList<>()).add(span);
      } else {
        roots.add(span); // a trace's root, or a span whose parent was not captured
      }
    }
  }

  List<SpanData> roots() {
    return roots;
  }

  List<SpanData> children(SpanData span) {
    return children.getOrDefault(key(span.getTraceId(), span.getSpanId()), List.of());
  }

  /** Spans called {@code name}: roots first, then the others, each in start order. */
  List<SpanData> named(String name) {
    List<SpanData> named = new ArrayList<>();
    roots.stream().filter(s -> s.getName().equals(name)).forEach(named::add);
    all.stream().filter(s -> s.getName().equals(name) && !named.contains(s)).forEach(named::add);
    return named;
  }

  private static String key(String traceId, String spanId) {
    return traceId + spanId;
  }
}
