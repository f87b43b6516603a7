#!/usr/bin/env bash
# Runs each bench/*.ps1 workload (or those named) several times with a
# freshly built psh and prints the median wall time and the peak RSS.
#   bench/run.sh                 # all workloads, 5 runs each
#   RUNS=9 bench/run.sh startup  # one workload
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
bin=$(mktemp -d)/psh
# The release build: psh needs no cgo, and a static binary skips the
# dynamic loader (about 1 ms of every start-up; see README "Building").
CGO_ENABLED=0 go build -o "$bin" ./cmd/psh
export PSH_DIRECTORY=${PSH_DIRECTORY:-$(mktemp -d)/bench.db}
if [ $# -gt 0 ]; then names=("$@"); else names=(); for f in bench/*.ps1; do names+=("$(basename "$f" .ps1)"); done; fi
printf '%-28s %12s %12s\n' workload median_s peak_rss_MB
for name in "${names[@]}"; do
  f=bench/$name.ps1
  times=(); rss=0
  for _ in $(seq "$runs"); do
    TIMEFORMAT=%4R
    t=$( { time "$bin" -NoProfile -File "$f" >/dev/null 2>&1; } 2>&1 ) || true
    times+=("$t")
    /usr/bin/time -o "$bin.time" -f '%M' "$bin" -NoProfile -File "$f" >/dev/null 2>&1 || true
    m=$(tail -n 1 "$bin.time")
    [ "$m" -gt "$rss" ] && rss=$m
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-28s %12.4f %12.1f\n' "$name" "$median" "$(echo "$rss / 1024" | bc -l)"
done
