package dev.spanweave.benchmarks.paired;

import dev.spanweave.measure.Interval;
import dev.spanweave.measure.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the paired run's results: {@code samples.csv} (every fork), {@code figures.csv} (every
 * figure's mean and interval, which the next run compares itself with), {@code summary.md}, and
 * the table of {@code docs/performance.md} between its markers.
 */
final class PairedReport {

  static final String BEGIN = "<!-- paired-results:begin -->";
  static final String END = "<!-- paired-results:end -->";

  private final List<Comparison> figures;
  private final List<Comparison> perCall;
  private final List<Sample> samples;
  private final Instant start;
  private final Instant end;
  private final String loadAtStart;
  private final String loadAtEnd;
  private final boolean quick;
  private final List<String> failed;
  /** Turns per fork in each round's shared JVM; 0 when every fork had a JVM of its own. */
  private final int sharedPasses;

  PairedReport(List<Comparison> figures, List<Comparison> perCall, List<Sample> samples,
      Instant start, Instant end, String loadAtStart, String loadAtEnd, boolean quick,
      List<String> failed, int sharedPasses) {
    this.sharedPasses = sharedPasses;
    this.figures = figures;
    this.perCall = perCall;
    this.samples = samples;
    this.start = start;
    this.end = end;
    this.loadAtStart = loadAtStart;
    this.loadAtEnd = loadAtEnd;
    this.quick = quick;
    this.failed = List.copyOf(failed);
  }

  /** A figure's result over the rounds. */
  record Figure(Comparison comparison, Interval nanos, Interval ratio, Interval bytes) {

    String verdict() {
      Comparison.Goal goal = comparison.goal();
      if (goal == null || !nanos.known()) {
        return "";
      }
      List<Verdict> verdicts = new ArrayList<>();
      if (!Double.isNaN(goal.ratio())) {
        verdicts.add(ratio.atMost(goal.ratio()));
      }
      if (!Double.isNaN(goal.nanos())) {
        verdicts.add(nanos.atMost(goal.nanos()));
      }
      if (!Double.isNaN(goal.bytes())) {
        // B/op do not move between forks: the mean is the figure; short forks measure B/op to a
        // few bytes, and the smallest object is 16
        verdicts.add(Verdict.of(bytes.mean() <= goal.bytes() + 8));
      }
      return Verdict.all(verdicts.toArray(Verdict[]::new)).text();
    }
  }

  void write(Path results, Path docs) throws IOException {
    List<Figure> paired = compute(figures);
    List<Figure> costs = compute(perCall);
    Files.createDirectories(results);
    Map<String, Interval> before = readFigures(results.resolve("figures.csv"));
    String summary = summary(paired, costs, before);
    Files.writeString(results.resolve("samples.csv"), samplesCsv(), StandardCharsets.UTF_8);
    List<Figure> all = new ArrayList<>(paired);
    all.addAll(costs);
    Files.writeString(results.resolve("figures.csv"), figuresCsv(all), StandardCharsets.UTF_8);
    Files.writeString(results.resolve("summary.md"), summary, StandardCharsets.UTF_8);
    System.out.println(summary);
    System.out.println("written: " + results.resolve("summary.md") + ", figures.csv, samples.csv");
    if (docs != null) {
      updateDocs(docs, table(paired, costs, before));
    }
  }

  private List<Figure> compute(List<Comparison> comparisons) {
    Map<Integer, Map<Fork, Sample>> rounds = new TreeMap<>();
    for (Sample sample : samples) {
      rounds.computeIfAbsent(sample.round(), r -> new HashMap<>()).put(sample.fork(), sample);
    }
    List<Figure> result = new ArrayList<>();
    for (Comparison comparison : comparisons) {
      List<Double> nanos = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      List<Double> bytes = new ArrayList<>();
      for (Map<Fork, Sample> round : rounds.values()) {
        if (comparison.forks().allMatch(round::containsKey)) {
          nanos.add(comparison.nanos(round));
          ratios.add(comparison.ratio(round));
          bytes.add(comparison.bytes(round));
        }
      }
      result.add(new Figure(comparison, Interval.of(array(nanos)),
          Interval.of(array(ratios.stream().filter(r -> !r.isNaN()).toList())),
          Interval.of(array(bytes))));
    }
    return result;
  }

