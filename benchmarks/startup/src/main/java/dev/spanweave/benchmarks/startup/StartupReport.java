package dev.spanweave.benchmarks.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * The start-up report of {@code benchmarks/startup.sh}: reads its {@code samples.csv} (one line per
 * start: round, application, variant, CPU seconds, wall seconds, 1-minute load average, and the
 * CPU seconds of the main thread, the JIT compiler threads and the garbage collector's threads,
 * absent from runs before they were recorded) and writes {@code summary.md}, and, given a Markdown file, its table between the {@code
 * startup-results} markers. Every difference is computed per round, between starts of that round
 * only, so that a slow phase of a shared machine moves both sides; the rounds give its median and
 * a 95% bootstrap interval of that median.
 *
 * <p>Usage: {@code StartupReport SAMPLES.csv OUT_DIR HEADER [DOC.md]}.
 */
public final class StartupReport {

  static final String BEGIN = "<!-- startup-results:begin -->";
  static final String END = "<!-- startup-results:end -->";

  private static final int RESAMPLES = 5000;

  /** The variant and its reference, in the order of the tables. */
  private static final List<String[]> COMPARED = List.of(
      new String[] {"on", "off"}, new String[] {"off", "absent"}, new String[] {"on", "absent"});

  /** One start; {@code main}, {@code jit} and {@code gc} are NaN where not recorded. */
  record Start(int round, String app, String variant, double cpu, double wall, double load,
      double main, double jit, double gc) {

    boolean split() {
      return !Double.isNaN(main);
    }

    double other() {
      return cpu - main - jit - gc;
    }
  }

  private StartupReport() {}

  public static void main(String[] args) throws IOException {
    List<Start> starts = read(Path.of(args[0]));
    String table = args[2] + "\n\n" + table(starts);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    Files.writeString(out.resolve("summary.md"), "# Start-up\n\n" + table);
    System.out.println(table);
    if (args.length > 3) {
      Path doc = Path.of(args[3]);
      String text = Files.readString(doc);
      int begin = text.indexOf(BEGIN);
      int end = text.indexOf(END);
      if (begin < 0 || end < begin) {
        throw new IllegalStateException(doc + " has no " + BEGIN + " … " + END + " markers");
      }
      Files.writeString(doc, text.substring(0, begin + BEGIN.length()) + "\n" + table
          + text.substring(end));
    }
  }

  static List<Start> read(Path csv) throws IOException {
    List<Start> starts = new ArrayList<>();
    for (String line : Files.readAllLines(csv)) {
      String[] f = line.split(",");
      if (f.length < 6 || f[0].equals("round")) {
        continue;
      }
      boolean split = f.length >= 9;
      starts.add(new Start(Integer.parseInt(f[0]), f[1], f[2], Double.parseDouble(f[3]),
          Double.parseDouble(f[4]), Double.parseDouble(f[5]),
          split ? Double.parseDouble(f[6]) : Double.NaN,
          split ? Double.parseDouble(f[7]) : Double.NaN,
          split ? Double.parseDouble(f[8]) : Double.NaN));
    }
    return starts;
  }

  static String table(List<Start> starts) {
    StringBuilder s = new StringBuilder();
    s.append("| application | compared | rounds | CPU s, median | difference, CPU s (95% interval)"
        + " | × reference CPU | wall s, median | difference, wall s (95% interval) | verdict (≤ 2% CPU) |\n");
    s.append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
    Map<String, List<Start>> byApp = new LinkedHashMap<>();
    for (Start start : starts) {
      byApp.computeIfAbsent(start.app(), a -> new ArrayList<>()).add(start);
    }
    for (Map.Entry<String, List<Start>> app : byApp.entrySet()) {
      for (String[] compared : COMPARED) {
        row(s, app.getKey(), app.getValue(), compared[0], compared[1], !compared[0].equals("off"));
      }
    }
    split(s, byApp);
    double[] loads = starts.stream().mapToDouble(Start::load).sorted().toArray();
    if (loads.length > 0) {
      s.append(String.format(Locale.ROOT, "%nLoad average (1 minute) before each start: %.2f to"
          + " %.2f, median %.2f.%n", loads[0], loads[loads.length - 1], median(loads)));
    }
    return s.toString();
  }

