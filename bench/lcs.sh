#!/usr/bin/env bash
# Lightspeed API figures against `aistack --headless` (test-route build, SQLite, embedded store, built-in
# embedder):
#   1. POST /v1/query answered extractively from a stored document (a new conversation recorded each time),
#      wrk -t2 -c64, next to FastAPI + uvicorn (Debian's packages) serving a trivial route in the same run,
#      aistack's own trivial route (/liveness), and POST /v1/query rejected by the schema (422: the ceiling of
#      a POST route with a JSON body, before any retrieval or commit), each with the CPU it used per request
#      in the server and in wrk; then the storage work /v1/query cannot avoid, timed on the bench's own
#      databases (bench/lcs/floor_costs.py), against the CPU per request that 5x FastAPI leaves on this machine;
#   2. STREAMS concurrent /v1/streaming_query streams (default 500) on the `paced` stand-in model
#      (TOKENS words, one every INTERVAL ms), every token checked in order, the server's RSS, and /liveness
#      round trips measured during the load.
# Usage: bench/lcs.sh [build-dir]   (ROUNDS=3 DURATION=10s STREAMS=500 TOKENS=50 INTERVAL=100)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/bench/common.sh"
build="${1:-$root/build-test}"
rounds="${ROUNDS:-3}"
duration="${DURATION:-10s}"
command -v wrk >/dev/null || { echo "needs: apt-get install wrk" >&2; exit 2; }
/usr/bin/python3 -c 'import fastapi, uvicorn' 2>/dev/null || { echo "needs: apt-get install python3-fastapi python3-uvicorn" >&2; exit 2; }
cmake --build "$build" --target aistack aistack_lcsbench >/dev/null
bin="$build/app/aistack"
bench="$build/bench/lcs/aistack_lcsbench"
ulimit -n 65536 2>/dev/null || ulimit -n 4096
work="$(mktemp -d)"
app_pid=""
api_pid=""
trap '[ -n "$app_pid" ] && kill $app_pid 2>/dev/null; [ -n "$api_pid" ] && kill $api_pid 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"' EXIT

start() { # config-file [extra args]: the server on a fresh data folder
    rm -rf "$work/data" && mkdir -p "$work/data"
    HOME="$work/data" XDG_DATA_HOME="$work/data/xdg" AISTACK_WORD_VECTORS="$build/share/aistack/word-vectors.aiwv" \
        LOG_LEVEL=WARNING "$bin" --headless --config "$1" --port 0 "${@:2}" >"$work/out" 2>"$work/err" &
    app_pid=$!
    for _ in $(seq 400); do grep -q "listening on" "$work/out" 2>/dev/null && break; sleep 0.05; done
    port="$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/out")"
}
stop() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system time of a process, in clock ticks

wrk_run() { # name url [script]: requests/s, p99, CPU µs per request of the server and of wrk, non-2xx
    local out server="${api_pid}" before after requests tick
    [ "$1" = fastapi ] || server="$app_pid"
    before="$(cpu_ticks "$server")"
    out="$(/usr/bin/time -f '%U %S' -o "$work/wrk-cpu" wrk -t2 -c64 -d"$duration" --latency ${3:+-s "$3"} "$2")"
    after="$(cpu_ticks "$server")"
    requests="$(echo "$out" | awk '/requests in/ {print $1}')"
    tick="$(getconf CLK_TCK)"
    echo "$1 $(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '$1=="99%" {print $2}')" \
        "$(awk -v d=$((after - before)) -v n="$requests" -v t="$tick" 'BEGIN {printf "%.0f", d * 1e6 / t / n}')" \
        "$(awk -v n="$requests" '{printf "%.0f", ($1 + $2) * 1e6 / n}' "$work/wrk-cpu")" \
        "$(echo "$out" | awk '/Non-2xx/ {print $NF}')"
}

cat > "$work/query.yaml" <<YAML
name: LCS bench
service:
  host: 127.0.0.1
database:
  sqlite:
    db_path: $work/data/app.db
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

