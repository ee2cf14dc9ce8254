#!/usr/bin/env bash
# The start-up cost of tracing-spring, in one command. Two applications:
#   examples-spring  a Spring Boot web application (some 240 singleton beans, three traced)
#   many-beans       benchmarks/startup: 300 generated beans of 12 methods, 3 of them traced
# each started in three variants: spanweave on, -Dspanweave.enabled=false (same class path),
# and without tracing-spring on the class path. A round starts every application in every variant
# once, in a new random order; every start ends when the context is refreshed
# (spring.context.exit=onRefresh). Differences are computed per round; the report gives medians,
# a 95% bootstrap interval of each difference and its ratio to the reference's CPU time, and the
# load average. CPU time (user + system) moves far less with a shared machine's load than wall time.
#
# Usage: benchmarks/startup.sh [--rounds N] [--minutes M] [--quick] [--jar NAME=PATH]... [--jars-only]
#   --rounds N       rounds to run (default 15)
#   --minutes M      stop starting rounds after M minutes of measuring (default 6)
#   --quick          2 rounds into benchmarks/startup/target/startup-smoke; the docs are left alone
#   --jar NAME=PATH  also start your own Spring Boot application, an executable jar that has
#                    tracing-spring (`java -jar PATH`), spanweave on and off, in the same rounds
#   --jars-only      start only the --jar applications
# Writes benchmarks/results/startup/{samples.csv,summary.md} and the table of
# docs/performance.md between its startup-results markers; with --jars-only, only
# benchmarks/results/startup-jars/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
rounds=15
minutes=6
quick=false
jars_only=false
declare -A jar
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --minutes) minutes="$2"; shift 2 ;;
    --quick) quick=true; rounds=2; shift ;;
    --jar)
      case "$2" in
        *=*) jar["${2%%=*}"]="$(realpath "${2#*=}")" ;;
        *) echo "--jar wants NAME=PATH, got: $2" >&2; exit 2 ;;
      esac
      [ -f "${jar[${2%%=*}]}" ] || { echo "no such jar: ${2#*=}" >&2; exit 2; }
      shift 2 ;;
    --jars-only) jars_only=true; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
if $jars_only && [ ${#jar[@]} -eq 0 ]; then
  echo "--jars-only needs at least one --jar NAME=PATH" >&2; exit 2
fi
if $quick; then
  out=benchmarks/startup/target/startup-smoke
elif $jars_only; then
  out=benchmarks/results/startup-jars
else
  out=benchmarks/results/startup
fi
mkdir -p "$out"
load_start="$(cat /proc/loadavg)"
echo "load average at start: $load_start"

skip=(-DskipTests -Dmaven.source.skip=true -Dmaven.javadoc.skip=true)
work=benchmarks/startup/target
# benchmarks/startup holds the report, which --jars-only needs too
$jars_only || ./mvnw -B -q package "${skip[@]}" -pl examples-spring -am dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$root/$work/examples-spring.classpath"
./mvnw -B -q package "${skip[@]}" -Pbenchmarks -pl benchmarks/startup -am

without_spring() { tr ':' '\n' | grep -v '/tracing-spring[-/]' | paste -sd: -; }
declare -A cp main
$jars_only ||
  cp[examples-spring]="examples-spring/target/classes:$(cat "$work/examples-spring.classpath")"
main[examples-spring]=dev.spanweave.examples.spring.SocialApplication
cp[many-beans]="$work/classes:$(cat "$work/classpath.txt")"
main[many-beans]=dev.spanweave.benchmarks.startup.ManyBeansApplication

# one start; prints "cpu wall"
start() {
  local app="$1" variant="$2" flags=() launch=()
  if [ -n "${jar[$app]:-}" ]; then
    launch=(-jar "${jar[$app]}")
  else
    local classpath="${cp[$app]}"
    [ "$variant" = absent ] && classpath="$(printf '%s' "$classpath" | without_spring)"
    launch=(-cp "$classpath" "${main[$app]}")
  fi
  [ "$variant" = off ] && flags=(-Dspanweave.enabled=false)
  if ! /usr/bin/time -f "%U %S %e" -o "$work/time.txt" timeout 120 java \
      -Dspring.context.exit=onRefresh -Dserver.address=127.0.0.1 -Dserver.port=0 \
      -Dmanagement.otlp.metrics.export.enabled=false "${flags[@]}" "${launch[@]}" \
      >"$work/start.log" 2>&1; then
    echo "start of $app ($variant) failed:" >&2
    tail -20 "$work/start.log" >&2
    exit 1
  fi
  awk '{printf "%.3f %.3f\n", $1 + $2, $3}' "$work/time.txt"
}

# before timing: spanweave proxies the traced beans when on, and nothing when off or absent
$jars_only ||
for variant in on off absent; do
  classpath="${cp[many-beans]}"
  flags=()
  [ "$variant" = off ] && flags=(-Dspanweave.enabled=false)
  [ "$variant" = absent ] && classpath="$(printf '%s' "$classpath" | without_spring)"
  seen=$(java -cp "$classpath" -Dspring.context.exit=onRefresh -Dstartup.check=true "${flags[@]}" \
    "${main[many-beans]}" 2>&1 | grep '\[startup check\]' || true)
  echo "check, $variant: ${seen:-no output}"
  case "$variant:$seen" in
    on:*"proxied: 0"|off:*"proxied: "[1-9]*|absent:*"proxied: "[1-9]*|*:)
      echo "the check failed: spanweave did not proxy as expected" >&2; exit 1 ;;
  esac
done

apps="examples-spring many-beans"
$jars_only && apps=""
apps="$apps ${!jar[*]}"
echo "round,app,variant,cpu_s,wall_s,load1" > "$out/samples.csv"
deadline=$(( $(date +%s) + minutes * 60 ))
round=1
while [ "$round" -le "$rounds" ] && [ "$(date +%s)" -lt "$deadline" ]; do
  for app in $apps; do
    variants='on\noff\nabsent\n'
    [ -n "${jar[$app]:-}" ] && variants='on\noff\n'
    for variant in $(printf "$variants" | shuf); do
      load1=$(cut -d' ' -f1 /proc/loadavg)
      read -r cpu wall < <(start "$app" "$variant")
      echo "$round,$app,$variant,$cpu,$wall,$load1" >> "$out/samples.csv"
      echo "round $round: $app $variant ${cpu} s CPU, ${wall} s wall (load $load1)"
    done
  done
  round=$((round + 1))
done
load_end="$(cat /proc/loadavg)"
echo "load average at end: $load_end"

header="- Run: $(date -u '+%Y-%m-%d %H:%M') UTC, $((round - 1)) rounds, \`benchmarks/startup.sh\`
- JVM: $(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.vm.name/ {n=$2} /java.runtime.version/ {v=$2} END {print n " " v}'), $(nproc) CPUs
- Load average (/proc/loadavg): at the start \`$load_start\`, at the end \`$load_end\`
- Each start ends when the context is refreshed; CPU is user + system time of the JVM"
doc=()
$quick || $jars_only || doc=(docs/performance.md)
java -cp "$work/classes" dev.spanweave.benchmarks.startup.StartupReport "$out/samples.csv" "$out" \
  "$header" "${doc[@]}"
