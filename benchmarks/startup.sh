#!/usr/bin/env bash
# The start-up cost of tracing-spring, in one command. Two applications:
#   examples-spring  a Spring Boot web application (some 240 singleton beans, three traced)
#   many-beans       benchmarks/startup: 300 generated beans of 12 methods, 3 of them traced
# each started in three variants: spanweave on, -Dspanweave.enabled=false (same class path),
# and without tracing-spring on the class path. A round starts every application in every variant
# once, in a new random order; every start ends when Boot logs "Started … in … seconds", and the
# JVM's CPU time by then is read from /proc, with the share of its main thread, its JIT compiler
# threads and its garbage collector. Differences are computed per round; the report gives medians,
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

# one start, ended when Boot logs "Started …": what the JVM has used by then (its CPU, that of its
# main thread, of the JIT compiler threads and of the garbage collector's threads, in seconds) and
# the wall time, as "cpu wall main jit gc". Read from /proc while the JVM runs, so the figures are
# those at "Started", shutdown excluded.
started_line='Started [^ ]+ in [0-9.]+ seconds'
tick=$(getconf CLK_TCK)
start() {
  local app="$1" variant="$2" flags=() launch=() log="$work/start.log"
  if [ -n "${jar[$app]:-}" ]; then
    launch=(-jar "${jar[$app]}")
  else
    local classpath="${cp[$app]}"
    [ "$variant" = absent ] && classpath="$(printf '%s' "$classpath" | without_spring)"
    launch=(-cp "$classpath" "${main[$app]}")
  fi
  [ "$variant" = off ] && flags=(-Dspanweave.enabled=false)
  local t0 pid
  t0=${EPOCHREALTIME/./}
  # keep-alive: an application without a web server would otherwise end as soon as it has started
  java -Dspring.main.keep-alive=true -Dserver.address=127.0.0.1 -Dserver.port=0 \
    -Dmanagement.otlp.metrics.export.enabled=false "${flags[@]}" "${launch[@]}" >"$log" 2>&1 &
  pid=$!
  until grep -q -E "$started_line" "$log"; do
    if ! kill -0 "$pid" 2>/dev/null || [ $(( ${EPOCHREALTIME/./} - t0 )) -gt 120000000 ]; then
      kill -9 "$pid" 2>/dev/null || true
      echo "start of $app ($variant) failed (no \"Started … in … seconds\" line within 120 s):" >&2
      tail -20 "$log" >&2
      exit 1
    fi
    sleep 0.02
  done
  local wall=$(( ${EPOCHREALTIME/./} - t0 ))
  # the process's own line counts every thread, ended ones too; a thread's line counts only it
  local stat task name main=0 jit=0 gc=0 cpu
  for task in /proc/"$pid"/task/*; do
    name=$(cat "$task/comm" 2>/dev/null) || continue
    stat=$(sed 's/^.*) //' "$task/stat" 2>/dev/null) || continue
    ticks=$(awk '{print $12 + $13}' <<<"$stat")
    case "$name" in
      java) main=$((main + ticks)) ;;
      C1\ CompilerThre*|C2\ CompilerThre*) jit=$((jit + ticks)) ;;
      GC\ Thread*|G1\ *) gc=$((gc + ticks)) ;;
    esac
  done
  # after the threads, so that the threads still running cannot have used more than the whole
  stat=$(sed 's/^.*) //' "/proc/$pid/stat") || { echo "$app ($variant) ended after starting" >&2; exit 1; }
  cpu=$(awk '{print $12 + $13}' <<<"$stat")
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  awk -v cpu="$cpu" -v wall="$wall" -v main="$main" -v jit="$jit" -v gc="$gc" -v tick="$tick" \
    'BEGIN {printf "%.3f %.3f %.3f %.3f %.3f\n", cpu / tick, wall / 1e6, main / tick, jit / tick, gc / tick}'
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
echo "round,app,variant,cpu_s,wall_s,load1,main_s,jit_s,gc_s" > "$out/samples.csv"
deadline=$(( $(date +%s) + minutes * 60 ))
round=1
while [ "$round" -le "$rounds" ] && [ "$(date +%s)" -lt "$deadline" ]; do
  for app in $apps; do
    variants='on\noff\nabsent\n'
    [ -n "${jar[$app]:-}" ] && variants='on\noff\n'
    for variant in $(printf "$variants" | shuf); do
      load1=$(cut -d' ' -f1 /proc/loadavg)
      read -r cpu wall main_cpu jit gc < <(start "$app" "$variant")
      [ -n "${gc:-}" ] || exit 1 # start() said why
      echo "$round,$app,$variant,$cpu,$wall,$load1,$main_cpu,$jit,$gc" >> "$out/samples.csv"
      echo "round $round: $app $variant ${cpu} s CPU (main thread $main_cpu, JIT $jit, GC $gc), ${wall} s wall (load $load1)"
    done
  done
  round=$((round + 1))
done
load_end="$(cat /proc/loadavg)"
echo "load average at end: $load_end"

header="- Run: $(date -u '+%Y-%m-%d %H:%M') UTC, $((round - 1)) rounds, \`benchmarks/startup.sh\`
- JVM: $(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.vm.name/ {n=$2} /java.runtime.version/ {v=$2} END {print n " " v}'), $(nproc) CPUs
- Load average (/proc/loadavg): at the start \`$load_start\`, at the end \`$load_end\`
- Each start ends when Boot logs \`Started … in … seconds\`; CPU is user + system time of the JVM by then, read from \`/proc\` (whole process, and per thread: the main thread, the JIT's compiler threads, the garbage collector's)"
doc=()
$quick || $jars_only || doc=(docs/performance.md)
java -cp "$work/classes" dev.spanweave.benchmarks.startup.StartupReport "$out/samples.csv" "$out" \
  "$header" "${doc[@]}"
