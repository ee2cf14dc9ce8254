package dev.spanweave.examples.backends;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One service in a JVM of its own, on this JVM's class path, its output kept in a log file. Stopping
 * it sends SIGTERM, so the SDK's shutdown hook flushes its spans before it exits.
 */
public final class ServiceProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path log;
  private final CompletableFuture<URI> listening = new CompletableFuture<>();
  private final CompletableFuture<Void> pumped = new CompletableFuture<>();

  private ServiceProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** Starts {@code mainClass} with {@code environment} added to this JVM's environment. */
  public static ServiceProcess start(String name, Class<?> mainClass,
      Map<String, String> environment, Path logDirectory, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx128m",
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        mainClass.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Files.createDirectories(logDirectory);
    Path log = logDirectory.resolve(name + ".log");
    ServiceProcess service = new ServiceProcess(name, builder.start(), log);
    service.pumpOutput();
    return service;
  }

  static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private void pumpOutput() {
    Thread pump = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
          PrintWriter out = new PrintWriter(Files.newBufferedWriter(log), true)) {
        for (String line; (line = in.readLine()) != null; ) {
          out.println(line);
          if (line.startsWith(Http.LISTENING)) {
            listening.complete(URI.create(line.substring(Http.LISTENING.length()).strip()));
          }
        }
      } catch (IOException e) {
        listening.completeExceptionally(e);
      }
      pumped.complete(null);
      // no-op once listening
      listening.completeExceptionally(
          new IllegalStateException(name + " ended before listening; see " + log));
    }, name + "-output");
    pump.setDaemon(true);
    pump.start();
  }

  /** The service's base URI, once it accepts requests. */
  public URI awaitListening(Duration timeout) throws IOException, InterruptedException {
    try {
      return listening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IOException(e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IOException(name + " not listening after " + timeout + "; see " + log, e);
    }
  }

  /** Waits for the process to end by itself (a command-line program), then for its output. */
  public void awaitExit(Duration timeout) throws IOException, InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IOException(name + " still running after " + timeout + "; see " + log);
    }
    try {
      pumped.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException(name + ": output not read; see " + log, e);
    }
  }

  public Path log() {
    return log;
  }

  /** Stops the service gracefully (its queued spans are flushed), forcibly after 15 s. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }
}
