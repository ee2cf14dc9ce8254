package dev.spanweave.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The production-load run. Zipkin, a silent port and the one Gatling JVM ({@link GatlingDriver})
 * that runs every phase; then every configuration's service in its own JVM, started once, warmed up and its heap read after a full GC, one after the other; then
 * {@code rounds} rounds, each driving every configuration through a closed-model phase
 * (throughput), in a new random order, and then every configuration through an open-model phase
 * (latency at a fixed rate), in another, one service under load at a time while the others idle; then the second heap reading, the span counts, the
 * summary and the latency chart. Every process it starts is stopped before it returns.
 */
public final class LoadRun {

  private static final String RESULTS_BEGIN = "<!-- load results: begin -->";
  private static final String RESULTS_END = "<!-- load results: end -->";
  /** Read before {@link Cpus#pinRunner} narrows what the runner's JVM sees. */
  private static final int CPUS = Runtime.getRuntime().availableProcessors();

  private LoadRun() {}

  public static void main(String[] args) throws Exception {
    LoadSettings settings = LoadSettings.fromSystemProperties();
    String loadAtStart = loadAverage();
    log("load average at start: " + loadAtStart + "; output in " + settings.output());
    log(settings.rounds() + " rounds of " + settings.closed().toSeconds() + " s closed + "
        + settings.open().toSeconds() + " s open model per configuration; order seed "
        + settings.seed() + " (-Dload.seed=" + settings.seed() + " repeats the orders)");
    log("CPUs: " + settings.cpus().description());
    settings.cpus().pinRunner();
    Path logs = settings.output().resolve("logs");
    Files.createDirectories(logs);
    List<Configuration> configurations =
        settings.configs().stream().map(Configuration::number).toList();
    Zipkin zipkin = configurations.contains(Configuration.ZIPKIN)
        ? Zipkin.start(settings.zipkinJar(), logs, settings.cpus()) : null;
    Map<Configuration, Measured> measured = new LinkedHashMap<>();
    List<Result> results = new ArrayList<>();
    try (SilentPort silent = new SilentPort();
        GatlingRun gatlingRun = GatlingRun.start(logs.resolve("gatling.log"), settings.cpus())) {
      int closedPort = SilentPort.closedPort();
      for (Configuration configuration : configurations) {
        String endpoint = switch (configuration.backend) {
          case NONE -> null;
          case ZIPKIN -> zipkin.spansEndpoint();
          case CLOSED_PORT -> "http://127.0.0.1:" + closedPort + "/api/v2/spans";
          case SILENT_PORT -> "http://127.0.0.1:" + silent.port() + "/api/v2/spans";
        };
        measured.put(configuration,
            Measured.start(configuration, settings, endpoint, logs, gatlingRun));
        if (Double.isNaN(settings.rate())) {
          GatlingRun.Stats warm = measured.get(configuration).warmup.get(1);
          settings = settings.withRate(autoRate(warm.throughput()));
          log("  open model at " + settings.rate() + " requests/s in every configuration");
        }
      }
      Random random = new Random(settings.seed());
      StringBuilder rounds = new StringBuilder("round,configuration,closed_position,throughput,"
          + "cpu_us_per_request,open_position,p50,p95,p99,p999,errors,side_by_side_cpu_ratio\n");
      for (int round = 1; round <= settings.rounds(); round++) {
        // all closed-model phases, then all open-model ones, each in an order of its own: the
        // phases a round compares are one phase apart per position, not two
        List<Configuration> closedOrder = new ArrayList<>(configurations);
        Collections.shuffle(closedOrder, random);
        List<Configuration> openOrder = new ArrayList<>(configurations);
        Collections.shuffle(openOrder, random);
        log("round " + round + " of " + settings.rounds() + ": closed model "
            + closedOrder.stream().map(c -> c.number).toList() + ", open model "
            + openOrder.stream().map(c -> c.number).toList());
        measured.values().forEach(Measured::roundStarts);
        long roundStart = System.nanoTime();
        for (Configuration configuration : closedOrder) {
          measured.get(configuration).closedPhase(round, settings, gatlingRun);
        }
        for (Configuration configuration : openOrder) {
          measured.get(configuration).openPhase(round, settings, gatlingRun);
        }
        Measured baseline = measured.get(Configuration.BASELINE);
        if (baseline != null) {
          List<Configuration> sideOrder = new ArrayList<>(configurations.stream()
              .filter(Configuration::sideBySide).toList());
          Collections.shuffle(sideOrder, random);
          for (Configuration configuration : sideOrder) {
            sideBySide(round, baseline, measured.get(configuration), settings, gatlingRun);
          }
        }
        double roundSeconds = (System.nanoTime() - roundStart) / 1e9;
        measured.values().forEach(m -> m.roundEnds(roundSeconds));
        for (Configuration configuration : configurations) {
          rounds.append(roundLine(round, closedOrder.indexOf(configuration) + 1,
              openOrder.indexOf(configuration) + 1, measured.get(configuration)));
        }
      }
      // every phase's figures, for a look at the noise round by round
      Files.writeString(settings.output().resolve("rounds.csv"), rounds);
      for (Measured m : measured.values()) {
        results.add(m.finish(settings, zipkin));
      }
    } finally {
      for (Measured m : measured.values()) {
        m.service.close();
      }
      if (zipkin != null) {
        zipkin.close();
      }
    }
    String loadAtEnd = loadAverage();
    String summary = Summary.markdown(results, settings, loadAtStart, loadAtEnd);
    String chart = LatencyChart.svg(results, settings.rate());
    Files.writeString(settings.output().resolve("summary.md"), summary);
    Files.writeString(settings.output().resolve("latency.svg"), chart);
    if (settings.docs()) {
      writeDocs(settings.docsDir(), summary, chart);
    }
    System.out.println();
    System.out.println(summary);
    log("load average at end: " + loadAtEnd);
    log("summary: " + settings.output().resolve("summary.md"));
    log("latency chart: " + settings.output().resolve("latency.svg"));
    log("Gatling's reports: " + settings.output().resolve("gatling")
        + "/<configuration>/<phase>/*/index.html");
  }

