package dev.spanweave.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Which CPUs the run's processes may use ({@code load.cpus}). {@code split}: every service on the
 * last CPU, everything else (Gatling, Zipkin, the runner itself) on the others, through
 * {@code taskset}. A service then runs as in a one-CPU container, and its throughput at saturation
 * is what that CPU gives it, not what it wins from Gatling on CPUs both share: sharing made the
 * service's CPU time per request move by a factor of two between phases a minute apart.
 * {@code shared}: no pinning, every process on every CPU.
 */
record Cpus(List<String> serviceLauncher, List<String> driverLauncher, String description) {

  static Cpus of(String setting) {
    int count = Runtime.getRuntime().availableProcessors();
    String value = setting.strip().toLowerCase(java.util.Locale.ROOT);
    boolean split = switch (value) {
      case "split" -> true;
      case "shared" -> false;
      case "auto" -> count >= 2 && tasksetPresent();
      default -> throw new IllegalArgumentException(
          "load.cpus is auto, split or shared, not " + setting);
    };
    if (!split) {
      return new Cpus(List.of(), List.of(),
          "shared: every process on all " + count + " CPUs");
    }
    if (count < 2 || !tasksetPresent()) {
      throw new IllegalStateException("load.cpus=split needs 2 CPUs or more and taskset on the "
          + "PATH (util-linux); this machine has " + count + " CPUs"
          + (tasksetPresent() ? "" : " and no taskset"));
    }
    String service = String.valueOf(count - 1);
    String driver = count == 2 ? "0" : "0-" + (count - 2);
    return new Cpus(List.of("taskset", "-c", service), List.of("taskset", "-c", driver),
        "split: each service on CPU " + service + ", Gatling, Zipkin and the runner on CPU "
            + driver + " (taskset)");
  }

  /** Moves every thread of the runner's own JVM to the driver's CPUs. */
  void pinRunner() throws IOException, InterruptedException {
    if (driverLauncher.isEmpty()) {
      return;
    }
    Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", driverLauncher.get(2),
        String.valueOf(ProcessHandle.current().pid())).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!taskset.waitFor(30, TimeUnit.SECONDS) || taskset.exitValue() != 0) {
      throw new IOException("taskset could not pin the runner to CPU " + driverLauncher.get(2));
    }
  }

  private static boolean tasksetPresent() {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "taskset")));
  }
}
