package dev.spanweave.it.faults;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import java.util.List;

/** Nested traced calls as a service makes them: a handler, a repository, a failing call. */
final class Workload {

  @TracedSpan
  int handle(@SpanAttribute("app.request") int request, @SpanAttribute String password) {
    int found = find(request, List.of("a", "b", "c")).length();
    try {
      fail(request);
    } catch (IllegalStateException expected) {
      found++;
    }
    return found;
  }

  @TracedSpan(resultAttribute = "app.row")
  String find(@SpanAttribute("app.id") int id, @SpanAttribute("app.tags") List<String> tags) {
    return leaf(id) + tags.size();
  }

  @TracedSpan
  String leaf(@SpanAttribute("app.id") int id) {
    return "row" + id;
  }

  @TracedSpan
  void fail(@SpanAttribute("app.id") int id) {
    throw new IllegalStateException("row " + id + " is locked");
  }
}
