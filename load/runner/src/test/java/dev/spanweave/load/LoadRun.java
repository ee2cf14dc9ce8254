package dev.spanweave.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The production-load run: Zipkin and a silent port, then for each configuration the service in
 * its own JVM, a warm-up, a full GC, the closed-model run, the open-model run, a full GC; then the
 * summary table and the latency chart. Every process it starts is stopped before it returns.
 */
public final class LoadRun {

  private static final String RESULTS_BEGIN = "<!-- load results: begin -->";
  private static final String RESULTS_END = "<!-- load results: end -->";

  private LoadRun() {}

  public static void main(String[] args) throws Exception {
    LoadSettings settings = LoadSettings.fromSystemProperties();
    String loadAtStart = loadAverage();
    log("load average at start: " + loadAtStart + "; output in " + settings.output());
    Path logs = settings.output().resolve("logs");
    Files.createDirectories(logs);
    List<Configuration> configurations =
        settings.configs().stream().map(Configuration::number).toList();
    List<Result> results = new ArrayList<>();
    Zipkin zipkin = configurations.contains(Configuration.ZIPKIN)
        ? Zipkin.start(settings.zipkinJar(), logs) : null;
    try (SilentPort silent = new SilentPort()) {
      int closedPort = SilentPort.closedPort();
      for (Configuration configuration : configurations) {
        if (!results.isEmpty() && Double.isNaN(settings.rate())) {
          settings = settings.withRate(autoRate(results.get(0)));
        }
        String endpoint = switch (configuration.backend) {
          case NONE -> null;
          case ZIPKIN -> zipkin.spansEndpoint();
          case CLOSED_PORT -> "http://127.0.0.1:" + closedPort + "/api/v2/spans";
          case SILENT_PORT -> "http://127.0.0.1:" + silent.port() + "/api/v2/spans";
        };
        results.add(measure(configuration, settings, endpoint, zipkin, logs));
      }
    } finally {
      if (zipkin != null) {
        zipkin.close();
      }
    }
    String loadAtEnd = loadAverage();
    String summary = Summary.markdown(results, settings, loadAtStart, loadAtEnd);
    String chart = LatencyChart.svg(results, results.get(0).rate());
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
    for (Result result : results) {
      log("Gatling reports of " + result.configuration().number + ": " + result.closed().report()
          + " and " + result.open().report());
    }
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

  private static Result measure(Configuration configuration, LoadSettings settings,
      String endpoint, Zipkin zipkin, Path logs) throws IOException, InterruptedException {
    int n = configuration.number;
    log("configuration " + n + ": " + configuration.label);
    Path gatling = settings.output().resolve("gatling").resolve(String.valueOf(n));
    try (Service service = Service.start(configuration, settings, endpoint,
        logs.resolve("service-" + n + ".log"))) {
      GatlingRun.Stats warmup = GatlingRun.run(ClosedModelSimulation.class, service.base(),
          settings.warmup(), settings, gatling.resolve("warmup"), n + " warm-up");
      long heapStart = service.heapAfterFullGc();
      log("  warm-up done; heap after a full GC: " + heapStart / 1024 / 1024 + " MiB");
      GatlingRun.Stats closed = GatlingRun.run(ClosedModelSimulation.class, service.base(),
          settings.closed(), settings, gatling.resolve("closed"), n + " closed model");
      log(String.format("  closed model: %.0f req/s, %d errors", closed.throughput(),
          closed.ko()));
      // drops before the open model, so that those at the fixed rate show apart from saturation's
      long droppedBeforeOpen = dropped(service.stats().path("sdkMetrics"));
      LoadSettings fixed = Double.isNaN(settings.rate())
          ? settings.withRate(autoRate(closed.throughput())) : settings;
      log("  open model at " + fixed.rate() + " requests/s");
      GatlingRun.Stats open = GatlingRun.run(OpenModelSimulation.class, service.base(),
          settings.open(), fixed, gatling.resolve("open"), n + " open model");
      log(String.format("  open model: p50 %.0f, p99 %.0f, p99.9 %.0f ms, %d errors", open.p50(),
          open.p99(), open.p999(), open.ko()));
      if (configuration.backend == Configuration.Backend.ZIPKIN) {
        // what the batch processor still queues reaches Zipkin before the counts are read
        log("  flushed to Zipkin: " + service.flush(60));
      }
      long heapEnd = service.heapAfterFullGc();
      JsonNode stats = service.stats();
      long received = configuration.backend == Configuration.Backend.ZIPKIN
          ? zipkin.spansReceived() : -1;
      boolean exporter = endpoint != null;
      return new Result(configuration, fixed.rate(), warmup, closed, open, heapStart, heapEnd,
          stats.path("spansEnded").asLong(),
          exporter ? stats.path("spansExported").asLong() : -1,
          exporter ? stats.path("spansFailed").asLong() : -1,
          dropped(stats.path("sdkMetrics")),
          dropped(stats.path("sdkMetrics")) - droppedBeforeOpen, received,
          stats.path("spanweaveTimers").asLong(),
          stats.path("tracingSpring").asBoolean(), stats.path("woven").asBoolean());
    }
  }

  /**
   * A tenth of the throughput at saturation, rounded down to tens. The closed model reuses its
   * connections; every user of the open model opens its own, and Gatling shares the 2 CPUs with
   * the service: on the quiet machine a third of the closed throughput (3,820 requests/s) already
   * gave the baseline a p99 of 1.3 s, i.e. queueing, not latency.
   */
  private static double autoRate(double throughput) {
    return Math.max(10, Math.floor(throughput / 10 / 10) * 10);
  }

  private static double autoRate(Result first) {
    return first.rate();
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
          + Runtime.getRuntime().availableProcessors() + " CPUs)";
    } catch (IOException | RuntimeException notLinux) {
      return "unknown (no /proc/loadavg)";
    }
  }

  private static void log(String line) {
    System.out.println("[load " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
  }
}