  private static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  // ---- files -----------------------------------------------------------------------------

  private String samplesCsv() {
    StringBuilder csv = new StringBuilder("round,fork,ns_per_op,bytes_per_op,load_before,"
        + "load_after\n");
    for (Sample sample : samples) {
      csv.append(sample.round()).append(',').append(sample.fork().label()).append(',')
          .append(number(sample.nanos(), 3)).append(',').append(number(sample.bytes(), 1))
          .append(',').append(number(sample.loadBefore(), 2)).append(',')
          .append(number(sample.loadAfter(), 2)).append('\n');
    }
    return csv.toString();
  }

  private static String figuresCsv(List<Figure> figures) {
    StringBuilder csv = new StringBuilder("figure,rounds,ns_mean,ns_low,ns_high,ratio_mean,"
        + "ratio_low,ratio_high,bytes_mean,verdict\n");
    for (Figure figure : figures) {
      csv.append('"').append(figure.comparison().name()).append("\",")
          .append(figure.nanos().count()).append(',')
          .append(number(figure.nanos().mean(), 3)).append(',')
          .append(number(figure.nanos().low(), 3)).append(',')
          .append(number(figure.nanos().high(), 3)).append(',')
          .append(number(figure.ratio().mean(), 4)).append(',')
          .append(number(figure.ratio().low(), 4)).append(',')
          .append(number(figure.ratio().high(), 4)).append(',')
          .append(number(figure.bytes().mean(), 1)).append(',')
          .append(figure.verdict().replace(",", ";")).append('\n');
    }
    return csv.toString();
  }

