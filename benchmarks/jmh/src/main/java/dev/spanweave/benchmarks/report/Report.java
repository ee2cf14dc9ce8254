package dev.spanweave.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns JMH's JSON result into {@code summary.md}, {@code summary.csv} and {@code chart.svg}:
 * ns/op and B/op with their error bars, each candidate's ratio to {@code handWritten} in the same
 * mode of the same run, and the targets evaluated from these numbers.
 *
 * <p>Usage: {@code Report <jmh-result.json> <output directory>}.
 */
public final class Report {

  static final List<String> MODES = List.of("sampled", "unsampled", "off");
  static final String REFERENCE = "handWritten";
  static final String BASELINE = "baseline";
  static final String SPANWEAVE = "spanweaveCtw";
  /** Report order; candidates not listed come after them, alphabetically. */
  static final List<String> OWN = List.of(BASELINE, REFERENCE, "handWrittenSemconv", SPANWEAVE,
      "spanweaveCtwCodeAttributes", "spanweaveCtwRedacted", "spanweaveKillSwitch",
      "spanweaveLtw", "spanweaveLtwPreloaded", "springProxy", "spanweaveSpringAop",
      "handWrittenTimed", "spanweaveCtwLogCorrelation",
      "spanweaveCtwLogCorrelationReadTime", "spanweaveCtwTimer",
      "spanweaveCtwLogsAndTimer", "logLineCorrelation[none]", "logLineCorrelation[mdc]",
      "logLineCorrelation[otelAppender]", "logLineCorrelationReadTime");
  static final List<String> ORDER = java.util.stream.Stream.concat(OWN.stream(),
      java.util.stream.Stream.of("otelSpringAop", "otelAgent", "micrometerNewSpan",
          "micrometerObserved")).toList();
  static final List<String> NOT_PEERS = OWN;

