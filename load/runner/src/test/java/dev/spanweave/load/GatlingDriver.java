package dev.spanweave.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The main of the one Gatling JVM a load run keeps for all its phases: it reads one phase per line
 * on standard input, runs it in-process and prints {@link #DONE} with Gatling's exit code. A JVM per
 * phase would start cold every time, and its class loading and JIT compilation would compete for
 * the CPUs with the service during the measured injection; here Gatling's code stays compiled from
 * the first warm-up to the last round.
 *
 * <p>A line is tab-separated: the simulation class, the results folder, the run description, then
 * {@code key=value} system properties that the simulation reads when it is instantiated.
 */
public final class GatlingDriver {

  /** The line the driver prints once a phase has ended and its report is written. */
  static final String DONE = "[gatling-driver] done, exit code ";

  private GatlingDriver() {}

  public static void main(String[] args) throws Exception {
    BufferedReader commands =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = commands.readLine(); line != null; line = commands.readLine()) {
      String[] fields = line.split("\t");
      for (int i = 3; i < fields.length; i++) {
        int eq = fields[i].indexOf('=');
        System.setProperty(fields[i].substring(0, eq), fields[i].substring(eq + 1));
      }
      int exit;
      try {
        // Gatling 3.14's launcher: main() is fromArgs() followed by System.exit
        exit = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {"--simulation", fields[0],
            "--results-folder", fields[1], "--run-description", fields[2]});
      } catch (RuntimeException e) {
        e.printStackTrace(System.out);
        exit = -1;
      }
      System.out.println(DONE + exit);
      System.out.flush();
    }
  }
}
