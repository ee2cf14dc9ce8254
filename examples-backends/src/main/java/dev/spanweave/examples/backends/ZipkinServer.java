package dev.spanweave.examples.backends;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import zipkin2.Span;
import zipkin2.codec.SpanBytesDecoder;

/**
 * A real Zipkin server (the {@code io.zipkin:zipkin-server} exec jar) with in-memory storage, on a
 * loopback port, and the few calls of its HTTP API the demo and the tests need.
 */
public final class ZipkinServer implements AutoCloseable {

  private final Process process;
  private final URI base;
  private final Path log;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Thread stopOnExit;

  private ZipkinServer(Process process, URI base, Path log) {
    this.process = process;
    this.base = base;
    this.log = log;
    // a demo stopped with Ctrl-C must not leave Zipkin behind
    this.stopOnExit = new Thread(process::destroy, "stop-zipkin");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  /**
   * Starts the exec jar on {@code port} (0: any free port). Returns at once: Zipkin takes several
   * seconds to start, see {@link #awaitUp(Duration)}.
   */
  public static ZipkinServer start(Path jar, int port, Path logDirectory) throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IOException("no Zipkin server jar at " + jar
          + " (the build copies it into target/zipkin/)");
    }
    int chosen = port == 0 ? freePort() : port;
    Files.createDirectories(logDirectory);
    Path log = logDirectory.resolve("zipkin.log");
    ProcessBuilder builder = new ProcessBuilder(ServiceProcess.javaExecutable(), "-Xmx256m",
        "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
        "--armeria.ports[0].ip=127.0.0.1", "--armeria.ports[0].port=" + chosen,
        "--armeria.ports[0].protocols[0]=http")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("STORAGE_TYPE", "mem");
    builder.environment().put("JAVA_OPTS", "");
    return new ZipkinServer(builder.start(), URI.create("http://127.0.0.1:" + chosen), log);
  }

  /** A loopback port nobody listens on right now. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Waits until Zipkin answers its health check. */
  public void awaitUp(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("Zipkin exited with " + process.exitValue() + "; see " + log);
      }
      try {
        if (send("/health").statusCode() == 200) {
          return;
        }
      } catch (ConnectException | java.net.http.HttpTimeoutException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new IOException("Zipkin not up after " + timeout + "; see " + log);
  }

  public URI baseUri() {
    return base;
  }

  /** Where exporters send spans: {@code OTEL_EXPORTER_ZIPKIN_ENDPOINT}. */
  public URI spansEndpoint() {
    return base.resolve("/api/v2/spans");
  }

  /** The page of a trace in Zipkin's web UI. */
  public URI traceUrl(String traceId) {
    return base.resolve("/zipkin/traces/" + traceId);
  }

  /** {@code GET /api/v2/trace/{traceId}}: the trace's spans, none if Zipkin has not got it. */
  public List<Span> trace(String traceId) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = send("/api/v2/trace/" + traceId);
    if (response.statusCode() == 404) {
      return List.of();
    }
    return SpanBytesDecoder.JSON_V2.decodeList(body(response));
  }

  /**
   * Polls {@link #trace(String)} until its spans satisfy {@code complete} (spans reach Zipkin
   * asynchronously), at most {@code timeout}; returns the last spans read either way.
   */
  public List<Span> awaitTrace(String traceId, Predicate<List<Span>> complete, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Span> spans = trace(traceId);
    while (!complete.test(spans) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      spans = trace(traceId);
    }
    return spans;
  }

  /** Spans from every one of {@code services}, and {@code count} of them. */
  public static Predicate<List<Span>> spansFrom(Set<String> services, int count) {
    return spans -> spans.size() >= count && spans.stream()
        .map(Span::localServiceName).collect(Collectors.toSet()).containsAll(services);
  }

  /** The raw body of a {@code GET} on Zipkin's API, e.g. {@code /api/v2/services}. */
  public String get(String pathAndQuery) throws IOException, InterruptedException {
    return new String(body(send(pathAndQuery)), java.nio.charset.StandardCharsets.UTF_8);
  }

  private HttpResponse<byte[]> send(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
        .timeout(Duration.ofSeconds(5)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] body(HttpResponse<byte[]> response) throws IOException {
    if (response.statusCode() != 200) {
      throw new IOException(response.uri() + " answered " + response.statusCode());
    }
    return response.body();
  }

  /** Stops Zipkin, forcibly after 10 s. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run: nothing left to remove
    }
  }
}
