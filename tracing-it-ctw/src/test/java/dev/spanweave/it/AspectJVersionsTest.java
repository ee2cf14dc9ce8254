package dev.spanweave.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spanweave.aspectj.JoinPointTraces;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The aspect library, compiled once, woven into a user's code by the AspectJ compiler a user may
 * have (the project's own, Spring Boot 4.0.x's 1.9.25.1, the newest served) with ajc's default
 * lint, as a user's build runs it: no warning when nothing is wrong, and the woven code exports
 * spans with that AspectJ's runtime. The build copies each version's aspectjtools and aspectjrt
 * (surefire's spanweave.aspectj* properties).
 */
@EnabledIfSystemProperty(named = AspectJVersionsTest.VERSIONS, matches = ".+")
class AspectJVersionsTest {

  static final String VERSIONS = "spanweave.aspectjVersions";

  private static final String USER_CODE = """
      package example;

      import dev.spanweave.annotations.SpanAttribute;
      import dev.spanweave.annotations.TracedSpan;

      public class Checkout {
        @TracedSpan("checkout")
        static int total(@SpanAttribute("app.items") int items) {
          return items * 2;
        }

        public static void main(String[] args) {
          for (int items = 1; items <= 3; items++) {
            System.out.println("total " + total(items));
          }
        }
      }
      """;

  @TempDir Path dir;

  static Stream<String> versions() {
    return Arrays.stream(System.getProperty(VERSIONS).split(",")).map(String::trim);
  }

  @ParameterizedTest(name = "AspectJ {0}")
  @MethodSource("versions")
  void aUserBuildWeavesWithoutWarningsAndItsTracedMethodsExportSpans(String version)
      throws Exception {
    String classPath = userClassPath(version);

    Result ajc = compile(version, classPath);

    assertThat(ajc.exitCode).as(ajc.output).isZero();
    assertThat(ajc.output).doesNotContain("[warning]").doesNotContain("[error]");

    Result run = java(dir.resolve("out") + File.pathSeparator + classPath,
        "-Dotel.java.global-autoconfigure.enabled=true", "-Dotel.traces.exporter=logging",
        "-Dotel.metrics.exporter=none", "-Dotel.logs.exporter=none", "example.Checkout");

    assertThat(run.exitCode).as(run.output).isZero();
    assertThat(run.output).contains("total 2", "total 4", "total 6");
    assertThat(run.output.lines().filter(line -> line.contains("'checkout'")))
        .as(run.output)
        .hasSize(3)
        .allSatisfy(line -> assertThat(line).contains("app.items="));
  }

  /** Why a user's build warns: ajc checks that aspectjrt on the class path is its own version. */
  @Test
  void anAspectjrtOfAnotherVersionThanTheCompilerIsWhatMakesAjcWarn() throws Exception {
    List<String> versions = versions().toList();
    String compiler = versions.get(0);
    String runtime = versions.get(1);

    Result ajc = compile(compiler, userClassPath(runtime));

    assertThat(ajc.output).contains("[warning] bad version number found in")
        .contains("expected " + compiler + " found " + runtime);
  }

  private Result compile(String version, String classPath) throws Exception {
    Path source = dir.resolve("src/example/Checkout.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, USER_CODE);
    String aspectLibrary = JoinPointTraces.class.getProtectionDomain().getCodeSource()
        .getLocation().getPath();
    return java(jar("aspectjtools", version).toString(), "org.aspectj.tools.ajc.Main",
        "-17", "-classpath", classPath, "-aspectpath", aspectLibrary,
        "-d", dir.resolve("out").toString(), source.toString());
  }

  /** The test's class path with that version's aspectjrt in place of every AspectJ jar. */
  private static String userClassPath(String version) {
    String withoutAspectJ = Arrays.stream(System.getProperty("java.class.path")
            .split(File.pathSeparator))
        .filter(entry -> !entry.contains(File.separator + "aspectj"))
        .collect(Collectors.joining(File.pathSeparator));
    return withoutAspectJ + File.pathSeparator + jar("aspectjrt", version);
  }

  private static Path jar(String artifact, String version) {
    Path jar = Path.of(System.getProperty("spanweave.aspectjJars"),
        artifact + "-" + version + ".jar");
    assertThat(jar).exists();
    return jar;
  }

  private record Result(int exitCode, String output) {}

  private Result java(String classPath, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classPath);
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
