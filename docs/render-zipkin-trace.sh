#!/usr/bin/env bash
# Renders one two-service trace in Zipkin's own web UI with headless Chromium and saves it as
# docs/zipkin-trace.png (shown in docs/backends.md). Not part of CI.
#
# Needs: a JDK 17 and Debian's chromium package (apt-get install chromium).
# Runs the backends demo with -Dzipkin.keep=true, screenshots the trace of the request whose
# notification store fails (user u-2), then stops the demo and Zipkin.
set -euo pipefail
cd "$(dirname "$0")/.."

browser=$(command -v chromium || command -v chromium-browser || true)
[[ -n "$browser" ]] || { echo "needs headless Chromium: apt-get install chromium" >&2; exit 1; }

out=$(mktemp -d)
profile=$(mktemp -d)
demo_pid=
cleanup() {
  if [[ -n "$demo_pid" ]] && kill -0 "$demo_pid" 2>/dev/null; then
    # Maven, the demo and Zipkin: the demo's shutdown hook stops Zipkin
    kill -- "-$demo_pid" 2>/dev/null || kill "$demo_pid"
    wait "$demo_pid" 2>/dev/null || true
  fi
  rm -rf "$out" "$profile"
}
trap cleanup EXIT

# own process group, so that cleanup stops Maven and every JVM it started
setsid ./mvnw -q -Pbackends-demo package -pl examples-backends -am -Dzipkin.keep=true \
  > "$out/demo.log" 2>&1 &
demo_pid=$!

# the demo prints every trace's URL, then says it keeps Zipkin running
for _ in $(seq 1 600); do
  grep -q 'Zipkin keeps running' "$out/demo.log" && break
  kill -0 "$demo_pid" 2>/dev/null || { cat "$out/demo.log" >&2; exit 1; }
  sleep 1
done
url=$(grep -o 'user u-2: zipkin trace http[^ ]*' "$out/demo.log" | awk '{print $NF}' || true)
[[ -n "$url" ]] || { cat "$out/demo.log" >&2; echo "the demo printed no trace URL" >&2; exit 1; }
echo "rendering $url"

"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1400,900 \
  --virtual-time-budget=15000 --screenshot="$PWD/docs/zipkin-trace.png" "$url" \
  > "$out/chromium.log" 2>&1 || { cat "$out/chromium.log" >&2; exit 1; }
echo "saved docs/zipkin-trace.png"
