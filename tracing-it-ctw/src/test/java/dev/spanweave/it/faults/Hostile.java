package dev.spanweave.it.faults;

import dev.spanweave.annotations.SpanAttribute;
import dev.spanweave.annotations.SpanAttribute.Redaction;
import dev.spanweave.annotations.TracedSpan;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Woven methods that hostile or odd values reach, one method per case (reports are per method). */
final class Hostile {

  /** An exception whose message cannot be read. */
  static final class MessageThrows extends RuntimeException {
    @Override
    public String getMessage() {
      throw new IllegalStateException("getMessage broken");
    }
  }

  /** An exception whose cause cannot be read. */
  static final class CauseThrows extends RuntimeException {
    CauseThrows() {
      super("cause unreadable");
    }

    @Override
    public synchronized Throwable getCause() {
      throw new IllegalStateException("getCause broken");
    }
  }

  /** A wrapper (unwrapped by spanweave) whose cause cannot be read. */
  static final class WrapperCauseThrows extends java.util.concurrent.CompletionException {
    WrapperCauseThrows() {
      super("wrapper", null);
    }

    @Override
    public synchronized Throwable getCause() {
      throw new IllegalStateException("getCause broken");
    }
  }

  /** A value whose toString overflows the stack. */
  static final class BottomlessToString {
    @Override
    public String toString() {
      return "x" + this;
    }
  }

  /** A list that counts the elements read from it, of any claimed size. */
  static final class CountingList extends AbstractList<String> {
    final AtomicInteger reads = new AtomicInteger();
    private final int size;

    CountingList(int size) {
      this.size = size;
    }

    @Override
    public String get(int index) {
      reads.incrementAndGet();
      return "e" + index;
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** A map that counts the entries read from it. */
  static final class CountingMap extends AbstractMap<String, String> {
    final AtomicInteger reads = new AtomicInteger();
    private final int size;

    CountingMap(int size) {
      this.size = size;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, String>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < size;
            }

            @Override
            public Entry<String, String> next() {
              reads.incrementAndGet();
              int i = next++;
              return Map.entry("key-" + i, "value-" + i);
            }
          };
        }

        @Override
        public int size() {
          return size;
        }
      };
    }
  }

  @TracedSpan
  void throwsUnreadableMessage() {
    throw new MessageThrows();
  }

  @TracedSpan
  void throwsUnreadableCause() {
    throw new CauseThrows();
  }

  @TracedSpan
  void throwsWrapperWithUnreadableCause() {
    throw new WrapperCauseThrows();
  }

  @TracedSpan
  String names(@SpanAttribute("app.names") String[] names) {
    return "named";
  }

  @TracedSpan
  String boxed(@SpanAttribute("app.boxed") Integer[] numbers) {
    return "boxed";
  }

  @TracedSpan
  String listed(@SpanAttribute("app.list") List<String> list) {
    return "listed";
  }

  @TracedSpan
  String anything(@SpanAttribute("app.any") Object any) {
    return "any";
  }

  @TracedSpan
  String mapped(@SpanAttribute("app.map") Map<String, String> map) {
    return "mapped";
  }

  @TracedSpan
  String text(@SpanAttribute("app.text") String text) {
    return "text";
  }

  @TracedSpan
  String chars(@SpanAttribute("app.chars") CharSequence chars) {
    return "chars";
  }

  @TracedSpan
  String bottomless(@SpanAttribute("app.bottomless") Object value) {
    return "survived";
  }

  @TracedSpan
  String login(@SpanAttribute String user, @SpanAttribute String password,
      @SpanAttribute char[] passphrase, @SpanAttribute String apiToken,
      @SpanAttribute("http.request.header.authorization") String header,
      @SpanAttribute("app.session") String sid,
      @SpanAttribute(value = "app.token.count", redaction = Redaction.NEVER) int tokenCount,
      @SpanAttribute(value = "app.pin", redaction = Redaction.ALWAYS) String pin) {
    return "logged in";
  }

  @TracedSpan(resultAttribute = "app.session.id")
  String openSession() {
    return "s3cr3t-session";
  }

  @TracedSpan(resultAttribute = "app.greeting")
  String greeting() {
    return "hello";
  }
}
