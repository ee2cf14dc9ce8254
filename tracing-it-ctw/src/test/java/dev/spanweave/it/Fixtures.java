package dev.spanweave.it;

import dev.spanweave.annotations.NotTraced;
import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/** Woven classes the tests call, each a shape of method a user writes. */
final class Fixtures {

  private Fixtures() {}

  enum Tier { FREE, PRO }

  /** A value whose toString fails, as a broken domain object's would. */
  static final class Exploding {
    @Override
    public String toString() {
      throw new IllegalStateException("toString exploded");
    }
  }

  static final class User {
    private final String name;

    User(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return "User(" + name + ")";
    }
  }

  static class Attributes {
    @TracedSpan
    void scalars(@SpanAttribute boolean flag, @SpanAttribute byte b, @SpanAttribute short s,
        @SpanAttribute int i, @SpanAttribute long l, @SpanAttribute float f,
        @SpanAttribute double d, @SpanAttribute char c) {}

    @TracedSpan
    void wrappers(@SpanAttribute Boolean flag, @SpanAttribute Integer i, @SpanAttribute Long l,
        @SpanAttribute Double d) {}

    @TracedSpan
    void strings(@SpanAttribute String text, @SpanAttribute CharSequence chars,
        @SpanAttribute Tier tier) {}

    @TracedSpan
    void arrays(@SpanAttribute String[] names, @SpanAttribute int[] ints, @SpanAttribute long[] longs,
        @SpanAttribute double[] doubles, @SpanAttribute boolean[] flags,
        @SpanAttribute Integer[] boxed) {}

    @TracedSpan
    void collections(@SpanAttribute List<String> names, @SpanAttribute Set<Long> ids,
        @SpanAttribute List<Tier> tiers, @SpanAttribute List<Object> mixed) {}

    @TracedSpan
    void objects(@SpanAttribute Object dynamicLong, @SpanAttribute Object dynamicText,
        @SpanAttribute User user) {}

    @TracedSpan
    String nullable(@SpanAttribute String maybe, @SpanAttribute Object other) {
      return "done";
    }

    @TracedSpan
    String exploding(@SpanAttribute Exploding value, @SpanAttribute("after") String after) {
      return "result untouched";
    }

    @TracedSpan
    int huge(@SpanAttribute List<Integer> numbers) {
      return numbers.size();
    }

    @TracedSpan
    String one(@SpanAttribute("only") String only) {
      return only;
    }

    @TracedSpan
    String five(String a, @SpanAttribute("second") int b, String c, String d,
        @SpanAttribute("fifth") String e) {
      return a + b + c + d + e;
    }

    @TracedSpan
    String mixedRecorded(String ignored, @SpanAttribute("kept") String kept) {
      return kept;
    }
  }

  static class Names {
    @TracedSpan
    void defaultName() {}

    @TracedSpan("checkout.place-order")
    void explicitName() {}

    @TracedSpan
    void keys(@SpanAttribute("app.user_name") String user, @SpanAttribute String tenantId) {}
  }

  static class Kinds {
    @TracedSpan(kind = SpanKind.SERVER)
    void server() {}

    @TracedSpan(kind = SpanKind.CLIENT)
    void client() {}

    @TracedSpan(kind = SpanKind.PRODUCER)
    void producer() {}

    @TracedSpan(kind = SpanKind.CONSUMER)
    void consumer() {}
  }

  static class Failures {
    @TracedSpan
    void unchecked() {
      throw new IllegalArgumentException("bad input");
    }

    @TracedSpan
    void checked() throws IOException {
      throw new IOException("disk on fire");
    }

    @TracedSpan(expectedExceptions = NoSuchElementException.class)
    String lookup(String key) {
      throw new NoSuchElementException("no " + key);
    }

    @TracedSpan(expectedExceptions = NoSuchElementException.class)
    void unexpected() {
      throw new IllegalStateException("broken");
    }

    @TracedSpan
    void wrapped() {
      throw new java.util.concurrent.CompletionException(new IOException("remote down"));
    }
  }

  static class Nesting {
    @TracedSpan
    String outer() {
      return inner() + staticHelper() + finalHelper();
    }

    @TracedSpan
    private String inner() {
      return "i";
    }

    @TracedSpan
    static String staticHelper() {
      return "s";
    }

    @TracedSpan
    final String finalHelper() {
      return "f";
    }

    @TracedSpan
    int recurse(int depth) {
      return depth == 0 ? 0 : 1 + recurse(depth - 1);
    }

    @TracedSpan(inheritContext = false)
    String detached() {
      return Span.current().getSpanContext().getTraceId();
    }

    @TracedSpan
    String callsDetached() {
      return detached();
    }
  }

  static class Results {
    @TracedSpan(resultAttribute = "app.result")
    String text() {
      return "hello";
    }

    @TracedSpan(resultAttribute = "app.count")
    long count() {
      return 42L;
    }

    @TracedSpan(resultAttribute = "app.ids", resultSizeAttribute = "app.ids.size")
    List<Long> ids() {
      return List.of(1L, 2L, 3L);
    }

    @TracedSpan(resultSizeAttribute = "app.map.size")
    Map<String, Integer> map() {
      return Map.of("a", 1, "b", 2);
    }

    @TracedSpan(resultSizeAttribute = "app.array.size")
    int[] array() {
      return new int[] {1, 2, 3, 4};
    }

    @TracedSpan(resultAttribute = "app.result")
    String nothing() {
      return null;
    }

    @TracedSpan(resultAttribute = "app.result")
    Exploding exploding() {
      return new Exploding();
    }
  }

  @TracedSpan(kind = SpanKind.SERVER)
  static class WholeType {
    public String publicOne() {
      return "p" + privateOne();
    }

    public static String publicStatic() {
      return "s";
    }

    @TracedSpan("overridden")
    public String overridden() {
      return "o";
    }

    String packagePrivate() {
      return "pp";
    }

    @NotTraced
    public String leftOut() {
      return "l";
    }

    private String privateOne() {
      return "x";
    }
  }

  interface Greeter {
    @SuppressWarnings("spanweave") // the misuse under test: the build would reject it otherwise
    @TracedSpan
    String greet(String name);
  }

  static class PlainGreeter implements Greeter {
    @Override
    public String greet(String name) {
      return "hi " + name;
    }
  }

  static class TracedGreeter implements Greeter {
    @Override
    @TracedSpan
    public String greet(@SpanAttribute String name) {
      return "hello " + name;
    }
  }

  static class Base {
    @TracedSpan
    String template() {
      return "base";
    }
  }

  static class Derived extends Base {
    @Override
    String template() {
      return "derived+" + super.template();
    }
  }
}