  private Report() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: Report <jmh-result.json> <output directory>");
      System.exit(2);
    }
    Path input = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<?> runs = (List<?>) Json.parse(Files.readString(input, StandardCharsets.UTF_8));
    List<Measurement> results = measurements(runs);
    Files.createDirectories(out);
    Files.writeString(out.resolve("summary.csv"), Tables.csv(results), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("summary.md"),
        Tables.markdown(results, environment(runs)) + Targets.evaluate(results),
        StandardCharsets.UTF_8);
    Files.writeString(out.resolve("chart.svg"), Chart.svg(results), StandardCharsets.UTF_8);
    System.out.println(Tables.markdown(results, environment(runs)) + Targets.evaluate(results));
    System.out.println("written: " + out.resolve("summary.md") + ", summary.csv, chart.svg");
  }

  static List<Measurement> measurements(List<?> runs) {
    List<Measurement> results = new ArrayList<>();
    for (Object run : runs) {
      Map<?, ?> result = (Map<?, ?>) run;
      String benchmark = (String) result.get("benchmark");
      Map<?, ?> params = (Map<?, ?>) result.get("params");
      String mode = params == null ? "?" : String.valueOf(params.get("mode"));
      Map<?, ?> primary = (Map<?, ?>) result.get("primaryMetric");
      double bytes = Double.NaN;
      double bytesError = Double.NaN;
      Map<?, ?> secondary = (Map<?, ?>) result.get("secondaryMetrics");
      if (secondary != null) {
        for (Map.Entry<?, ?> metric : secondary.entrySet()) {
          if (String.valueOf(metric.getKey()).endsWith("gc.alloc.rate.norm")) {
            Map<?, ?> values = (Map<?, ?>) metric.getValue();
            bytes = number(values.get("score"));
            bytesError = number(values.get("scoreError"));
          }
        }
      }
      results.add(new Measurement(candidate(benchmark, mode) + otherParams(params), mode,
          number(primary.get("score")), number(primary.get("scoreError")), bytes, bytesError));
    }
    results.sort(Comparator.comparingInt((Measurement m) -> rank(m.candidate()))
        .thenComparing(Measurement::candidate)
        .thenComparingInt(m -> MODES.indexOf(m.mode())));
    return results;
  }

  /** Parameters besides the mode, as {@code [value]}: one candidate per value. */
  static String otherParams(Map<?, ?> params) {
    StringBuilder suffix = new StringBuilder();
    if (params != null) {
      for (Map.Entry<?, ?> param : params.entrySet()) {
        if (!"mode".equals(param.getKey())) {
          suffix.append('[').append(param.getValue()).append(']');
        }
      }
    }
    return suffix.toString();
  }

  /** {@code dev...OtelAgentSampledBenchmark.greet} in mode sampled: {@code otelAgent}. */
  static String candidate(String benchmark, String mode) {
    String[] parts = benchmark.split("\\.");
    String name = parts[parts.length - 2];
    if (name.endsWith("Benchmark")) {
      name = name.substring(0, name.length() - "Benchmark".length());
    }
    String modeSuffix = Character.toUpperCase(mode.charAt(0)) + mode.substring(1);
    if (name.endsWith(modeSuffix) && name.length() > modeSuffix.length()) {
      name = name.substring(0, name.length() - modeSuffix.length());
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static int rank(String candidate) {
    int index = ORDER.indexOf(candidate);
    return index >= 0 ? index : ORDER.size();
  }

  private static double number(Object value) {
    return value instanceof Double d ? d : Double.NaN;
  }

  static Map<String, String> environment(List<?> runs) {
    Map<String, String> env = new LinkedHashMap<>();
    if (!runs.isEmpty()) {
      Map<?, ?> first = (Map<?, ?>) runs.get(0);
      env.put("JMH", String.valueOf(first.get("jmhVersion")));
      env.put("JVM", first.get("vmName") + " " + first.get("vmVersion") + " (JDK "
          + first.get("jdkVersion") + ")");
      env.put("Forks / warmup / measurement", forks(runs) + "; "
          + fmt0(first.get("warmupIterations")) + " × " + first.get("warmupTime") + ", "
          + fmt0(first.get("measurementIterations")) + " × " + first.get("measurementTime"));
    }
    env.put("Machine", Runtime.getRuntime().availableProcessors() + " CPUs, "
        + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    try {
      env.put("Load average when the report was written",
          Files.readString(Path.of("/proc/loadavg")).trim());
    } catch (IOException | RuntimeException e) {
      // not on Linux: leave it out
    }
    return env;
  }

  /** "1 fork" or, when candidates differ, "3 forks: a, b; 1 fork: the others". */
  private static String forks(List<?> runs) {
    Map<String, Set<String>> byForks =
        new TreeMap<>(Comparator.<String>comparingInt(Integer::parseInt).reversed());
    for (Object run : runs) {
      Map<?, ?> result = (Map<?, ?>) run;
      Map<?, ?> params = (Map<?, ?>) result.get("params");
      String mode = params == null ? "?" : String.valueOf(params.get("mode"));
      byForks.computeIfAbsent(fmt0(result.get("forks")), k -> new TreeSet<>())
          .add(candidate((String) result.get("benchmark"), mode));
    }
    List<String> parts = new ArrayList<>();
    byForks.forEach((count, candidates) -> parts.add(count + (count.equals("1") ? " fork" : " forks")
        + (byForks.size() == 1 ? "" : parts.size() == byForks.size() - 1 ? " for the others"
            : " for " + String.join(", ", candidates))));
    return String.join(", ", parts);
  }

  private static String fmt0(Object number) {
    return number instanceof Double d ? String.valueOf(d.intValue()) : String.valueOf(number);
  }

  static String fmt(double value) {
    if (Double.isNaN(value)) {
      return "?";
    }
    double abs = Math.abs(value);
    String pattern = abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, pattern, value);
  }

  static Measurement find(List<Measurement> results, String candidate, String mode) {
    for (Measurement m : results) {
      if (m.candidate().equals(candidate) && m.mode().equals(mode)) {
        return m;
      }
    }
    return null;
  }
}
