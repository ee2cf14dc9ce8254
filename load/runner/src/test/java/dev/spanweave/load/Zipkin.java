package dev.spanweave.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real Zipkin (the exec jar examples-backends uses), in memory, on a loopback port. */
final class Zipkin implements AutoCloseable {

  private static final Pattern RECEIVED =
      Pattern.compile("(?m)^zipkin_collector_spans_total\\{[^}]*transport=\"http\"[^}]*\\} (\\S+)$");

  private final ChildJvm jvm;
  private final URI base;

  private Zipkin(ChildJvm jvm, URI base) {
    this.jvm = jvm;
    this.base = base;
  }

  static Zipkin start(Path jar, Path logDirectory, Cpus cpus)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IOException("no Zipkin server jar at " + jar + " (the build copies it)");
    }
    int port = SilentPort.closedPort();
    ChildJvm jvm = ChildJvm.start(cpus.driverLauncher(),
        List.of("-Xms512m", "-Xmx512m", "-XX:TieredStopAtLevel=1"),
        List.of("-jar", jar.toString(), "--armeria.ports[0].ip=127.0.0.1",
            "--armeria.ports[0].port=" + port, "--armeria.ports[0].protocols[0]=http"),
        // a bounded in-memory store: a 10-minute run sends millions of spans; Zipkin counts them all
        Map.of("STORAGE_TYPE", "mem", "MEM_MAX_SPANS", "200000", "JAVA_OPTS", ""),
        logDirectory.resolve("zipkin.log"));
    Zipkin zipkin = new Zipkin(jvm, URI.create("http://127.0.0.1:" + port));
    Http.awaitUp(zipkin.base.resolve("/health"), Duration.ofSeconds(120), jvm, "Zipkin");
    return zipkin;
  }

  /** Where the exporter posts: Zipkin's v2 span API. */
  String spansEndpoint() {
    return base.resolve("/api/v2/spans").toString();
  }

  /** Spans Zipkin's HTTP collector received since it started ({@code -1} if it does not say). */
  long spansReceived() throws IOException, InterruptedException {
    String metrics = Http.get(base.resolve("/prometheus"), Duration.ofSeconds(10));
    Matcher matcher = RECEIVED.matcher(metrics);
    return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : -1;
  }

  @Override
  public void close() throws InterruptedException {
    jvm.stop(15);
  }
}
