package dev.spanweave.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The social app in a JVM of its own, with a fixed heap, in one configuration. */
final class Service implements AutoCloseable {

  private final ChildJvm jvm;
  private final URI base;

  private Service(ChildJvm jvm, URI base) {
    this.jvm = jvm;
    this.base = base;
  }

  /** Starts the service; {@code zipkinEndpoint} null: no exporter. Returns once it answers. */
  static Service start(Configuration configuration, LoadSettings settings, String zipkinEndpoint,
      Path log) throws IOException, InterruptedException {
    int port = SilentPort.closedPort();
    List<String> arguments = new ArrayList<>(List.of(mainClass(configuration.classPath),
        "--server.address=127.0.0.1", "--server.port=" + port,
        "--spring.application.name=social", "--spring.main.banner-mode=off",
        // every request traced, as examples-spring (Boot samples 10% by default)
        "--management.tracing.sampling.probability=1.0",
        // the starter's OTLP metrics push would go to a collector nobody runs here
        "--management.otlp.metrics.export.enabled=false",
        // the batch processor sized for the load (docs/production-load.md), the same in every
        // configuration
        "--spring.config.import=classpath:batch-export.properties"));
    arguments.addAll(configuration.arguments);
    if (zipkinEndpoint != null) {
      arguments.add("--load.zipkin.endpoint=" + zipkinEndpoint);
    }
    ChildJvm jvm = ChildJvm.start(settings.cpus().serviceLauncher(),
        List.of("-Xms" + settings.heap(), "-Xmx" + settings.heap(), "-XX:+UseG1GC",
            "-cp", classPath(configuration.classPath, settings)),
        arguments, Map.of(), log);
    Service service = new Service(jvm, URI.create("http://127.0.0.1:" + port));
    Http.awaitUp(service.base.resolve("/load/stats"), Duration.ofSeconds(180), jvm,
        "the service (" + configuration.label + ")");
    return service;
  }

  /** The social app with the probes; configuration 8's has its own controller and services. */
  private static String mainClass(Configuration.ClassPath kind) {
    return kind == Configuration.ClassPath.HANDWRITTEN
        ? "dev.spanweave.load.handwritten.HandwrittenApplication"
        : "dev.spanweave.load.app.LoadServiceApplication";
  }

  private static String classPath(Configuration.ClassPath kind, LoadSettings settings)
      throws IOException {
    Path app = settings.appDir().resolve("target");
    Path woven = settings.appCtwDir().resolve("target");
    Path handwritten = settings.appHandwrittenDir().resolve("target");
    return switch (kind) {
      case BASELINE -> withoutSpanweave(app.resolve("classes") + java.io.File.pathSeparator
          + Files.readString(app.resolve("classpath-baseline.txt")).strip());
      case SPANWEAVE -> app.resolve("classes") + java.io.File.pathSeparator
          + Files.readString(app.resolve("classpath-spanweave.txt")).strip();
      case WOVEN -> woven.resolve("classes") + java.io.File.pathSeparator
          + Files.readString(woven.resolve("classpath-woven.txt")).strip();
      case HANDWRITTEN -> withoutSpanweave(handwritten.resolve("classes")
          + java.io.File.pathSeparator
          + Files.readString(handwritten.resolve("classpath-handwritten.txt")).strip());
    };
  }

  /** CPU time the service's JVM has used so far, all its threads together. */
  Duration cpu() {
    return ProcessHandle.of(jvm.pid()).flatMap(process -> process.info().totalCpuDuration())
        .orElse(Duration.ZERO);
  }

  /**
   * The class path of the baseline or of the spans by hand, refused if a spanweave library or
   * AspectJ slipped onto it.
   */
  private static String withoutSpanweave(String classPath) {
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.startsWith("tracing-") || name.startsWith("aspectj")
          || entry.contains("/tracing-") && entry.endsWith("/classes")) {
        throw new IllegalStateException("a class path without spanweave holds " + entry);
      }
    }
    return classPath;
  }

  URI base() {
    return base;
  }

  /** Heap used after a full GC, in bytes. */
  long heapAfterFullGc() throws IOException, InterruptedException {
    return Long.parseLong(Http.post(base.resolve("/load/heap"), Duration.ofSeconds(60)).strip());
  }

  /** Waits, at most {@code seconds}, until every queued span was handed to the exporter. */
  boolean flush(int seconds) throws IOException, InterruptedException {
    return Boolean.parseBoolean(Http.post(base.resolve("/load/flush?seconds=" + seconds),
        Duration.ofSeconds(seconds + 10)).strip());
  }

  JsonNode stats() throws IOException, InterruptedException {
    return Http.json(Http.get(base.resolve("/load/stats"), Duration.ofSeconds(10)));
  }

  @Override
  public void close() throws InterruptedException {
    jvm.stop(30);
  }
}
