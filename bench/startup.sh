#!/usr/bin/env bash
# Headless start to the first 200 from /liveness, and idle RSS two seconds later (median of RUNS).
# Usage: bench/startup.sh [path-to-aistack]   (RUNS=5)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/bench/common.sh"
bin="$(aistack_binary "$root" "${1:-}")"
runs="${RUNS:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
printf 'name: Startup\nservice:\n  host: 127.0.0.1\n  port: %s\ndatabase:\n  sqlite:\n    db_path: %s/s.db\n' "$port" "$work" > "$work/c.yaml"

echo "run start_to_liveness_ms idle_rss_mb"
for r in $(seq "$runs"); do
    rm -f "$work"/s.db*
    t0="$(date +%s%N)"
    "$bin" --headless --config "$work/c.yaml" >/dev/null 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$port/liveness"; do sleep 0.002; done
    t1="$(date +%s%N)"
    sleep 2
    rss_kb="$(awk '/VmRSS/ {print $2}' /proc/$pid/status)"
    kill -TERM "$pid"; wait "$pid" || true
    awk -v r="$r" -v ms="$(( (t1 - t0) / 1000000 ))" -v kb="$rss_kb" 'BEGIN {printf "%d %d %.1f\n", r, ms, kb / 1024}'
done | tee "$work/runs"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median: $(awk '{print $2}' "$work/runs" | median) ms to first /liveness 200, $(awk '{print $3}' "$work/runs" | median) MB idle RSS"
