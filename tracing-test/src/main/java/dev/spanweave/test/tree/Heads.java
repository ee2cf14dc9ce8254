package dev.spanweave.test.tree;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import java.util.ArrayList;
import java.util.List;

/** A span's tree line: {@code name}, then {@code [KIND, STATUS]} with whichever is shown. */
final class Heads {

  private Heads() {}

  static String head(String name, SpanKind kind, StatusCode status) {
    List<String> shown = new ArrayList<>(2);
    if (kind != null) {
      shown.add(kind.name());
    }
    if (status != null) {
      shown.add(status.name());
    }
    return shown.isEmpty() ? name : name + "  [" + String.join(", ", shown) + "]";
  }
}
