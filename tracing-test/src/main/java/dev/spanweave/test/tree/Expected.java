package dev.spanweave.test.tree;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import java.util.List;

/**
 * One span of an expected tree, as written.
 *
 * @param name the span name
 * @param kind the kind, or {@code null} when not written (then not checked)
 * @param status the status code, or {@code null} when not written (then not checked)
 * @param attributes the attributes written, values in their canonical text ({@link Values})
 * @param events the events written
 * @param children the child spans, in the order written
 */
record Expected(
    String name,
    SpanKind kind,
    StatusCode status,
    List<Attribute> attributes,
    List<Event> events,
    List<Expected> children) {

  Expected {
    attributes = List.copyOf(attributes);
    events = List.copyOf(events);
    children = List.copyOf(children);
  }

  /** {@code key = value}, the value in canonical text. */
  record Attribute(String key, String value) {}

  /**
   * {@code event name}, or {@code event exception: type} for a recorded exception, or {@code event
   * exception: type message} (as the demo prints it) to check the message too.
   */
  record Event(String name, String exceptionType, String message) {

    String line() {
      return "event " + name + (exceptionType == null ? "" : ": " + exceptionType)
          + (message == null ? "" : " " + message);
    }
  }

  /** The tree as it would print: what an actual span that matches projects to. */
  Node node() {
    List<String> details = new java.util.ArrayList<>();
    attributes.forEach(a -> details.add(a.key() + " = " + a.value()));
    events.forEach(e -> details.add(e.line()));
    return new Node(Heads.head(name, kind, status), details,
        children.stream().map(Expected::node).toList());
  }
}
