package dev.spanweave.benchmarks.paired;

import dev.spanweave.benchmarks.paired.Comparison.Goal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The paired run: rounds of short JMH forks, one fork per candidate and mode in each round, in a
 * new random order every round, so that a candidate and its reference always run minutes apart at
 * most and under the same load. Every figure (a ratio, a difference) is computed per round from
 * that round's forks; its mean and 95% bootstrap interval over the rounds are what the report and
 * the table show. Slow phases of a shared machine move both forks of a round, and cancel out.
 * Rounds stop when another would end after {@code --minutes} (12 by default); the per-call costs
 * and the build take about two more.
 *
 * <p>With {@code --shared-jvm}, a round runs the forks of each tracing mode in one JVM instead
 * (see {@link SharedJvmRound}): {@code --passes P} short turns of each, alternated in a random
 * order, and their means are that round's samples.
 *
 * <p>Usage: {@code PairedRun [--minutes M] [--rounds N] [--only REGEX] [--shared-jvm [--passes P]]
 * [--quick] [--results DIR] [--docs FILE]}; run from {@code benchmarks/jmh} (the forks' agent
 * paths are relative to it).
 */
public final class PairedRun {

  static final String SAMPLED = "sampled";
  static final String UNSAMPLED = "unsampled";
  static final String OFF = "off";

  /**
   * The figures of the run. A new candidate adds a line here: {@code Comparison.of(candidate,
   * reference, mode, goal)}, with names as in the report (the class name without Benchmark).
   */
  static final List<Comparison> FIGURES = List.of(
      Comparison.of("spanweaveCtw", "handWritten", SAMPLED, Goal.ratio(1.05)),
      Comparison.of("spanweaveCtw", "handWritten", UNSAMPLED, Goal.nanos(5)),
      Comparison.of("spanweaveCtw", "baseline", OFF, Goal.nanos(1)),
      Comparison.of("spanweaveCtwLogCorrelation", "spanweaveCtw", SAMPLED, Goal.nanosOnly(30)),
      Comparison.of("spanweaveCtwLogCorrelation", "spanweaveCtw", UNSAMPLED, Goal.nanosOnly(30)),
      // issue 18: with spanweave's Logback provider the MDC answers the ids when read
      Comparison.of("spanweaveCtwLogCorrelationReadTime", "spanweaveCtw", SAMPLED, Goal.nanos(30)),
      Comparison.of("spanweaveCtwLogCorrelationReadTime", "spanweaveCtw", UNSAMPLED,
          Goal.nanos(30)),
      timer(SAMPLED),
      timer(UNSAMPLED),
      Comparison.of("spanweaveSpringAop", "spanweaveCtw", SAMPLED, Goal.nanos(30)),
      Comparison.of("spanweaveSpringAop", "spanweaveCtw", UNSAMPLED, Goal.nanos(30)),
      interceptor(SAMPLED),
      interceptor(UNSAMPLED),
      Comparison.of("spanweaveCtwRedacted", "spanweaveCtw", SAMPLED, null),
      // issue 21: an attribute read through a path costs the getter calls and nothing else
      Comparison.of("spanweaveCtwGetterPath", "spanweaveCtw", SAMPLED, Goal.nanosOnly(5)),
      Comparison.of("spanweaveCtwTwoStepPath", "spanweaveCtw", SAMPLED, Goal.nanosOnly(5)));

  /**
   * The candidates that can share a JVM: each sets every global spanweave setting it depends on
   * when it is set up (spanweaveCtw switches the timer off that spanweaveCtwTimer switches on), and
   * none needs a JVM option of its own.
   */
  static final java.util.Set<String> SHARED_JVM_CANDIDATES = java.util.Set.of("spanweaveCtw",
      "handWritten", "handWrittenSemconv", "baseline", "spanweaveCtwTimer", "handWrittenTimed");

