package dev.spanweave.benchmarks.paired;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * One round of the paired run's {@code --shared-jvm} design, in a JVM of its own: every fork given
 * (a candidate and its reference, all in one tracing mode) is warmed up, then measured in {@code
 * passes} short turns, in a new random order each pass, all in this one JVM.
 *
 * <p>Why: separate forks of one candidate move by 10–30% between them on a shared 2-CPU machine,
 * mostly by where the JIT compiler's luck of the fork puts the OpenTelemetry SDK's code, which
 * both candidates run. In one JVM they run the same compiled SDK, so that part of the scatter is
 * shared and cancels out of their ratio; what is left apart is their own code. The modes are never
 * mixed in one JVM: an unsampled-only JVM compiles the SDK's sampled branches away, as it would in
 * production.
 *
 * <p>Prints one line per fork, {@code sample <benchmark> <mode|-> <ns/op> <B/op>}, the means over
 * the passes. Started by {@link PairedRun} with the flags a JMH fork gets (see {@link #jvmArgs}).
 */
public final class SharedJvmRound {

  private SharedJvmRound() {}

  /**
   * The JVM options of a round's JVM: those of the paired run's forks (a fixed, pre-touched heap),
   * JMH's compiler hints and its compiler blackholes, which JMH gives a forked JVM itself and
   * cannot give the JVM it runs in.
   */
  static List<String> jvmArgs() {
    return List.of("-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch",
        "-XX:+UnlockDiagnosticVMOptions", "-XX:+UnlockExperimentalVMOptions",
        "-XX:CompileCommand=quiet",
        "-XX:CompileCommandFile=" + Path.of("target/classes/META-INF/CompilerHints").toAbsolutePath(),
        "-XX:CompileCommand=blackhole,org.openjdk.jmh.infra.Blackhole::consume",
        "-Djmh.blackhole.mode=COMPILER", "-Djmh.ignoreLock=true");
  }

  /** {@code PASSES SEED BENCHMARK:MODE...} (mode {@code -} for none). */
  public static void main(String[] args) throws RunnerException, IOException {
    int passes = Integer.parseInt(args[0]);
    Random order = new Random(Long.parseLong(args[1]));
    List<Fork> forks = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      String[] parts = args[i].split(":", 2);
      forks.add(new Fork(parts[0], parts[1].equals("-") ? null : parts[1]));
    }
    for (Fork fork : forks) {
      // every fork's code compiled before any is measured: 3 × 0.5 s, as a paired fork's warmup
      run(fork, 3, 500, 1);
    }
    Map<Fork, double[]> sums = new LinkedHashMap<>();
    for (int pass = 0; pass < passes; pass++) {
      Collections.shuffle(forks, order);
      for (Fork fork : forks) {
        double[] measured = run(fork, 1, 200, 2);
        double[] sum = sums.computeIfAbsent(fork, f -> new double[2]);
        sum[0] += measured[0];
        sum[1] += measured[1];
      }
    }
    for (Map.Entry<Fork, double[]> entry : sums.entrySet()) {
      Fork fork = entry.getKey();
      System.out.printf(java.util.Locale.ROOT, "sample %s %s %.4f %.2f%n", fork.benchmark(),
          fork.mode() == null ? "-" : fork.mode(), entry.getValue()[0] / passes,
          entry.getValue()[1] / passes);
    }
  }

  /** One turn of {@code fork} in this JVM: its ns/op and B/op. */
  private static double[] run(Fork fork, int warmups, int warmupMillis, int measurements)
      throws RunnerException {
    return fork.run(fork.options()
        .forks(0)
        .warmupIterations(warmups).warmupTime(TimeValue.milliseconds(warmupMillis))
        .measurementIterations(measurements).measurementTime(TimeValue.milliseconds(400)));
  }
}
