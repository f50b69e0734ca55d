#!/usr/bin/env bash
# What an MCP tool call adds to a Lightspeed query: /v1/query answered directly, and with one call of the
# echo tool on the SDK test server (plain JSON, no sessions) and on the reference "everything" server
# (sessions, SSE answers). The model is the scripted stand-in of the tests (tests/mcp/scriptedmodel.mjs), so
# the figures are aistack's own work plus the MCP round trip, not a model's. Sequential requests, curl's
# time_total; prints p50 and p99 per case, and the server's RSS at the end.
# Usage: bench/tools.sh [path-to-aistack]   (REQUESTS=200 by default; needs installer/mcp-servers.sh)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/bench/common.sh"
bin="$(aistack_binary "$root" "${1:-}")"
requests="${REQUESTS:-200}"
servers="$(bash "$root/installer/mcp-servers.sh")"
work="$(mktemp -d)"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT


json_port="$(free_port)"
cp "$root/tests/mcp/jsonserver.mjs" "$work/" && ln -s "$servers/node_modules" "$work/node_modules"
node "$work/jsonserver.mjs" "$json_port" >/dev/null & pids+=($!)
everything_port="$(free_port)"
PORT="$everything_port" node -r "$root/tests/mcp/loopbackonly.cjs" \
    "$servers/node_modules/@modelcontextprotocol/server-everything/dist/index.js" streamableHttp >/dev/null 2>&1 &
pids+=($!)
model_port="$(free_port)"
node "$root/tests/mcp/scriptedmodel.mjs" "$model_port" >/dev/null & pids+=($!)
wait_port "$json_port" && wait_port "$everything_port" && wait_port "$model_port"

port="$(free_port)"
cat > "$work/aistack.yaml" <<YAML
service:
  host: 127.0.0.1
database:
  sqlite:
    db_path: t.db
stack:
  tools:
    - name: chat
      role: Chat
      kind: prompt
      ai_client:
        provider: openai
        model: scripted
        base_url: http://127.0.0.1:$model_port/v1
        max_retries: 0
mcp_servers:
  - name: everything
    url: http://127.0.0.1:$everything_port/mcp
  - name: json
    url: http://127.0.0.1:$json_port/mcp
YAML
(cd "$work" && exec env XDG_DATA_HOME="$work/data" HOME="$work" LOG_LEVEL=WARNING \
    "$bin" --headless --config aistack.yaml --port "$port" >"$work/out.log" 2>&1) &
pids+=($!)
server_pid=$!
wait_port "$port"
sleep 1

run_case() { # name body
    local times=()
    for _ in $(seq 10); do curl -s -o /dev/null -H 'Content-Type: application/json' -d "$2" "http://127.0.0.1:$port/v1/query"; done
    for _ in $(seq "$requests"); do
        times+=("$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
            -d "$2" "http://127.0.0.1:$port/v1/query")")
    done
    printf '%s\n' "${times[@]}" | sort -k2 -g | awk -v name="$1" '{ n++; t[n] = $2 * 1000; s[$1]++ }
        END { printf "%-28s %d requests  status 200 x%d  p50 %.2f ms  p99 %.2f ms\n", name, n, s["200"],
              t[int((n + 1) / 2)], t[int(n * 0.99)] }'
}

run_case "no_tools: true" '{"query":"hello","no_tools":true}'
run_case "tools offered, none called" '{"query":"hello"}'
# The first server keeps a name both have: echo and get-sum are the everything server's, headers the other's.
run_case "echo on everything (SSE)" '{"query":"call echo {\"message\":\"hi\"}"}'
run_case "get-sum on everything (SSE)" '{"query":"call get-sum {\"a\":2,\"b\":3}"}'
run_case "headers on json (no session)" '{"query":"call headers {}"}'
echo "server RSS: $(awk '/VmRSS/ {print $2, $3}' "/proc/$server_pid/status" 2>/dev/null || echo unknown)"