  /** What each per-call addition costs alone, by name: measured once per run, not paired. */
  static final List<Comparison> PER_CALL = List.of(
      perCall("renderingCheck", "the reentrancy check of every traced call"),
      perCall("renderingMark", "the reentrancy check and the mark around recording the values"),
      perCall("observerHooks", "the observer's volatile read and its three empty hooks"),
      perCall("timedCall",
          "a timed synchronous call's start time, held by the adapter (timer aside)"),
      perCall("timedCallOnThread",
          "the same kept on the thread (classes woven with the earlier protocol)"),
      perCall("observedTimedCall", "the same through the observer of MDC, logged arguments, async"),
      perCall("stringCap", "the length cap of a String attribute"),
      perCall("toStringValue", "a toString() value, capped, of a type known only at run time"),
      perCall("plainToStringValue",
          "a toString() value, capped, of the parameter's own class (no type tests)"),
      perCall("redactedValue", "a redacted value"),
      perCall("plainContext", "the context a hand-written call runs in, parent.with(span)"),
      perCall("spanContext", "the same by spanweave, no bridged API's key registered"),
      perCall("spanContextBridged",
          "the same with Micrometer Tracing's key registered (tracing-spring), not found"),
      perCall("stackRoomProbe", "the stack-room probe (failure path only)"));

  private static Comparison timer(String mode) {
    return new Comparison("timer: (spanweaveCtwTimer − spanweaveCtw) − (handWrittenTimed − "
        + "handWritten), " + mode,
        Fork.greeter("spanweaveCtwTimer", mode), Fork.greeter("spanweaveCtw", mode),
        Fork.greeter("handWrittenTimed", mode), Fork.greeter("handWritten", mode),
        Goal.nanosOnly(10));
  }

  /** The interceptor's own cost: above Spring's pass-through proxy, against the woven advice's. */
  private static Comparison interceptor(String mode) {
    return new Comparison("interceptor: (spanweaveSpringAop − springProxy) − (spanweaveCtw − "
        + "baseline), " + mode,
        Fork.greeter("spanweaveSpringAop", mode), Fork.greeter("springProxy", mode),
        // the untraced method costs the same in every mode: one fork of it serves all
        Fork.greeter("spanweaveCtw", mode), Fork.greeter("baseline", OFF), Goal.nanos(30));
  }

  private static Comparison perCall(String method, String what) {
    return Comparison.alone(method + ": " + what,
        new Fork("dev.spanweave.internal.PerCallCostsBenchmark." + method, null));
  }

  private final Settings settings;

  private PairedRun(Settings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.parse(args);
    new PairedRun(settings).run();
  }

