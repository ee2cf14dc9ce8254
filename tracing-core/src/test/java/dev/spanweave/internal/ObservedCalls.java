package dev.spanweave.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

/** Helpers for the logs-and-metrics tests: settings put back after each test, WARN capture. */
final class ObservedCalls {

  private ObservedCalls() {}

  /** The settings as they are now, to put back with {@link #restore}. */
  static Observers.Settings save() {
    return Observers.settings();
  }

  static void restore(Observers.Settings saved) {
    Observers.update(UnaryOperator.<Observers.Settings>identity().andThen(s -> saved)::apply);
  }

  /** What slf4j-simple wrote to System.err while {@code body} ran. */
  static String stderrOf(Callable<?> body) throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      body.call();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  static long warnings(String log, String containing) {
    return Arrays.stream(log.split("\n"))
        .filter(line -> line.contains("WARN") && line.contains(containing))
        .count();
  }
}
