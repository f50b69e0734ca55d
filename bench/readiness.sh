#!/usr/bin/env bash
# How long a /readiness probe takes when a provider cannot be reached (a host name that does not resolve,
# and a server that accepts but never answers). Prints each probe's time and status with curl, the way a
# Kubernetes probe (1 s timeout by default) sees it.
# Usage: bench/readiness.sh [path-to-aistack]   (PROBES=20 by default)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/bench/common.sh"
bin="$(aistack_binary "$root" "${1:-}")"
probes="${PROBES:-20}"
work="$(mktemp -d)"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT


# A server that accepts connections and never answers.
silent_port="$(free_port)"
/usr/bin/python3 -c "
import socket, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', $silent_port)); s.listen(64)
held = []
while True:
    c, _ = s.accept(); held.append(c)
" &
pids+=($!)

run_case() { # name url
    local dir="$work/$1" port
    mkdir -p "$dir"
    port="$(free_port)"
    printf 'service:\n  host: 127.0.0.1\ndatabase:\n  sqlite:\n    db_path: r.db\nllama_stack:\n  url: %s\n' "$2" \
        > "$dir/aistack.yaml"
    (cd "$dir" && XDG_DATA_HOME="$dir/data" HOME="$dir" LOG_LEVEL=WARNING \
        "$bin" --headless --config aistack.yaml --port "$port" >"$dir/out.log" 2>&1) &
    pids+=($!)
    for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/liveness" && break; sleep 0.1; done
    sleep 6 # let the first background check finish (a silent provider times out after 5 s)
    local times=()
    for _ in $(seq "$probes"); do
        times+=("$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "http://127.0.0.1:$port/readiness")")
        sleep 0.25
    done
    printf '%s\n' "${times[@]}" | sort -k2 -g | awk -v name="$1" '{ n++; t[n] = $2 * 1000; s[$1]++ }
        END { printf "%-20s probes %d  status %s  p50 %.2f ms  max %.2f ms\n", name, n,
              (s["503"] ? "503 x" s["503"] : "") (s["200"] ? " 200 x" s["200"] : ""), t[int((n + 1) / 2)], t[n] }'
}

run_case "unresolvable-host" "http://no-such-provider.invalid:8321"
run_case "silent-provider" "http://127.0.0.1:$silent_port"
