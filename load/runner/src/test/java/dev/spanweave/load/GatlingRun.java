package dev.spanweave.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One Gatling simulation in a JVM of its own, and the global figures of its report. */
final class GatlingRun {

  /**
   * Figures over all requests; latencies in milliseconds (Gatling's resolution); {@code overhead}:
   * seconds the Gatling JVM ran beyond the injection (its start-up, its report).
   */
  record Stats(long requests, long ok, long ko, double throughput, double p50, double p95,
      double p99, double p999, Map<String, Long> requestsByName, Path report, double overhead) {

    Stats withOverhead(double seconds) {
      return new Stats(requests, ok, ko, throughput, p50, p95, p99, p999, requestsByName, report,
          seconds);
    }
  }

  private GatlingRun() {}

  static Stats run(Class<?> simulation, URI service, Duration duration, LoadSettings settings,
      Path resultsDirectory, String description) throws IOException, InterruptedException {
    Files.createDirectories(resultsDirectory);
    long start = System.nanoTime();
    ChildJvm jvm = ChildJvm.start(
        // the JVM options gatling-maven-plugin gives its forked JVM (Gatling writes its log through
        // String internals)
        List.of("-Xms512m", "-Xmx512m", "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12", "-cp", System.getProperty("java.class.path"),
            "-Dload.baseUrl=" + service, "-Dload.duration=" + duration.toSeconds() + "s",
            "-Dload.users=" + settings.users(), "-Dload.rate=" + settings.rate()),
        List.of("io.gatling.app.Gatling", "--simulation", simulation.getName(),
            "--results-folder", resultsDirectory.toString(), "--run-description", description),
        Map.of(), resultsDirectory.resolve("gatling.log"));
    if (!jvm.awaitExit(duration.toSeconds() + 180)) {
      jvm.stop(10);
      throw new IOException("Gatling did not end; see " + jvm.log());
    }
    Path report;
    try (Stream<Path> runs = Files.list(resultsDirectory)) {
      report = runs.filter(run -> Files.isRegularFile(run.resolve("index.html")))
          .max(Comparator.comparing(Path::getFileName))
          .orElseThrow(() -> new IOException("no Gatling report in " + resultsDirectory
              + " (exit " + jvm.exitValue() + "); see " + jvm.log()));
    }
    double overhead = (System.nanoTime() - start) / 1e9 - duration.toSeconds();
    return parse(Files.readAllLines(jvm.log()), duration, report.resolve("index.html"))
        .withOverhead(overhead);
  }

  /**
   * Reads the "Global Information" block Gatling prints at the end of a run (its HTML report has no
   * machine-readable figures): {@code > label | total | OK | KO}. Throughput is requests over the
   * injection's duration, finer than Gatling's rounded mean.
   */
  static Stats parse(List<String> log, Duration duration, Path report) throws IOException {
    Map<String, String[]> rows = new HashMap<>();
    Map<String, Long> byName = new HashMap<>();
    boolean global = false;
    boolean requests = false;
    for (String line : log) {
      // the console's periodic "Requests" block; the last one holds the final counts per request
      if (line.startsWith("---- Requests")) {
        requests = true;
        byName.clear();
      } else if (requests && line.startsWith("> ")) {
        String[] cells = line.substring(2).split("\\|");
        if (cells.length == 4 && !cells[0].strip().equals("Global")) {
          byName.put(cells[0].strip(), Long.parseLong(cells[1].strip().replace(",", "")));
        }
      } else {
        requests = false;
      }
      if (line.startsWith("---- Global Information")) {
        global = true;
        rows.clear();
      } else if (global && line.startsWith("---- ")) {
        global = false;
      } else if (global && line.startsWith("> ")) {
        String[] cells = line.substring(2).split("\\|");
        if (cells.length == 4) {
          rows.put(cells[0].strip(), cells);
        }
      }
    }
    if (!rows.containsKey("request count")) {
      throw new IOException("no global figures in Gatling's output");
    }
    long total = number(rows, "request count", 1);
    return new Stats(total, number(rows, "request count", 2), number(rows, "request count", 3),
        total / (double) duration.toSeconds(),
        number(rows, "response time 50th percentile (ms)", 1),
        number(rows, "response time 95th percentile (ms)", 1),
        number(rows, "response time 99th percentile (ms)", 1),
        number(rows, "response time 99.9th percentile (ms)", 1), Map.copyOf(byName), report, 0);
  }

  private static long number(Map<String, String[]> rows, String label, int column)
      throws IOException {
    String[] cells = rows.get(label);
    if (cells == null) {
      throw new IOException("Gatling printed no '" + label + "' (see src/test/resources/gatling.conf)");
    }
    String cell = cells[column].strip().replace(",", "");
    return cell.equals("-") ? 0 : Long.parseLong(cell);
  }
}
