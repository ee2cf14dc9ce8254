#!/usr/bin/env sh
# Builds the benchmarks, runs them and writes the results to benchmarks/results/:
#   jmh-result.json (JMH's own), summary.md, summary.csv and chart.svg.
# Extra arguments go to JMH, e.g.  benchmarks/run.sh 'SpanweaveCtw|HandWritten' -p mode=sampled
# Run from anywhere; needs only a JDK 17+ (Maven comes from the wrapper).
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -q -Pbenchmarks -pl benchmarks/jmh -am package -DskipTests
mkdir -p benchmarks/results
# The forks' -javaagent paths are relative to benchmarks/jmh.
cd benchmarks/jmh
cp="target/classes:$(cat target/classpath.txt)"
# A fixed, pre-touched heap: with the JVM's default heap about one fork in ten ran some 10 ns
# slower, which decided close verdicts; with this heap none did in 12 forks.
# The per-call cost microbenchmarks belong to the paired run (paired.sh), not to this table.
java -cp "$cp" org.openjdk.jmh.Main -foe true -prof gc -e 'PerCallCostsBenchmark' \
  -jvmArgsPrepend "-Xms2g -Xmx2g -XX:+AlwaysPreTouch" \
  -rf json -rff ../results/jmh-result.json "$@"
java -cp "$cp" dev.spanweave.benchmarks.report.Report ../results/jmh-result.json ../results
