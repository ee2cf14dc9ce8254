package dev.spanweave.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A JVM the run starts (Zipkin, the service, Gatling), its output in a log file. Every one still
 * alive is stopped when the run ends, also on Ctrl-C: the run leaves no process behind.
 */
final class ChildJvm implements AutoCloseable {

  private static final List<Process> ALIVE = new CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> ALIVE.forEach(Process::destroyForcibly),
        "stop-child-jvms"));
  }

  private final Process process;
  private final Path log;

  private ChildJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
    ALIVE.add(process);
  }

  /** {@code launcher}: what runs {@code java}, such as {@code taskset -c 1}, or nothing. */
  static ChildJvm start(List<String> launcher, List<String> jvmArguments,
      List<String> mainAndArguments, Map<String, String> environment, Path log)
      throws IOException {
    List<String> command = new ArrayList<>(launcher);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArguments);
    command.addAll(mainAndArguments);
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    return new ChildJvm(builder.start(), log);
  }

  /** Writes one line to the JVM's standard input. */
  void send(String line) throws IOException {
    var in = process.getOutputStream();
    in.write((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    in.flush();
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  Path log() {
    return log;
  }

  /** Waits for the JVM to exit by itself; false if it had not after {@code seconds}. */
  boolean awaitExit(long seconds) throws InterruptedException {
    return process.waitFor(seconds, TimeUnit.SECONDS);
  }

  int exitValue() {
    return process.exitValue();
  }

  /** SIGTERM (Spring and the SDK shut down cleanly), forcibly after {@code graceSeconds}. */
  void stop(long graceSeconds) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    ALIVE.remove(process);
  }

  @Override
  public void close() throws InterruptedException {
    stop(30);
  }
}
