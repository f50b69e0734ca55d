#!/usr/bin/env bash
# A 200 MB upload against the 32 MiB default body limit: time to the 413 and the server's RSS
# before and after (the body must be refused before it is read, with no memory growth).
# Usage: bench/upload.sh [path-to-aistack]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/bench/common.sh"
bin="$(aistack_binary "$root" "${1:-}")"
work="$(mktemp -d)"
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
printf 'service:\n  host: 127.0.0.1\ndatabase:\n  sqlite:\n    db_path: %s/u.db\n' "$work" > "$work/c.yaml"
LOG_LEVEL=WARNING "$bin" --headless --config "$work/c.yaml" --port 0 >"$work/out" 2>/dev/null &
pid=$!
for _ in $(seq 100); do grep -q "listening on" "$work/out" 2>/dev/null && break; sleep 0.05; done
url="$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$work/out")"
truncate -s 200M "$work/big.bin"
rss() { awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$pid/status"; }
echo "RSS before: $(rss) MB"
for i in 1 2 3; do
    curl -s -o /dev/null -H "Expect:" -H "Content-Type: application/octet-stream" -T "$work/big.bin" -X POST \
        -w "upload $i: HTTP %{http_code} after %{time_total} s, %{size_upload} bytes sent\n" "$url/v1/query" || true
done
echo "RSS after: $(rss) MB"
