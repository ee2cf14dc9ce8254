package dev.spanweave.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * An application configured only the standard OpenTelemetry way: the SDK autoconfigure module on
 * the class path, {@code otel.java.global-autoconfigure.enabled=true} (or its environment
 * variable) and {@code OTEL_*} settings choosing the logging exporter, no code. Its traced methods
 * must export spans. Runs in JVMs of its own (surefire executions global-autoconfigure-*), since
 * the global OpenTelemetry is built once per JVM.
 */
@EnabledIf("globalAutoconfigureSwitchedOn")
class GlobalAutoconfigureTest {

  static boolean globalAutoconfigureSwitchedOn() {
    return "true".equals(System.getProperty("otel.java.global-autoconfigure.enabled"))
        || "true".equals(System.getenv("OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED"));
  }

  /** What the logging exporter writes, one line per span. */
  static final class ExportedLines extends Handler {
    final List<String> lines = new CopyOnWriteArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      lines.add(formatter.formatMessage(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  // a strong reference: the logging framework holds loggers weakly
  private static final Logger EXPORTER_LOGGER = Logger.getLogger("io.opentelemetry.exporter.logging");

  @Test
  void tracedMethodsExportSpansThroughTheAutoconfiguredSdk() throws InterruptedException {
    ExportedLines exported = new ExportedLines();
    EXPORTER_LOGGER.setLevel(Level.INFO);
    EXPORTER_LOGGER.addHandler(exported);
    try {
      Fixtures.Names names = new Fixtures.Names();
      for (int call = 0; call < 3; call++) {
        names.defaultName();
      }

      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (exported.lines.stream().filter(line -> line.contains("'Names.defaultName'")).count() < 3
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(exported.lines)
          .filteredOn(line -> line.contains("'Names.defaultName'"))
          .as("spans exported by the logging exporter")
          .hasSize(3)
          .allSatisfy(line -> assertThat(line).contains("INTERNAL"));
    } finally {
      EXPORTER_LOGGER.removeHandler(exported);
    }
  }
}
