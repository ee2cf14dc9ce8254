package dev.spanweave.benchmarks;

import org.openjdk.jmh.annotations.Param;

/** A candidate whose three modes run in the same kind of JVM: the mode is a JMH parameter. */
public abstract class InProcessBenchmark extends CandidateBenchmark {

  @Param({"sampled", "unsampled", "off"})
  public String mode;

  @Override
  protected TracingMode mode() {
    return TracingMode.valueOf(mode);
  }
}
