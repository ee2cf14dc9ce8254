#!/usr/bin/env sh
# The start-up cost of tracing-spring: examples-spring (a Spring Boot application of some 240
# singleton beans, three of them traced) started N times with spanweave on and N times with
# spanweave.enabled=false, alternately, each run ending when the context is refreshed
# (spring.context.exit=onRefresh). Prints the CPU time (user + system) of every start and the
# medians; CPU time moves far less with the load of a shared machine than wall time.
# Usage: benchmarks/startup.sh [N]   (default 7)
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
runs="${1:-7}"
out=benchmarks/jmh/target/startup
mkdir -p "$out"
./mvnw -B -q package -DskipTests -Dmaven.source.skip=true -Dmaven.javadoc.skip=true \
  -pl examples-spring -am dependency:build-classpath -Dmdep.outputFile="$root/$out/classpath.txt"
cp="examples-spring/target/classes:$(cat "$out/classpath.txt")"
start() {
  /usr/bin/time -f "%U %S" -o "$out/time.txt" java -cp "$cp" -Dspring.context.exit=onRefresh \
    -Dserver.address=127.0.0.1 -Dserver.port=0 -Dmanagement.otlp.metrics.export.enabled=false \
    "$@" dev.spanweave.examples.spring.SocialApplication >/dev/null 2>&1 || true
  awk '{printf "%.2f\n", $1 + $2}' "$out/time.txt"
}
: > "$out/on.txt"
: > "$out/off.txt"
i=0
echo "load average before: $(cat /proc/loadavg)"
while [ "$i" -lt "$runs" ]; do
  on=$(start)
  off=$(start -Dspanweave.enabled=false)
  echo "$on" >> "$out/on.txt"
  echo "$off" >> "$out/off.txt"
  echo "start $((i + 1)): spanweave on ${on} s CPU, spanweave.enabled=false ${off} s CPU"
  i=$((i + 1))
done
echo "load average after: $(cat /proc/loadavg)"
median() { sort -n "$1" | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
on=$(median "$out/on.txt")
off=$(median "$out/off.txt")
awk -v on="$on" -v off="$off" 'BEGIN {printf "median CPU at refresh: on %.2f s, off %.2f s, difference %+.2f s (%+.1f%%)\n", on, off, on - off, 100 * (on - off) / off}'
