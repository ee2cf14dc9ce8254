package dev.spanweave.test.tree;

import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.util.diff.DiffUtils;
import org.opentest4j.AssertionFailedError;

/**
 * Traces as the trees one would draw, to print and to assert:
 *
 * <pre>
 * GET /api/home  [SERVER]
 * ├─ home-activities-mock-data
 * │     app.user_id = u-1
 * │     app.result_length = 3
 * └─ SocialApp.notificationsOrEmpty
 *    └─ home-notifications-mock-data  [ERROR]
 *          event exception: java.lang.IllegalStateException
 * </pre>
 *
 * A line per span: its name, then its kind and status in brackets; under it its attributes ({@code
 * key = value}, typed by their spelling: {@code 3} a long, {@code "3"} a string, {@code 2.5} a
 * double, {@code true} a boolean, {@code [a, b]} an array; in an expected tree {@code *} is any
 * value) and events ({@code event name}, or
 * {@code event exception: type} for a recorded exception); children follow after {@code ├─} and
 * {@code └─}, in the order they started. Ids, times and durations are never written (the social
 * app demo's trace-id lines and durations are skipped when read, so its output can be pasted).
 *
 * <p>In an expected tree, a kind or status is checked only when written, attributes and events
 * written must be there and others are ignored, and spans not written are ignored, unless {@link
 * TreeMatch#EXACT} is asked. A failure is an {@link AssertionFailedError} whose message is a
 * unified diff of the expected tree and the actual one (all its spans, with the attributes and
 * events the expected tree mentions): pasting the actual side makes the test pass. IDEs show the
 * two sides next to each other.
 *
 * <p>{@code SpanweaveExtension.assertTrace} calls this after waiting for the spans to end; call it
 * directly for spans collected otherwise (an {@code InMemorySpanExporter}, for example).
 */
public final class SpanTrees {

  private SpanTrees() {}

  /**
   * The complete trees of {@code spans}: one per trace, in the order the traces started, every
   * attribute and event written, kind and status when they are not {@code INTERNAL} and {@code
   * UNSET}. A span whose parent is not among {@code spans} is written as a root.
   *
   * @param spans ended spans, in any order
   * @return the trees, separated by blank lines; empty if there are no spans
   */
  public static String render(Collection<SpanData> spans) {
    SpanIndex index = new SpanIndex(spans);
    return Node.write(index.roots().stream()
        .map(root -> Projection.complete(root, index)).toList());
  }

  /**
   * Whether {@link #assertTrace} would pass: for code that waits for a trace to be complete.
   *
   * @param spans ended spans, in any order
   * @param expectedTree one tree in the notation above
   * @param options how strictly to match
   * @return whether a trace matches {@code expectedTree}
   * @throws IllegalArgumentException if {@code expectedTree} is not one tree in this notation
   */
  public static boolean matches(
      Collection<SpanData> spans, String expectedTree, TreeMatch... options) {
    Expected expected = oneTree(expectedTree);
    SpanIndex index = new SpanIndex(spans);
    Projection projection = new Projection(index, set(options));
    return index.named(expected.name()).stream()
        .anyMatch(candidate -> projection.matches(expected, candidate));
  }

  /**
   * Whether {@link #assertTraces} would pass.
   *
   * @param spans ended spans, in any order
   * @param expectedTrees the trees in the notation above, one after the other
   * @param options how strictly to match each trace
   * @return whether {@code spans} form exactly these traces
   * @throws IllegalArgumentException if {@code expectedTrees} is not in this notation
   */
  public static boolean matchesAll(
      Collection<SpanData> spans, String expectedTrees, TreeMatch... options) {
    List<Expected> roots = TreeText.parse(expectedTrees);
    SpanIndex index = new SpanIndex(spans);
    return allMatch(roots, index.roots(), new Projection(index, set(options)));
  }

  private static boolean allMatch(
      List<Expected> roots, List<SpanData> actual, Projection projection) {
    boolean matches = roots.size() == actual.size();
    for (int i = 0; matches && i < roots.size(); i++) {
      matches = projection.matches(roots.get(i), actual.get(i));
    }
    return matches;
  }