echo "== POST /v1/query (extractive answer, new conversation each) vs FastAPI + uvicorn GET /liveness"
api_port="$(free_port)"
(cd "$root/bench/lcs" && exec /usr/bin/python3 -m uvicorn fastapi_app:app --host 127.0.0.1 --port "$api_port" --log-level warning) &
api_pid=$!
start "$work/query.yaml" --ingest "$work/reactor.txt"
for _ in $(seq 200); do grep -q "ingest: done" "$work/err" 2>/dev/null && break; sleep 0.1; done
curl -s -X POST -H 'Content-Type: application/json' -d '{"query":"What cools the Zephyr-9 reactor?"}' "http://127.0.0.1:$port/v1/query"; echo
results="$work/results"
echo "round target requests/s p99 server-µs/request wrk-µs/request non-2xx"
for r in $(seq "$rounds"); do
    wrk_run fastapi "http://127.0.0.1:$api_port/liveness" | sed "s/^/$r /" | tee -a "$results"
    wrk_run query "http://127.0.0.1:$port/v1/query" "$root/bench/lcs/query.lua" | sed "s/^/$r /" | tee -a "$results"
    wrk_run liveness "http://127.0.0.1:$port/liveness" | sed "s/^/$r /" | tee -a "$results"
    wrk_run rejected "http://127.0.0.1:$port/v1/query" "$root/bench/lcs/rejected.lua" | sed "s/^/$r /" | tee -a "$results"
done
conversations="$(/usr/bin/python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from user_conversation").fetchone()[0])' "$work/data/app.db")"
echo "conversations recorded: $conversations"
for t in fastapi query liveness rejected; do
    echo "$t median $(awk -v t="$t" '$2==t {print $3}' "$results" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
done | tee "$work/medians"
awk '$1=="fastapi" {f=$3} $1=="query" {q=$3} $1=="liveness" {l=$3} $1=="rejected" {r=$3} END {
    printf "/v1/query / FastAPI trivial route = %.2fx\n", q / f
    printf "aistack trivial route (/liveness) / FastAPI trivial route = %.1fx\n", l / f
    printf "POST /v1/query rejected by the schema (no work) / FastAPI trivial route = %.1fx\n", r / f }' "$work/medians"
stop
kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=""
floor="$(/usr/bin/python3 "$root/bench/lcs/floor_costs.py" "$work/data/vectors.db" "$work/data/app.db" \
    "What cools the Zephyr-9 reactor?")"
echo "$floor"
awk -v cores="$(nproc)" -v storage="$(echo "$floor" | awk '/^floor/ {print $NF}')" '
    $2=="fastapi" {f[$1]=$3} $2=="query" {qs[$1]=$5; qw[$1]=$6} $2=="rejected" {rs[$1]=$5; rw[$1]=$6}
    END {
        n = 0; for (r in f) { n++; fs += f[r]; q += qs[r]; w += qw[r]; z += rs[r] }
        target = 5 * fs / n; left = cores * 1e6 / target - w / n
        printf "CPU per request (mean of the rounds): /v1/query %.0f µs in aistack + %.0f µs in wrk; a POST rejected before any work %.0f µs in aistack\n", q / n, w / n, z / n
        printf "5x FastAPI = %.0f requests/s: %d cores leave %.0f µs per request after wrk; a POST that does nothing (%.0f) plus the storage floor (%s) needs %.0f\n", target, cores, left, z / n, storage, z / n + storage
    }' "$results"

echo
echo "== ${STREAMS:-500} concurrent /v1/streaming_query streams, ${TOKENS:-50} tokens every ${INTERVAL:-100} ms"
cat > "$work/stream.yaml" <<YAML
name: LCS stream bench
service:
  host: 127.0.0.1
  limits:
    request_timeout_seconds: 600
database:
  sqlite:
    db_path: $work/data/app.db
stack:
  tools:
    - name: chat
      role: Chat
      kind: prompt
      ai_client:
        provider: paced
        model: paced-${TOKENS:-50}x${INTERVAL:-100}
YAML
start "$work/stream.yaml"
"$bench" streams "$port" "$app_pid" "${STREAMS:-500}" "${TOKENS:-50}"
stop