  private static void row(StringBuilder s, String app, List<Start> starts, String variant,
      String reference, boolean judged) {
    double[] cpu = paired(starts, variant, reference, Start::cpu);
    double[] wall = paired(starts, variant, reference, Start::wall);
    if (cpu.length == 0) {
      return;
    }
    double[] referenceCpu = values(starts, reference, Start::cpu);
    double base = median(referenceCpu);
    double[] cpuInterval = bootstrap(cpu);
    double[] wallInterval = bootstrap(wall);
    double ratio = median(cpu) / base;
    String verdict = "";
    if (judged) {
      double low = cpuInterval[0] / base;
      double high = cpuInterval[1] / base;
      verdict = high <= 0.02 ? "met" : low > 0.02 ? "**not met**"
          : "inconclusive (the interval crosses 2%)";
    }
    s.append(String.format(Locale.ROOT,
        "| %s | %s − %s | %d | %.2f / %.2f | %+.3f [%+.3f, %+.3f] | %+.1f%% [%+.1f%%, %+.1f%%]"
            + " | %.2f / %.2f | %+.3f [%+.3f, %+.3f] | %s |%n",
        app, label(variant), label(reference), cpu.length, median(values(starts, variant,
            Start::cpu)), base, median(cpu), cpuInterval[0], cpuInterval[1], 100 * ratio,
        100 * cpuInterval[0] / base, 100 * cpuInterval[1] / base,
        median(values(starts, variant, Start::wall)), median(values(starts, reference,
            Start::wall)), median(wall), wallInterval[0], wallInterval[1], verdict));
  }

  /** Where each difference of the first table goes, thread by thread. */
  private static void split(StringBuilder s, Map<String, List<Start>> byApp) {
    List<ToDoubleFunction<Start>> parts =
        List.of(Start::cpu, Start::main, Start::jit, Start::gc, Start::other);
    boolean header = false;
    for (Map.Entry<String, List<Start>> app : byApp.entrySet()) {
      List<Start> recorded = app.getValue().stream().filter(Start::split).toList();
      for (String[] compared : COMPARED) {
        if (paired(recorded, compared[0], compared[1], Start::cpu).length == 0) {
          continue;
        }
        if (!header) {
          s.append("\nWhere the CPU goes, thread by thread (medians of the per-round differences, s,"
              + " with their 95% intervals; below them the medians of both sides):\n\n"
              + "| application | compared | whole JVM | main thread | JIT compiler threads |"
              + " garbage collector | other threads |\n|---|---|---:|---:|---:|---:|---:|\n");
          header = true;
        }
        s.append("| ").append(app.getKey()).append(" | ").append(label(compared[0]))
            .append(" − ").append(label(compared[1]));
        for (ToDoubleFunction<Start> part : parts) {
          double[] difference = paired(recorded, compared[0], compared[1], part);
          double[] interval = bootstrap(difference);
          s.append(String.format(Locale.ROOT, " | %+.2f [%+.2f, %+.2f]<br>%.2f / %.2f",
              median(difference), interval[0], interval[1],
              median(values(recorded, compared[0], part)),
              median(values(recorded, compared[1], part))));
        }
        s.append(" |\n");
      }
    }
  }

  private static String label(String variant) {
    return switch (variant) {
      case "on" -> "on";
      case "off" -> "`spanweave.enabled=false`";
      case "absent" -> "without tracing-spring";
      default -> variant;
    };
  }

  /** variant − reference, one value per round that has both. */
  static double[] paired(List<Start> starts, String variant, String reference,
      ToDoubleFunction<Start> value) {
    Map<Integer, Double> ofVariant = new LinkedHashMap<>();
    Map<Integer, Double> ofReference = new LinkedHashMap<>();
    for (Start start : starts) {
      if (start.variant().equals(variant)) {
        ofVariant.put(start.round(), value.applyAsDouble(start));
      } else if (start.variant().equals(reference)) {
        ofReference.put(start.round(), value.applyAsDouble(start));
      }
    }
    return ofVariant.entrySet().stream().filter(e -> ofReference.containsKey(e.getKey()))
        .mapToDouble(e -> e.getValue() - ofReference.get(e.getKey())).toArray();
  }

  private static double[] values(List<Start> starts, String variant,
      ToDoubleFunction<Start> value) {
    return starts.stream().filter(s -> s.variant().equals(variant)).mapToDouble(value).toArray();
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The 2.5% and 97.5% percentiles of the median of resampled rounds (fixed seed). */
  static double[] bootstrap(double[] values) {
    Random random = new Random(42);
    double[] medians = new double[RESAMPLES];
    double[] sample = new double[values.length];
    for (int r = 0; r < RESAMPLES; r++) {
      for (int i = 0; i < sample.length; i++) {
        sample[i] = values[random.nextInt(values.length)];
      }
      medians[r] = median(sample);
    }
    Arrays.sort(medians);
    return new double[] {medians[(int) (0.025 * RESAMPLES)],
        medians[(int) (0.975 * RESAMPLES) - 1]};
  }
}