  private static Expected oneTree(String expectedTree) {
    List<Expected> roots = TreeText.parse(expectedTree);
    if (roots.size() != 1) {
      throw new IllegalArgumentException("assertTrace takes one tree, this has " + roots.size()
          + " roots (assertTraces takes all traces): " + names(roots));
    }
    return roots.get(0);
  }

  /**
   * Asserts that the trace whose root is the expected tree's root span looks as written (if
   * several spans bear that name, one of them must match; a span that is not a trace's root is
   * looked at when no root bears the name).
   *
   * @param spans ended spans, in any order
   * @param expectedTree one tree in the notation above
   * @param options how strictly to match
   * @throws AssertionFailedError if no trace matches, with the diff against the first candidate
   * @throws IllegalArgumentException if {@code expectedTree} is not one tree in this notation
   */
  public static void assertTrace(
      Collection<SpanData> spans, String expectedTree, TreeMatch... options) {
    Expected expected = oneTree(expectedTree);
    SpanIndex index = new SpanIndex(spans);
    Projection projection = new Projection(index, set(options));
    List<SpanData> candidates = index.named(expected.name());
    for (SpanData candidate : candidates) {
      if (projection.matches(expected, candidate)) {
        return;
      }
    }
    String expectedText = Node.write(List.of(expected.node()));
    String actualText = candidates.isEmpty()
        ? render(spans)
        : Node.write(List.of(projection.project(expected, candidates.get(0), true)));
    String headline = candidates.isEmpty()
        ? "no span named '" + expected.name() + "' has ended"
        : "the trace of '" + expected.name() + "' is not the expected tree"
            + (candidates.size() > 1 ? " (" + candidates.size()
                + " spans bear that name and none matches; the diff is against the first)" : "");
    throw failure(headline, expectedText, actualText, spans);
  }

  /**
   * Asserts that {@code spans} form exactly the traces written, one root per trace, in the order
   * the traces started.
   *
   * @param spans ended spans, in any order
   * @param expectedTrees the trees in the notation above, one after the other
   * @param options how strictly to match each trace
   * @throws AssertionFailedError if the traces differ, with the diff
   * @throws IllegalArgumentException if {@code expectedTrees} is not in this notation
   */
  public static void assertTraces(
      Collection<SpanData> spans, String expectedTrees, TreeMatch... options) {
    List<Expected> roots = TreeText.parse(expectedTrees);
    SpanIndex index = new SpanIndex(spans);
    Projection projection = new Projection(index, set(options));
    List<SpanData> actual = index.roots();
    if (allMatch(roots, actual, projection)) {
      return;
    }
    List<Node> shown = new ArrayList<>();
    for (int i = 0; i < actual.size(); i++) {
      shown.add(i < roots.size() && roots.get(i).name().equals(actual.get(i).getName())
          ? projection.project(roots.get(i), actual.get(i), true)
          : Projection.complete(actual.get(i), index));
    }
    throw failure("the traces are not the expected trees (" + roots.size() + " expected, "
            + actual.size() + " ended)",
        Node.write(roots.stream().map(Expected::node).toList()), Node.write(shown), spans);
  }

  private static AssertionFailedError failure(
      String headline, String expected, String actual, Collection<SpanData> spans) {
    List<String> expectedLines = expected.lines().toList();
    List<String> actualLines = actual.lines().toList();
    List<String> diff = DiffUtils.generateUnifiedDiff("expected", "actual", expectedLines,
        DiffUtils.diff(expectedLines, actualLines),
        Math.max(expectedLines.size(), actualLines.size()));
    String complete = render(spans);
    return new AssertionFailedError(headline + " (- expected, + actual):\n"
        + String.join("\n", diff) + "\n\nall ended spans, complete:\n"
        + (complete.isEmpty() ? "(none)\n" : complete), expected, actual);
  }

  private static Set<TreeMatch> set(TreeMatch... options) {
    Set<TreeMatch> set = EnumSet.noneOf(TreeMatch.class);
    set.addAll(List.of(options));
    return set;
  }

  private static List<String> names(List<Expected> roots) {
    return roots.stream().map(Expected::name).toList();
  }
}
