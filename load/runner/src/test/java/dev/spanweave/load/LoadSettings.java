package dev.spanweave.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The run's parameters, from {@code load.*} system properties (the runner's pom sets them):
 * {@code rounds} rounds, each a closed-model phase of {@code closed} and an open-model phase of
 * {@code open} per configuration, in an order drawn from {@code seed}.
 */
record LoadSettings(List<Integer> configs, int rounds, Duration warmup, Duration closed,
    Duration open, int users, double rate, String heap, long seed, Path output, boolean docs,
    Path docsDir, Path appDir, Path appCtwDir, Path appHandwrittenDir, Path zipkinJar, Cpus cpus) {

  static LoadSettings fromSystemProperties() {
    String seed = System.getProperty("load.seed", "random").strip();
    return new LoadSettings(
        Arrays.stream(System.getProperty("load.configs", "1,2,3,4,5,6,7,8").split(","))
            .map(String::strip).map(Integer::valueOf).toList(),
        Integer.getInteger("load.rounds", 13),
        duration(System.getProperty("load.warmup", "20s")),
        duration(System.getProperty("load.closed", "10s")),
        duration(System.getProperty("load.open", "10s")),
        Integer.getInteger("load.users", 16),
        rate(System.getProperty("load.rate", "auto")),
        System.getProperty("load.heap", "256m"),
        seed.equalsIgnoreCase("random") ? System.nanoTime() : Long.parseLong(seed),
        Path.of(System.getProperty("load.output", "target/load")).toAbsolutePath(),
        Boolean.getBoolean("load.docs"),
        Path.of(System.getProperty("load.docsDir", "docs")).toAbsolutePath().normalize(),
        Path.of(System.getProperty("load.appDir", "../app")).toAbsolutePath().normalize(),
        Path.of(System.getProperty("load.appCtwDir", "../app-ctw")).toAbsolutePath().normalize(),
        Path.of(System.getProperty("load.appHandwrittenDir", "../app-handwritten")).toAbsolutePath()
            .normalize(),
        Path.of(System.getProperty("zipkin.server.jar", "target/zipkin/zipkin-server-exec.jar")),
        Cpus.of(System.getProperty("load.cpus", "auto")));
  }

  /** {@code auto} (NaN): a tenth of the first configuration's throughput in its warm-up. */
  private static double rate(String text) {
    return text.strip().equalsIgnoreCase("auto") ? Double.NaN : Double.parseDouble(text);
  }

  /** The same settings with the arrival rate of the open model fixed. */
  LoadSettings withRate(double fixed) {
    return new LoadSettings(configs, rounds, warmup, closed, open, users, fixed, heap, seed,
        output, docs, docsDir, appDir, appCtwDir, appHandwrittenDir, zipkinJar, cpus);
  }

  /** {@code 45s}, {@code 10m}, {@code 1h}, or ISO-8601 ({@code PT30S}). */
  static Duration duration(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    if (value.startsWith("pt")) {
      return Duration.parse(value);
    }
    long amount = Long.parseLong(value.substring(0, value.length() - 1));
    return switch (value.charAt(value.length() - 1)) {
      case 's' -> Duration.ofSeconds(amount);
      case 'm' -> Duration.ofMinutes(amount);
      case 'h' -> Duration.ofHours(amount);
      default -> throw new IllegalArgumentException("not a duration: " + text + " (45s, 10m, 1h)");
    };
  }
}