  /** The ns/op intervals of the last committed run, by figure name. */
  static Map<String, Interval> readFigures(Path csv) throws IOException {
    Map<String, Interval> figures = new HashMap<>();
    if (!Files.exists(csv)) {
      return figures;
    }
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      if (!line.startsWith("\"")) {
        continue;
      }
      int close = line.indexOf('"', 1);
      String[] cells = line.substring(close + 2).split(",", -1);
      figures.put(line.substring(1, close), new Interval(parse(cells[1]), parse(cells[2]),
          parse(cells[3]), Integer.parseInt(cells[0])));
    }
    return figures;
  }

  private static double parse(String cell) {
    return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }

  // ---- text ------------------------------------------------------------------------------

  private String summary(List<Figure> paired, List<Figure> costs, Map<String, Interval> before) {
    StringBuilder md = new StringBuilder("# spanweave paired benchmark run\n\n");
    md.append(environment()).append('\n');
    md.append(table(paired, costs, before));
    if (!failed.isEmpty()) {
      md.append("\n## Failed forks\n\nTheir figures lack that round.\n\n");
      failed.forEach(line -> md.append("- ").append(line).append('\n'));
    }
    md.append("\n## Forks\n\nEvery fork's ns/op (B/op) per round, in `samples.csv` with the load"
        + " average before and after it.\n");
    return md.toString();
  }

  private String environment() {
    DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
        .withZone(ZoneOffset.UTC);
    double lowLoad = samples.stream().mapToDouble(Sample::loadBefore).min().orElse(Double.NaN);
    double highLoad = samples.stream().mapToDouble(Sample::loadAfter).max().orElse(Double.NaN);
    long rounds = samples.stream().filter(s -> s.fork().mode() != null).mapToInt(Sample::round)
        .distinct().count();
    return "- Run: " + time.format(start) + ", " + Duration.between(start, end).toMinutes()
        + " min, " + rounds + " rounds" + (quick ? " (smoke run: short forks, not a result)" : "")
        + "\n- JVM: " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version") + ", " + Runtime.getRuntime()
        .availableProcessors() + " CPUs, " + System.getProperty("os.name") + " "
        + System.getProperty("os.version") + "\n- Load average (/proc/loadavg): at the start `"
        + loadAtStart + "`, at the end `" + loadAtEnd + "`; 1-minute figure between "
        + number(lowLoad, 2) + " and " + number(highLoad, 2) + " over the forks\n"
        + (sharedPasses > 0
            ? "- Shared JVM (`--shared-jvm`): each round runs the forks of one mode in one JVM"
                + " (`-Xms512m -Xmx512m -XX:+AlwaysPreTouch`, JMH's compiler hints and"
                + " blackholes): 3 × 0.5 s warmup of each, then " + sharedPasses + " passes in a"
                + " new random order, each fork 0.2 s warmup and 2 × 0.4 s measured, `-prof gc`;"
                + " a round's sample of a fork is its mean over the passes"
            : "- Forks: one per candidate and mode per round, in a new random order each round,"
                + " `-Xms512m -Xmx512m -XX:+AlwaysPreTouch`, 3 × 0.5 s warmup, 5 × 0.4 s"
                + " measured, `-prof gc`"
                + (quick ? " (smoke run: 2 × 0.3 s warmup, 2 × 0.3 s measured)" : ""))
        + "; per-call costs: " + (quick ? "1 fork" : "3 forks")
        + " each, 3 × 0.3 s warmup, 5 × 0.3 s\n"
        + "- Figures: computed per round from that round's forks; mean and 95% bootstrap"
        + " interval over the rounds; ⚠ marks a figure that moved beyond the error bars of both"
        + " runs against the last committed `figures.csv`\n"
        + (failed.isEmpty() ? "" : "- **" + failed.size() + " fork(s) failed**: see summary.md\n");
  }

  /** The Markdown table of the docs: one row per figure. */
  String table(List<Figure> paired, List<Figure> costs, Map<String, Interval> before) {
    StringBuilder md = new StringBuilder();
    md.append("| figure | goal | ns/op (95% interval) | × reference | B/op | verdict |\n")
        .append("|---|---|---:|---:|---:|---|\n");
    for (Figure figure : paired) {
      Comparison comparison = figure.comparison();
      md.append("| ").append(comparison.name()).append(moved(figure, before)).append(" | ")
          .append(comparison.goal() == null ? "" : comparison.goal().describe()).append(" | ")
          .append(signed(figure.nanos(), !comparison.absolute())).append(" | ")
          .append(figure.ratio().count() == 0 ? "" : ratio(figure.ratio())).append(" | ")
          .append(String.format(Locale.ROOT, "%+d", Math.round(figure.bytes().mean()))).append(" | ")
          .append(figure.verdict()).append(" |\n");
    }
    if (!costs.isEmpty()) {
      md.append("\n| per-call addition, alone | ns/op (95% interval) | B/op |\n")
          .append("|---|---:|---:|\n");
      for (Figure figure : costs) {
        md.append("| ").append(figure.comparison().name()).append(moved(figure, before))
            .append(" | ").append(signed(figure.nanos(), false)).append(" | ")
            .append(Math.round(figure.bytes().mean())).append(" |\n");
      }
    }
    return md.toString();
  }

  private static String moved(Figure figure, Map<String, Interval> before) {
    Interval last = before.get(figure.comparison().name());
    if (last == null || !figure.nanos().movedFrom(last)) {
      return "";
    }
    return String.format(Locale.ROOT, " ⚠ moved from %.1f [%.1f, %.1f]", last.mean(), last.low(),
        last.high());
  }

  private static String signed(Interval value, boolean difference) {
    String format = difference ? "%+.1f" : "%.2f";
    String mean = String.format(Locale.ROOT, format, value.mean());
    if (!value.known()) {
      return mean;
    }
    return mean + String.format(Locale.ROOT, " [" + format + ", " + format + "]", value.low(),
        value.high());
  }

  private static String ratio(Interval value) {
    String mean = String.format(Locale.ROOT, "%.3f×", value.mean());
    return value.known()
        ? mean + String.format(Locale.ROOT, " [%.3f, %.3f]", value.low(), value.high())
        : mean;
  }

  private static String number(double value, int decimals) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  private void updateDocs(Path docs, String table) throws IOException {
    if (!Files.exists(docs)) {
      System.out.println("no " + docs + ": the table is in summary.md only");
      return;
    }
    String page = Files.readString(docs, StandardCharsets.UTF_8);
    int begin = page.indexOf(BEGIN);
    int finish = page.indexOf(END);
    if (begin < 0 || finish < begin) {
      System.out.println(docs + " has no " + BEGIN + " … " + END + " markers: not updated");
      return;
    }
    String updated = page.substring(0, begin + BEGIN.length()) + "\n" + environment() + "\n"
        + table + page.substring(finish);
    Files.writeString(docs, updated, StandardCharsets.UTF_8);
    System.out.println("updated the table of " + docs);
  }
}
