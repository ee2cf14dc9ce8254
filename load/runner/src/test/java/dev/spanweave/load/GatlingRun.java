package dev.spanweave.load;

import dev.spanweave.measure.GatlingConsole;
import dev.spanweave.measure.GatlingReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The run's one Gatling JVM ({@link GatlingDriver}), started once and fed one phase at a time, and
 * the global figures of each phase's report.
 */
final class GatlingRun implements AutoCloseable {

  /**
   * Figures over all requests; latencies in milliseconds (Gatling's resolution); {@code overhead}:
   * seconds the phase took beyond the injection (Gatling's start of the simulation, its report).
   */
  record Stats(long requests, long ok, long ko, double throughput, double p50, double p95,
      double p99, double p999, Map<String, Long> requestsByName, Path report, double overhead) {

    /**
     * The requests named with {@code prefix}, the prefix taken off: one side of a {@link
     * SideBySideSimulation} phase. Latencies are the phase's; errors are the whole phase's, which
     * counts an error of either side on both.
     */
    Stats side(String prefix, double seconds) {
      Map<String, Long> byKind = new java.util.LinkedHashMap<>();
      requestsByName.forEach((name, count) -> {
        if (name.startsWith(prefix)) {
          byKind.put(name.substring(prefix.length()), count);
        }
      });
      long sideRequests = byKind.values().stream().mapToLong(Long::longValue).sum();
      return new Stats(sideRequests, Math.max(0, sideRequests - ko), ko, sideRequests / seconds,
          p50, p95, p99, p999, Map.copyOf(byKind), report, overhead);
    }

    Stats withOverhead(double seconds) {
      return new Stats(requests, ok, ko, throughput, p50, p95, p99, p999, requestsByName, report,
          seconds);
    }
  }

  private final ChildJvm jvm;

  private GatlingRun(ChildJvm jvm) {
    this.jvm = jvm;
  }

  /** Starts the Gatling JVM; its console output goes to {@code log}. */
  static GatlingRun start(Path log, Cpus cpus) throws IOException {
    return new GatlingRun(ChildJvm.start(cpus.driverLauncher(),
        // the JVM options gatling-maven-plugin gives its forked JVM (Gatling writes its log through
        // String internals)
        List.of("-Xms512m", "-Xmx512m", "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12", "-cp",
            System.getProperty("java.class.path")),
        List.of(GatlingDriver.class.getName()), Map.of(), log));
  }

  /** One phase: {@code simulation} against {@code service} for {@code duration}. */
  Stats run(Class<?> simulation, URI service, Duration duration, LoadSettings settings,
      Path resultsDirectory, String description) throws IOException, InterruptedException {
    return run(simulation, "load.baseUrl=" + service, duration, settings, resultsDirectory,
        description);
  }

  /**
   * A {@link SideBySideSimulation} phase against {@code a} and {@code b} at once; the requests of
   * each side are those named with its prefix ({@link Stats#side}).
   */
  Stats runSideBySide(URI a, URI b, Duration duration, LoadSettings settings,
      Path resultsDirectory, String description) throws IOException, InterruptedException {
    return run(SideBySideSimulation.class, "load.baseUrl.a=" + a + "\tload.baseUrl.b=" + b,
        duration, settings, resultsDirectory, description);
  }

  private Stats run(Class<?> simulation, String targets, Duration duration,
      LoadSettings settings, Path resultsDirectory, String description)
      throws IOException, InterruptedException {
    Files.createDirectories(resultsDirectory);
    long offset = Files.size(jvm.log());
    long start = System.nanoTime();
    jvm.send(String.join("\t", simulation.getName(), resultsDirectory.toString(), description,
        targets, "load.duration=" + duration.toSeconds() + "s",
        "load.users=" + settings.users(), "load.rate=" + settings.rate()));
    List<String> output = awaitDone(offset, start + (duration.toSeconds() + 180) * 1_000_000_000L);
    double overhead = (System.nanoTime() - start) / 1e9 - duration.toSeconds();
    Files.write(resultsDirectory.resolve("gatling.log"), output);
    Path report;
    try (Stream<Path> runs = Files.list(resultsDirectory)) {
      report = runs.filter(run -> Files.isRegularFile(run.resolve("index.html")))
          .max(Comparator.comparing(Path::getFileName))
          .orElseThrow(() -> new IOException("no Gatling report in " + resultsDirectory
              + "; see " + resultsDirectory.resolve("gatling.log")));
    }
    return parse(output, duration, report.resolve("index.html")).withOverhead(overhead);
  }

  /** The driver's output since {@code offset}, once it printed {@link GatlingDriver#DONE}. */
  private List<String> awaitDone(long offset, long deadline)
      throws IOException, InterruptedException {
    while (System.nanoTime() < deadline) {
      if (!jvm.isAlive()) {
        throw new IOException("the Gatling JVM ended; see " + jvm.log());
      }
      List<String> lines = linesFrom(jvm.log(), offset);
      for (String line : lines) {
        if (line.startsWith(GatlingDriver.DONE)) {
          if (!line.equals(GatlingDriver.DONE + "0") && !line.equals(GatlingDriver.DONE + "2")) {
            // 2: Gatling's assertions failed (none are set); anything else: it did not run
            throw new IOException("Gatling failed (" + line + "); see " + jvm.log());
          }
          return lines;
        }
      }
      Thread.sleep(200);
    }
    throw new IOException("Gatling did not end its phase in time; see " + jvm.log());
  }

  private static List<String> linesFrom(Path log, long offset) throws IOException {
    try (var file = java.nio.channels.FileChannel.open(log)) {
      var bytes = java.nio.ByteBuffer.allocate((int) Math.max(0, file.size() - offset));
      file.read(bytes, offset);
      return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8).lines()
          .toList();
    }
  }

  @Override
  public void close() throws InterruptedException {
    jvm.stop(10);
  }

  /**
   * The figures of a phase's console output, and the requests per name from its report (the
   * console's last periodic block may miss the last responses); throughput is requests over the
   * injection's duration, finer than Gatling's rounded mean.
   */
  static Stats parse(List<String> console, Duration duration, Path report) throws IOException {
    GatlingConsole figures;
    Map<String, Long> byName;
    try {
      figures = GatlingConsole.parse(console);
      byName = GatlingReport.requestsByName(Files.readString(report));
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage() + " (see src/test/resources/gatling.conf and "
          + report + ")", e);
    }
    long named = byName.values().stream().mapToLong(Long::longValue).sum();
    if (named != figures.requests()) {
      // the spans expected are computed from the requests per name: they must add up
      throw new IOException("the report " + report + " names " + named + " requests, its global"
          + " figures " + figures.requests());
    }
    return new Stats(figures.requests(), figures.ok(), figures.ko(),
        figures.requests() / (double) duration.toSeconds(), figures.p50(), figures.p95(),
        figures.p99(), figures.p999(), byName, report, 0);
  }
}