  private void run() throws RunnerException, IOException {
    Pattern only = settings.only();
    List<Comparison> figures = FIGURES.stream()
        .filter(figure -> only == null || only.matcher(figure.name()).find()).toList();
    List<Fork> forks = new ArrayList<>(figures.stream().flatMap(Comparison::forks)
        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    if (settings.sharedJvm()) {
      List<String> unsafe = forks.stream().map(Fork::label)
          .filter(label -> !SHARED_JVM_CANDIDATES.contains(label.substring(0, label.indexOf('/') < 0
              ? label.length() : label.indexOf('/'))))
          .toList();
      if (!unsafe.isEmpty()) {
        throw new IllegalArgumentException("--shared-jvm: " + unsafe + " change global settings"
            + " that would carry over to the next candidate in the JVM; choose figures with --only"
            + " among " + SHARED_JVM_CANDIDATES);
      }
    }
    String loadAtStart = Load.now();
    Instant start = Instant.now();
    Instant deadline = start.plus(settings.budget());
    List<Sample> samples = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    Random order = new Random(7);
    Duration longestRound = Duration.ZERO;
    for (int round = 1; round <= settings.rounds(); round++) {
      Instant roundStart = Instant.now();
      if (round > 2 && roundStart.plus(longestRound).isAfter(deadline)) {
        break;
      }
      Collections.shuffle(forks, order);
      if (settings.sharedJvm()) {
        for (List<Fork> group : byMode(forks)) {
          measureSharedOrSkip(group, round, order.nextLong(), samples, failed);
        }
      } else {
        for (Fork fork : forks) {
          measureOrSkip(fork, round, settings.quick() ? 1 : 0, samples, failed);
        }
      }
      Duration took = Duration.between(roundStart, Instant.now());
      longestRound = took.compareTo(longestRound) > 0 ? took : longestRound;
      System.out.printf("[paired] round %d: %d forks in %d s%n", round, forks.size(),
          took.toSeconds());
    }
    List<Comparison> perCall = only == null ? PER_CALL : PER_CALL.stream()
        .filter(figure -> only.matcher(figure.name()).find()).toList();
    for (int repeat = 1; repeat <= (settings.quick() ? 1 : 3); repeat++) {
      for (Comparison figure : perCall) {
        measureOrSkip(figure.candidate(), repeat, 2, samples, failed);
      }
    }
    String loadAtEnd = Load.now();
    PairedReport report = new PairedReport(figures, perCall, samples, start, Instant.now(),
        loadAtStart, loadAtEnd, settings.quick(), failed,
        settings.sharedJvm() ? settings.passes() : 0);
    report.write(settings.results(), settings.docs());
  }

  /** The forks by tracing mode, in the order the modes first appear in {@code forks}. */
  private static Collection<List<Fork>> byMode(List<Fork> forks) {
    Map<String, List<Fork>> groups = new LinkedHashMap<>();
    for (Fork fork : forks) {
      groups.computeIfAbsent(String.valueOf(fork.mode()), mode -> new ArrayList<>()).add(fork);
    }
    return groups.values();
  }

  /** Runs one shared-JVM round of {@code group} (one mode); a failure costs that round only. */
  private void measureSharedOrSkip(List<Fork> group, int round, long seed, List<Sample> samples,
      List<String> failed) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(SharedJvmRound.jvmArgs());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        SharedJvmRound.class.getName(), String.valueOf(settings.passes()), String.valueOf(seed)));
    for (Fork fork : group) {
      command.add(fork.benchmark() + ":" + (fork.mode() == null ? "-" : fork.mode()));
    }
    String label = group.stream().map(Fork::label).collect(java.util.stream.Collectors.joining(", "));
    try {
      double loadBefore = Load.oneMinute();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      List<String> lines = new ArrayList<>();
      try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(
          process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
        for (String line; (line = output.readLine()) != null; ) {
          lines.add(line);
        }
      }
      int exit = process.waitFor();
      double loadAfter = Load.oneMinute();
      List<Sample> measured = new ArrayList<>();
      for (String line : lines) {
        String[] cells = line.split(" ");
        if (cells.length == 5 && cells[0].equals("sample")) {
          Fork fork = new Fork(cells[1], cells[2].equals("-") ? null : cells[2]);
          measured.add(new Sample(fork, round, Double.parseDouble(cells[3]),
              Double.parseDouble(cells[4]), loadBefore, loadAfter));
        }
      }
      if (exit != 0 || measured.size() != group.size()) {
        throw new IllegalStateException("exit " + exit + ", " + measured.size() + " of "
            + group.size() + " samples; its output ends: "
            + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
      }
      for (Sample sample : measured) {
        System.out.printf("[paired] round %d %-40s %10.2f ns/op %8.1f B/op  load %.2f → %.2f"
            + " (shared JVM)%n", round, sample.fork().label(), sample.nanos(), sample.bytes(),
            loadBefore, loadAfter);
      }
      samples.addAll(measured);
    } catch (IOException | RuntimeException failure) {
      String what = "round " + round + " " + label + " (shared JVM): " + failure;
      failed.add(what);
      System.out.println("[paired] FAILED " + what);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  /**
   * A fork that fails (its sanity check, a candidate that does not build) costs its figures that
   * round, not the run: the report lists it.
   */
  private void measureOrSkip(Fork fork, int round, int shape, List<Sample> samples,
      List<String> failed) {
    try {
      samples.add(measure(fork, round, shape));
    } catch (RunnerException | RuntimeException failure) {
      String what = "round " + round + " " + fork.label() + ": " + failure;
      failed.add(what);
      System.out.println("[paired] FAILED " + what);
    }
  }

  /**
   * Runs {@code fork} once. Shape 0: the paired forks (3 × 0.5 s warmup, 5 × 0.4 s measured);
   * 1: a smoke run; 2: a per-call microbenchmark (short: its code is tiny).
   */
  private Sample measure(Fork fork, int round, int shape) throws RunnerException {
    ChainedOptionsBuilder options = fork.options()
        .forks(1)
        // A fixed, pre-touched heap (see run.sh); half a gigabyte pre-touches in a fraction of
        // the time of the full run's two and is far more than a greeter call ever uses.
        .jvmArgsPrepend("-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch");
    switch (shape) {
      case 1 -> options.warmupIterations(2).warmupTime(TimeValue.milliseconds(300))
          .measurementIterations(2).measurementTime(TimeValue.milliseconds(300));
      case 2 -> options.warmupIterations(3).warmupTime(TimeValue.milliseconds(300))
          .measurementIterations(5).measurementTime(TimeValue.milliseconds(300));
      default -> options.warmupIterations(3).warmupTime(TimeValue.milliseconds(500))
          .measurementIterations(5).measurementTime(TimeValue.milliseconds(400));
    }
    double loadBefore = Load.oneMinute();
    double[] measured = fork.run(options);
    double loadAfter = Load.oneMinute();
    double nanos = measured[0];
    double bytes = measured[1];
    System.out.printf("[paired] round %d %-40s %10.2f ns/op %8.1f B/op  load %.2f → %.2f%n",
        round, fork.label(), nanos, bytes, loadBefore, loadAfter);
    return new Sample(fork, round, nanos, bytes, loadBefore, loadAfter);
  }

  /** The command line. */
  record Settings(Duration budget, int rounds, Pattern only, boolean quick, Path results,
      Path docs, boolean sharedJvm, int passes) {

    static Settings parse(String[] args) {
      Map<String, String> given = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i++) {
        String key = args[i];
        if (key.equals("--quick") || key.equals("--shared-jvm")) {
          given.put(key, "true");
        } else if (i + 1 < args.length) {
          given.put(key, args[++i]);
        } else {
          throw new IllegalArgumentException("no value for " + key);
        }
      }
      boolean quick = given.containsKey("--quick");
      return new Settings(
          Duration.ofSeconds((long) (60 * Double.parseDouble(
              given.getOrDefault("--minutes", quick ? "1" : "12")))),
          Integer.parseInt(given.getOrDefault("--rounds", quick ? "2" : "40")),
          given.containsKey("--only") ? Pattern.compile(given.get("--only")) : null,
          quick,
          // a smoke run writes where nothing is committed; it and a run of some figures only
          // (--only) leave the docs' table of all figures alone unless told --docs
          Path.of(given.getOrDefault("--results",
              quick ? "target/paired-smoke" : "../results/paired")),
          given.containsKey("--docs") || !quick && !given.containsKey("--only")
              ? Path.of(given.getOrDefault("--docs", "../../docs/performance.md")) : null,
          given.containsKey("--shared-jvm"),
          Integer.parseInt(given.getOrDefault("--passes", quick ? "2" : "6")));
    }
  }

  /** The machine's load average, from /proc/loadavg (Linux); NaN / "unknown" elsewhere. */
  static final class Load {
    private Load() {}

    static String now() {
      try {
        return Files.readString(Path.of("/proc/loadavg")).trim();
      } catch (IOException | RuntimeException unknown) {
        return "unknown";
      }
    }

    static double oneMinute() {
      try {
        return Double.parseDouble(now().split(" ")[0]);
      } catch (RuntimeException unknown) {
        return Double.NaN;
      }
    }
  }
}
