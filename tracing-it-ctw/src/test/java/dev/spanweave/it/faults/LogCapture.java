package dev.spanweave.it.faults;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** What spanweave logs (slf4j-simple writes to System.err) while a test runs. */
final class LogCapture implements AutoCloseable {

  private final PrintStream original = System.err;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  LogCapture() {
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  String text() {
    return captured.toString(StandardCharsets.UTF_8);
  }

  /** The log records: lines that start a record (slf4j-simple starts each with the thread). */
  List<String> warnings() {
    return Arrays.stream(text().split("\n")).filter(line -> line.contains(" WARN ")).toList();
  }

  @Override
  public void close() {
    System.setErr(original);
  }
}
