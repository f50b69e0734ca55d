#!/usr/bin/env bash
# Usage: bench/soak.sh MINUTES [build-dir]     e.g. nice -n 5 bench/soak.sh 30
#   RATE=2 (visits per second of each kind), FD_WAIT=120 (s), LOG_LEVEL=INFO (the access log on);
#   build-dir: build, else build-test (needs app/aistack and share/aistack/word-vectors.aiwv).
# Soak: one `aistack --headless` (SQLite, embedded store, built-in embedder and extractive answers, so no
# network and no model) under a steady mixed load for MINUTES minutes. RATE times a second (default 2) each of
# these visits starts, every request timed and its reply checked:
#   kiss-rest  POST /auth (temporary), /auth renewal (client_id + secret), /sessions?action=init, /documents (a
#              small text file), two /queries answered from it, /sessions?action=close;
#   kiss-ws    POST /auth, the /ws handshake (Bearer header or ?token=, alternately), on_init, on_store, two
#              on_query, on_close, the close handshake;
#   lcs        /v1/query and a follow-up (conversation_id), /v1/streaming_query and a follow-up (SSE checked:
#              start ... end, tokens joined = turn_complete), /v1/feedback, /v1/conversations, one conversation
#              read, both conversations deleted (the rag answers come from a document given with --ingest);
#   metrics    GET /metrics on a new connection.
# Prints requests and errors by kind (any error's status and body), p50/p99 per kind over the first and the last
# minute, the server's RSS (VmRSS) every minute and its growth after minute 5, and its open file descriptors
# idle before the load and at the end (after the load stops and its connections close; up to FD_WAIT s). Idle
# is measured after one visit of each kind and about 4 MB written to each database (so that what the server
# opens once and keeps is counted: database connections, the checkpoint threads), and 40 s without requests
# (the thread pools' expiry).
# Exits 1 when a target is missed: any error, RSS growth >= 10 % after minute 5, fds not back to the idle count,
# a KISS stack left active. Standard-library Python only (bench/soak/: HTTP, SSE and WebSocket clients).
set -euo pipefail
# The whole script is read before it runs (a long soak survives edits to this file).
main() {
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
minutes="${1:?usage: bench/soak.sh MINUTES [build-dir]}"
build="${2:-$root/build}"
[ -x "$build/app/aistack" ] || build="$root/build-test"
bin="$build/app/aistack"
[ -x "$bin" ] || { echo "no aistack binary in $build (ninja -C build aistack)" >&2; exit 2; }
work="$(mktemp -d)"
app_pid=""
trap '[ -n "$app_pid" ] && kill $app_pid 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"' EXIT

mkdir -p "$work/data"
cat > "$work/data/aistack.yaml" <<YAML
name: Soak
service:
  host: 127.0.0.1
database:
  sqlite:
    db_path: $work/data/app.db
user_data_collection:
  feedback_enabled: true
  feedback_storage: $work/data/feedback
  transcripts_enabled: true
  transcripts_storage: $work/data/transcripts
stack:
  tools:
    - name: documents
      role: Answer questions about the stored documents
      kind: rag
      depth: 2
  vector_db:
    provider: embedded
    kind: storage
    path: $work/data/vectors.db
YAML
printf 'The Zephyr-9 reactor is cooled by liquid sodium pumped through its core.\n\nIts core temperature stays near 550 degrees during normal operation.\n' > "$work/reactor.txt"

HOME="$work/data" XDG_DATA_HOME="$work/data/xdg" AISTACK_WORD_VECTORS="$build/share/aistack/word-vectors.aiwv" \
    LOG_LEVEL="${LOG_LEVEL:-INFO}" "$bin" --headless --config "$work/data/aistack.yaml" --port 0 \
    --ingest "$work/reactor.txt" >"$work/out" 2>"$work/err" &
app_pid=$!
for _ in $(seq 400); do grep -q "ingest: done" "$work/err" 2>/dev/null && break; sleep 0.05; done
port="$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/out")"
[ -n "$port" ] && grep -q "ingest: done" "$work/err" || { echo "the server did not start:" >&2; cat "$work/err" >&2; exit 2; }
echo "$("$bin" --version | tail -1), pid $app_pid on 127.0.0.1:$port; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%F %T') UTC"

status=0
/usr/bin/python3 -B "$root/bench/soak/soak.py" "$port" "$app_pid" "$minutes" "${RATE:-2}" || status=$?
if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "MISSED: the server exited during the soak"; status=1
fi
kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
app_pid=""
echo "server log (LOG_LEVEL=${LOG_LEVEL:-INFO}): $(wc -l < "$work/err") lines, $(du -h "$work/err" | cut -f1);" \
    "by level: $(awk '{print $3}' "$work/err" | sort | uniq -c | awk '{printf "%s %s  ", $2, $1}')"
if grep -qE '^[-0-9]+ [0-9:.]+ (WARNING|ERROR|CRITICAL) ' "$work/err"; then
    echo "warnings and errors in the server log (the first 20):"
    grep -E '^[-0-9]+ [0-9:.]+ (WARNING|ERROR|CRITICAL) ' "$work/err" | head -20
fi
echo "data folder at the end: $(du -sh "$work/data" | cut -f1), $(find "$work/data/feedback" -type f | wc -l) feedback files, $(find "$work/data/transcripts" -type f | wc -l) transcripts"
return "$status"
}
main "$@"
exit $?
