package dev.spanweave.test.tree;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Actual spans written as nodes in the light of an expected tree: a span shows what its expected
 * counterpart mentions (its kind, status, attributes and events, with their actual values), so
 * that it matches exactly when its node equals the expected one. Spans nobody expected appear
 * too when {@code extras} is on: that is the actual tree of the failure diff.
 */
final class Projection {

  private static final AttributeKey<String> EXCEPTION_TYPE =
      AttributeKey.stringKey("exception.type");
  private static final AttributeKey<String> EXCEPTION_MESSAGE =
      AttributeKey.stringKey("exception.message");
  /** How complete trees write events: the exception type, not the message (often long). */
  private static final Expected.Event WITH_TYPE = new Expected.Event("", "", null);

  private final SpanIndex index;
  private final boolean exact;
  private final boolean anyOrder;
  private final Map<Expected, Map<SpanData, Node>> matched = new IdentityHashMap<>();
  private final Map<Expected, Map<SpanData, Node>> shown = new IdentityHashMap<>();

  Projection(SpanIndex index, Set<TreeMatch> options) {
    this.index = index;
    this.exact = options.contains(TreeMatch.EXACT);
    this.anyOrder = options.contains(TreeMatch.ANY_SIBLING_ORDER);
  }

  /** Whether {@code actual} and its descendants match {@code expected}. */
  boolean matches(Expected expected, SpanData actual) {
    return project(expected, actual, false).equals(expected.node());
  }

  /**
   * {@code actual} as {@code expected} sees it.
   *
   * @param extras whether spans nobody expected are shown (in exact mode they always are)
   */
  Node project(Expected expected, SpanData actual, boolean extras) {
    Map<Expected, Map<SpanData, Node>> memo = extras ? shown : matched;
    Node known = memo.computeIfAbsent(expected, e -> new IdentityHashMap<>()).get(actual);
    if (known != null) {
      return known;
    }
    Node node = new Node(head(actual,
            expected.kind() != null || (exact && actual.getKind() != SpanKind.INTERNAL),
            expected.status() != null
                || (exact && actual.getStatus().getStatusCode() != StatusCode.UNSET)),
        details(expected, actual), children(expected.children(), index.children(actual), extras));
    memo.get(expected).put(actual, node);
    return node;
  }

  /** A span nobody expected: all of it under {@link TreeMatch#EXACT}, else its shape. */
  Node unexpected(SpanData actual) {
    return exact ? complete(actual, index) : shape(actual);
  }

  /** Everything about a span but ids and times: what {@link SpanTrees#render} prints. */
  static Node complete(SpanData span, SpanIndex index) {
    List<String> details = new ArrayList<>();
    span.getAttributes().forEach((key, value) ->
        details.add(key.getKey() + " = " + Values.format(key.getType(), value)));
    span.getEvents().forEach(event -> details.add(event(event, WITH_TYPE)));
    return new Node(head(span, span.getKind() != SpanKind.INTERNAL,
            span.getStatus().getStatusCode() != StatusCode.UNSET), details,
        index.children(span).stream().map(child -> complete(child, index)).toList());
  }

  private Node shape(SpanData span) {
    return new Node(head(span, span.getKind() != SpanKind.INTERNAL,
            span.getStatus().getStatusCode() != StatusCode.UNSET), List.of(),
        index.children(span).stream().map(this::shape).toList());
  }

  private static String head(SpanData span, boolean kind, boolean status) {
    return Heads.head(span.getName(), kind ? span.getKind() : null,
        status ? span.getStatus().getStatusCode() : null);
  }

  private List<String> details(Expected expected, SpanData actual) {
    Map<String, String> attributes = new LinkedHashMap<>();
    actual.getAttributes().forEach((key, value) ->
        attributes.put(key.getKey(), Values.format(key.getType(), value)));
    List<String> details = new ArrayList<>();
    for (Expected.Attribute attribute : expected.attributes()) {
      String value = attributes.remove(attribute.key());
      if (value != null) {
        // a value written as * matches any: the actual one is not shown, it would not diff
        details.add(attribute.key() + " = "
            + (attribute.value().equals(Values.ANY) ? Values.ANY : value));
      }
    }
    if (exact) {
      attributes.forEach((key, value) -> details.add(key + " = " + value));
      actual.getEvents().forEach(event -> details.add(event(event, WITH_TYPE)));
      return details;
    }
    List<EventData> events = new ArrayList<>(actual.getEvents());
    for (Expected.Event wanted : expected.events()) {
      EventData found = null;
      for (EventData event : events) {
        if (event.getName().equals(wanted.name())) {
          if (found == null) {
            found = event;
          }
          if (event(event, wanted).equals(wanted.line())) {
            found = event;
            break;
          }
        }
      }
      if (found != null) {
        events.remove(found);
        details.add(event(found, wanted));
      }
    }
    return details;
  }

  /** An actual event written as {@code wanted} is: with the type, and the message, if it has them. */
  private static String event(EventData event, Expected.Event wanted) {
    String type = event.getAttributes().get(EXCEPTION_TYPE);
    String message = event.getAttributes().get(EXCEPTION_MESSAGE);
    return "event " + event.getName()
        + (wanted.exceptionType() != null && type != null ? ": " + type : "")
        + (wanted.message() != null && message != null ? " " + message : "");
  }

  /**
   * Pairs expected and actual children: first those that match (in order unless {@link
   * TreeMatch#ANY_SIBLING_ORDER}), then those that only share a name, so that the diff shows
   * what differs in a span rather than a missing span and an extra one.
   */
  private List<Node> children(List<Expected> expected, List<SpanData> actual, boolean extras) {
    Expected[] partner = new Expected[actual.size()];
    boolean[] paired = new boolean[expected.size()];
    int from = 0;
    for (int e = 0; e < expected.size(); e++) {
      for (int a = anyOrder ? 0 : from; a < actual.size(); a++) {
        if (partner[a] == null && matches(expected.get(e), actual.get(a))) {
          partner[a] = expected.get(e);
          paired[e] = true;
          from = a + 1;
          break;
        }
      }
    }
    for (int e = 0; e < expected.size(); e++) {
      for (int a = 0; !paired[e] && a < actual.size(); a++) {
        if (partner[a] == null && actual.get(a).getName().equals(expected.get(e).name())) {
          partner[a] = expected.get(e);
          paired[e] = true;
        }
      }
    }
    boolean showExtras = extras || exact;
    List<Node> nodes = new ArrayList<>();
    if (anyOrder) {
      // in the expected order, so that the diff lines up
      for (Expected wanted : expected) {
        for (int a = 0; a < actual.size(); a++) {
          if (partner[a] == wanted) {
            nodes.add(project(wanted, actual.get(a), extras));
          }
        }
      }
    }
    for (int a = 0; a < actual.size(); a++) {
      if (partner[a] != null && !anyOrder) {
        nodes.add(project(partner[a], actual.get(a), extras));
      } else if (partner[a] == null && showExtras) {
        nodes.add(unexpected(actual.get(a)));
      }
    }
    return nodes;
  }
}
