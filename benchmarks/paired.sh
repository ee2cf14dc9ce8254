#!/usr/bin/env sh
# The paired run: rounds of short forks, every candidate and its reference in each round, figures
# computed per round (see benchmarks/README.md). Writes benchmarks/results/paired/ (samples.csv,
# figures.csv, summary.md) and regenerates the table of docs/performance.md. About 14 minutes.
# Arguments go to the runner: --minutes M, --rounds N, --only REGEX, --quick (a smoke run that
# writes to benchmarks/jmh/target/paired-smoke and leaves the docs alone).
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -q -Pbenchmarks -pl benchmarks/jmh -am package -DskipTests
# The forks' -javaagent paths are relative to benchmarks/jmh.
cd benchmarks/jmh
java -cp "target/classes:$(cat target/classpath.txt)" \
  dev.spanweave.benchmarks.paired.PairedRun "$@"
