#!/usr/bin/env bash
# KISS API figures against `aistack --headless` (SQLite sessions, embedded store, built-in embedder, no model):
#   1. N authenticated WebSocket connections held open (default 1000) and the server's RSS;
#   2. WS query round trips with the extractive answer over a 1,000-chunk collection: 32 clients back to back
#      (saturation), one client, and 32 clients at RATE queries/s each (a steady load);
#   3. POST /auth (a new temporary session each) with wrk and bench/kiss/auth.lua, 64 connections.
# Usage: bench/kiss.sh [build-dir]   (CONNECTIONS=1000 CLIENTS=32 QUERIES=5000 RATE=20 DURATION=10s ROUNDS=3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build-test}"
command -v wrk >/dev/null || { echo "needs: apt-get install wrk" >&2; exit 2; }
cmake --build "$build" --target aistack aistack_kissbench >/dev/null
bin="$build/app/aistack"
bench="$build/bench/kiss/aistack_kissbench"
ulimit -n 65536 2>/dev/null || ulimit -n 4096
work="$(mktemp -d)"
app_pid=""
trap '[ -n "$app_pid" ] && kill $app_pid 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"' EXIT

start() { # starts the server on a fresh data folder
    rm -rf "$work/data" && mkdir -p "$work/data"
    cat > "$work/data/aistack.yaml" <<YAML
name: KISS bench
service:
  host: 127.0.0.1
database:
  sqlite:
    db_path: sessions.db
stack:
  tools:
    - name: documents
      role: Answer questions about the stored documents
      kind: rag
      depth: 4
  vector_db:
    provider: embedded
    kind: storage
    path: vectors.db
YAML
    HOME="$work/data" XDG_DATA_HOME="$work/data/xdg" AISTACK_WORD_VECTORS="$build/share/aistack/word-vectors.aiwv" \
        LOG_LEVEL=WARNING "$bin" --headless --config "$work/data/aistack.yaml" --port 0 >"$work/out" 2>"$work/err" &
    app_pid=$!
    for _ in $(seq 200); do grep -q "listening on" "$work/out" 2>/dev/null && break; sleep 0.05; done
    port="$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/out")"
}
stop() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

echo "== ${CONNECTIONS:-1000} WebSocket connections held open"
start
"$bench" connections "$port" "$app_pid" "${CONNECTIONS:-1000}"
stop

echo "== WS query round trip, extractive answer, ${CLIENTS:-32} clients"
start
"$bench" query "$port" "${CLIENTS:-32}" "${QUERIES:-5000}"
"$bench" query "$port" 1 500
"$bench" query "$port" "${CLIENTS:-32}" "${QUERIES:-5000}" "${RATE:-20}"
chunks="$(/usr/bin/python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from rag_chunks").fetchone()[0])' "$work/data/vectors.db")"
echo "collection size: $chunks chunks"
stop

echo "== POST /auth (new temporary session), wrk -t2 -c64 -d${DURATION:-10s}, SQLite"
start
for r in $(seq "${ROUNDS:-3}"); do
    out="$(wrk -t2 -c64 -d"${DURATION:-10s}" --latency -s "$root/bench/kiss/auth.lua" "http://127.0.0.1:$port")"
    echo "round $r: $(echo "$out" | awk '/Requests\/sec/ {print $2}') requests/s, p50 $(echo "$out" | awk '$1=="50%" {print $2}'), p99 $(echo "$out" | awk '$1=="99%" {print $2}'); $(echo "$out" | grep '^auth:')"
done
sessions="$(/usr/bin/python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from sessions").fetchone()[0])' "$work/data/sessions.db")"
echo "sessions created: $sessions"
stop
