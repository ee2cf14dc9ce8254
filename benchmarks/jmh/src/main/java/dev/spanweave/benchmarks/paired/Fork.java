package dev.spanweave.benchmarks.paired;

/**
 * One JMH fork of the paired run: a benchmark method and, for greeter candidates, the tracing
 * mode.
 *
 * @param benchmark the fully qualified benchmark method
 * @param mode the value of the JMH parameter {@code mode}, null for benchmarks without it
 */
record Fork(String benchmark, String mode) {

  private static final String CANDIDATES = "dev.spanweave.benchmarks.";

  /** A greeter candidate by its report name ({@code spanweaveCtw}) in {@code mode}. */
  static Fork greeter(String candidate, String mode) {
    return new Fork(CANDIDATES + Character.toUpperCase(candidate.charAt(0))
        + candidate.substring(1) + "Benchmark.greet", mode);
  }

  /** JMH's include pattern matching this benchmark method only. */
  String include() {
    return "^" + benchmark.replace(".", "\\.") + "$";
  }

  /** Short name: {@code spanweaveCtw/sampled}, {@code PerCallCosts.renderingMark}. */
  String label() {
    String name = benchmark.startsWith(CANDIDATES) && benchmark.endsWith("Benchmark.greet")
        ? benchmark.substring(CANDIDATES.length(), benchmark.length() - "Benchmark.greet".length())
        : benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1)
            .replace("Benchmark.", ".");
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && !name.contains(".")) {
      name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
    return mode == null ? name : name + "/" + mode;
  }
}
