package com.example.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The getting-started guide run as written: {@link Main} in a JVM of its own whose environment has
 * exactly the settings of the guide's run-by block, and the logging exporter prints the span of
 * {@code Greeter.greet} with its attributes.
 */
class QuickstartTest {

  static final String PAGE = "docs/getting-started-maven.md";

  @Test
  @Timeout(90)
  void theGuidesSettingsPrintTheSpan() throws Exception {
    List<String> settings = settings();
    assertThat(settings).contains("OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED=true");

    String output = run(settings);

    assertThat(output).contains("Hello, ada")
        .contains("'greet'")
        .contains("app.user_id=ada")
        .contains("app.greeting_length=10")
        .contains("dev.spanweave")
        .doesNotContain("no OpenTelemetry SDK is registered");
  }

  @Test
  @Timeout(90)
  void withoutTheSwitchSpanweaveSaysSoOnTheSlf4jBinding() throws Exception {
    List<String> settings = new ArrayList<>(settings());
    settings.remove("OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED=true");

    String output = run(settings);

    assertThat(output).contains("Hello, ada").doesNotContain("'greet'")
        .contains("INFO dev.spanweave - spanweave: no OpenTelemetry SDK is registered")
        .contains("OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED=true");
  }

  /** Main's output (standard output and error), run with the settings as its environment. */
  private static String run(List<String> settings) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "ada")
        .redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("OTEL_"));
    for (String setting : settings) {
      String[] pair = setting.split("=", 2);
      builder.environment().put(pair[0], pair[1]);
    }
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes(); // ends when the JVM exits
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new String(output, StandardCharsets.UTF_8);
  }

  /** The lines of the guide's run-by block, as {@code NAME=value}. */
  private static List<String> settings() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..").resolve(PAGE));
    int at = lines.indexOf("<!-- run-by: QuickstartTest -->");
    assertThat(at).as(PAGE + " has a <!-- run-by: QuickstartTest --> block").isNotNegative();
    List<String> block = new ArrayList<>();
    for (String line : lines.subList(at + 2, lines.size())) {
      if (line.strip().startsWith("```")) {
        break;
      }
      block.add(line.strip().replaceFirst("^export\\s+", ""));
    }
    return block;
  }
}