  /**
   * The baseline and {@code other} under the closed model at once, each with {@code load.users}
   * users, for as long as a closed-model phase: their CPU time per request, measured over the same
   * seconds, is compared. Run one after the other, the two phases of a comparison met the machine
   * in different moods: the same service's CPU time per request moved by a factor of two between
   * phases a minute apart, which side by side moves both.
   */
  private static void sideBySide(int round, Measured baseline, Measured other,
      LoadSettings settings, GatlingRun gatlingRun) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Duration baselineBefore = baseline.service.cpu();
    Duration otherBefore = other.service.cpu();
    GatlingRun.Stats both = gatlingRun.runSideBySide(baseline.service.base(),
        other.service.base(), settings.closed(), settings,
        other.gatling.resolve("side-by-side-" + round),
        "1 and " + other.configuration.number + " side by side, round " + round);
    other.settle();
    Duration baselineUsed = baseline.service.cpu().minus(baselineBefore);
    Duration otherUsed = other.service.cpu().minus(otherBefore);
    double seconds = settings.closed().toSeconds();
    GatlingRun.Stats a = both.side(SideBySideSimulation.A, seconds);
    GatlingRun.Stats b = both.side(SideBySideSimulation.B, seconds);
    baseline.sideBySide.add(a);
    other.sideBySide.add(b);
    double baselineCpu = baselineUsed.toNanos() / 1e3 / a.requests();
    double otherCpu = otherUsed.toNanos() / 1e3 / b.requests();
    other.sideCpuRatio.add(otherCpu / baselineCpu);
    baseline.busy(baselineUsed, start);
    other.busy(otherUsed, start);
    log(String.format("  1 and %d side by side: %.0f and %.0f req/s, service CPU %.0f and %.0f µs"
            + " a request (%.1f%%), %d errors", other.configuration.number, a.throughput(),
        b.throughput(), baselineCpu, otherCpu, 100 * otherCpu / baselineCpu, both.ko()));
  }

  /**
   * Replaces the results between the markers of {@code docs/production-load.md} with this run's,
   * and the chart next to it.
   */
  private static void writeDocs(Path docs, String summary, String chart) throws IOException {
    Path page = docs.resolve("production-load.md");
    String text = Files.readString(page);
    int begin = text.indexOf(RESULTS_BEGIN);
    int end = text.indexOf(RESULTS_END);
    if (begin < 0 || end < begin) {
      throw new IOException(page + " has no " + RESULTS_BEGIN + " … " + RESULTS_END + " section");
    }
    Files.writeString(page, text.substring(0, begin + RESULTS_BEGIN.length()) + "\n" + summary
        + text.substring(end));
    Files.writeString(docs.resolve("production-load-latency.svg"), chart);
    log("results written into " + page);
  }

  /** One configuration's running service and what its phases measured so far. */
  private static final class Measured {

    final Configuration configuration;
    final Service service;
    final List<GatlingRun.Stats> warmup;
    final long heapStart;
    final Path gatling;
    final List<GatlingRun.Stats> closed = new ArrayList<>();
    final List<GatlingRun.Stats> open = new ArrayList<>();
    final List<Double> cpuPerRequest = new ArrayList<>();
    final List<GatlingRun.Stats> sideBySide = new ArrayList<>();
    final List<Double> sideCpuRatio = new ArrayList<>();
    long droppedAtFixedRate;
    double idleCpu;
    private Duration roundCpu = Duration.ZERO;
    private Duration busyCpu = Duration.ZERO;
    private double busySeconds;

    private Measured(Configuration configuration, Service service, List<GatlingRun.Stats> warmup,
        long heapStart, Path gatling) {
      this.configuration = configuration;
      this.service = service;
      this.warmup = warmup;
      this.heapStart = heapStart;
      this.gatling = gatling;
    }

    /** Starts the service, warms it up at saturation, reads the heap after a full GC. */
    static Measured start(Configuration configuration, LoadSettings settings, String endpoint,
        Path logs, GatlingRun gatlingRun) throws IOException, InterruptedException {
      int n = configuration.number;
      log("configuration " + n + ": " + configuration.label);
      Path gatling = settings.output().resolve("gatling").resolve(String.valueOf(n));
      Service service = Service.start(configuration, settings, endpoint,
          logs.resolve("service-" + n + ".log"));
      try {
        GatlingRun.Stats warmup = gatlingRun.run(ClosedModelSimulation.class, service.base(),
            settings.warmup(), settings, gatling.resolve("warmup"), n + " warm-up");
        // a second, warm phase as long as a round's: its throughput sets the automatic rate (the
        // first phase's counts the JIT's work and Gatling's own start)
        GatlingRun.Stats warm = gatlingRun.run(ClosedModelSimulation.class, service.base(),
            settings.closed(), settings, gatling.resolve("warm"), n + " warm");
        settle(configuration, service);
        long heapStart = service.heapAfterFullGc();
        log(String.format("  warmed up: %.0f then %.0f req/s; heap after a full GC: %d MiB",
            warmup.throughput(), warm.throughput(), heapStart >> 20));
        return new Measured(configuration, service, List.of(warmup, warm), heapStart, gatling);
      } catch (IOException | RuntimeException e) {
        service.close();
        throw e;
      }
    }

    /** This configuration's closed-model phase of one round, the other services idle meanwhile. */
    void closedPhase(int round, LoadSettings settings, GatlingRun gatlingRun) throws IOException, InterruptedException {
      long start = System.nanoTime();
      Duration cpuBefore = service.cpu();
      GatlingRun.Stats c = gatlingRun.run(ClosedModelSimulation.class, service.base(),
          settings.closed(), settings, gatling.resolve("closed-" + round),
          configuration.number + " closed model, round " + round);
      settle();
      // what the service spent per request, its exports included: unlike throughput, other
      // processes on the machine change it little
      Duration used = service.cpu().minus(cpuBefore);
      cpuPerRequest.add(used.toNanos() / 1e3 / c.requests());
      closed.add(c);
      busy(used, start);
      log(String.format("  %d: %.0f req/s (service CPU %.0f µs a request), %d errors;"
              + " Gatling's start and report %.1f s", configuration.number, c.throughput(),
          cpuPerRequest.get(cpuPerRequest.size() - 1), c.ko(), c.overhead()));
    }

    /** This configuration's open-model phase of one round, the other services idle meanwhile. */
    void openPhase(int round, LoadSettings settings, GatlingRun gatlingRun) throws IOException, InterruptedException {
      long start = System.nanoTime();
      Duration cpuBefore = service.cpu();
      long droppedBeforeOpen = dropped(service.stats().path("sdkMetrics"));
      GatlingRun.Stats o = gatlingRun.run(OpenModelSimulation.class, service.base(),
          settings.open(), settings, gatling.resolve("open-" + round),
          configuration.number + " open model, round " + round);
      droppedAtFixedRate += dropped(service.stats().path("sdkMetrics")) - droppedBeforeOpen;
      settle();
      open.add(o);
      busy(service.cpu().minus(cpuBefore), start);
      log(String.format("  %d: p99 %.0f ms at %.0f req/s, %d errors; Gatling's start and report"
          + " %.1f s", configuration.number, o.p99(), settings.rate(), o.ko(), o.overhead()));
    }

    /** Its own phase's CPU time and duration, which its idle share leaves out. */
    private void busy(Duration cpu, long start) {
      busyCpu = busyCpu.plus(cpu);
      busySeconds += (System.nanoTime() - start) / 1e9;
    }

    /** A round starts: the CPU time its idle share is counted from. */
    void roundStarts() {
      roundCpu = service.cpu();
      busyCpu = Duration.ZERO;
      busySeconds = 0;
    }

    /**
     * A round ended after {@code seconds}: the share of one CPU the service used while the other
     * configurations' phases ran, i.e. outside its own two phases.
     */
    void roundEnds(double seconds) {
      double idleSeconds = seconds - busySeconds;
      if (idleSeconds > 1) {
        double idle = service.cpu().minus(roundCpu).minus(busyCpu).toNanos() / 1e9;
        idleCpu = Math.max(idleCpu, idle / idleSeconds);
      }
    }

    /**
     * Hands what the batch processor still queues to the exporter, so that no export of this
     * configuration runs into the next one's phase (a no-op without an exporter).
     */
    private void settle() throws IOException, InterruptedException {
      settle(configuration, service);
    }

    /** Not with a port that never answers: there a flush only waits for its timeout. */
    private static void settle(Configuration configuration, Service service)
        throws IOException, InterruptedException {
      if (configuration.backend != Configuration.Backend.NONE
          && configuration.backend != Configuration.Backend.SILENT_PORT) {
        service.flush(60);
      }
    }

    Result finish(LoadSettings settings, Zipkin zipkin) throws IOException, InterruptedException {
      long heapEnd = service.heapAfterFullGc();
      JsonNode stats = service.stats();
      long received = configuration.backend == Configuration.Backend.ZIPKIN
          ? zipkin.spansReceived() : -1;
      boolean exporter = configuration.backend != Configuration.Backend.NONE;
      log(String.format("configuration %d: heap %d → %d MiB, idle CPU at most %.1f%% of one CPU",
          configuration.number, heapStart >> 20, heapEnd >> 20, idleCpu * 100));
      return new Result(configuration, settings.rate(), warmup, List.copyOf(closed),
          List.copyOf(open), List.copyOf(cpuPerRequest), heapStart, heapEnd, stats.path("spansEnded").asLong(),
          exporter ? stats.path("spansExported").asLong() : -1,
          exporter ? stats.path("spansFailed").asLong() : -1,
          dropped(stats.path("sdkMetrics")), droppedAtFixedRate, received,
          stats.path("spanweaveTimers").asLong(), idleCpu,
          stats.path("tracingSpring").asBoolean(), stats.path("woven").asBoolean(),
          List.copyOf(sideBySide), List.copyOf(sideCpuRatio));
    }
  }

  private static String roundLine(int round, int closedPosition, int openPosition, Measured m) {
    GatlingRun.Stats closed = m.closed.get(m.closed.size() - 1);
    GatlingRun.Stats open = m.open.get(m.open.size() - 1);
    // the side-by-side CPU ratio with the baseline, for the configurations that run one
    String side = m.sideCpuRatio.size() == round
        ? String.format(java.util.Locale.ROOT, "%.4f", m.sideCpuRatio.get(round - 1)) : "";
    return String.format(java.util.Locale.ROOT,
        "%d,%d,%d,%.1f,%.1f,%d,%.0f,%.0f,%.0f,%.0f,%d,%s%n",
        round, m.configuration.number, closedPosition, closed.throughput(),
        m.cpuPerRequest.get(m.cpuPerRequest.size() - 1), openPosition, open.p50(), open.p95(),
        open.p99(), open.p999(), closed.ko() + open.ko(), side);
  }

  /**
   * A tenth of the throughput at saturation, rounded down to tens: Gatling shares the 2 CPUs with
   * the service, and on the quiet machine a third of the closed throughput (3,820 requests/s, with
   * a Gatling JVM started cold for the phase) already gave the baseline a p99 of 1.3 s, i.e.
   * queueing, not latency.
   */
  private static double autoRate(double throughput) {
    return Math.max(10, Math.floor(throughput / 10 / 10) * 10);
  }

  /** Spans the batch processor dropped: {@code processedSpans{dropped=true}} (SDK 1.55). */
  private static long dropped(JsonNode sdkMetrics) {
    long dropped = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = sdkMetrics.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> point = it.next();
      if (point.getKey().startsWith("processedSpans") && point.getKey().contains("dropped=true")) {
        dropped += point.getValue().asLong();
      }
    }
    return dropped;
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + ", " + fields[1] + ", " + fields[2] + " ("
          + CPUS + " CPUs)";
    } catch (IOException | RuntimeException notLinux) {
      return "unknown (no /proc/loadavg)";
    }
  }

  static void log(String line) {
    System.out.println("[load " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
  }
}
