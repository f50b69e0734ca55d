#!/usr/bin/env bash
# What slow and hostile clients cost the others: `aistack --headless` (a test-routes build, for the paced
# stand-in model) under, in turn, no attack, 1,000 slowloris connections, 100 SSE clients that never read
# their stream, and 20 WebSocket clients that send frames and never read the replies. During each, wrk
# measures well-behaved clients on /liveness and /v1/info (p50/p99 and requests/s) and the server's RSS is
# sampled every 0.5 s; the peak and the RSS after the attack are printed.
# Usage: bench/hostile.sh [path-to-aistack]   (DURATION=10s by default; needs wrk and python3-websockets)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-$root/build/app/aistack}"
duration="${DURATION:-10s}"
command -v wrk >/dev/null || { echo "needs: apt-get install wrk" >&2; exit 2; }

work="$(mktemp -d)"
app_pid=""
attack_pid=""
trap 'kill $attack_pid $app_pid 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

cat > "$work/aistack.yaml" <<YAML
name: hostile
service:
  host: 127.0.0.1
  limits:
    request_timeout_seconds: 60
    max_websocket_frame_bytes: 65536
database:
  sqlite:
    db_path: app.db
stack:
  tools:
    - name: chat
      role: Chat
      kind: prompt
      ai_client:
        provider: paced
        model: paced-100000x0
YAML
(cd "$work" && HOME="$work" LOG_LEVEL=WARNING ACCESS_TOKEN_SECRET_KEY=hostile-bench-key-0123456789-0123456789-0123 \
    exec "$bin" --headless --config "$work/aistack.yaml" --port 0 >"$work/out.log" 2>"$work/err.log") &
app_pid=$!
for _ in $(seq 100); do
    port="$(grep -o 'listening on http://[^ ]*' "$work/out.log" 2>/dev/null | sed 's/.*://' | head -1 || true)"
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "$port" ] || { echo "aistack did not start" >&2; cat "$work/err.log" >&2; exit 1; }

rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$app_pid/status"; }

# The attackers, one kind per run: slowloris | sse | ws. They keep at it until killed.
cat > "$work/attack.py" <<'PY'
import asyncio, base64, json, os, sys, urllib.request
kind, port = sys.argv[1], int(sys.argv[2])

async def slowloris(i):
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"GET /liveness HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    n = 0
    while True:
        await asyncio.sleep(5)
        w.write(b"X-Slow-%d: 1\r\n" % n)
        n += 1

def deaf_socket():
    import socket
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    s.connect(("127.0.0.1", port))
    s.setblocking(False)
    return s

async def sse(i):
    s = deaf_socket()
    body = b'{"query":"Tell me everything"}'
    s.send(b"POST /v1/streaming_query?user_id=deaf HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    while True:  # a new stream once the server lets the old one go
        await asyncio.sleep(1)
        try:
            s.send(b"")
            if s.recv(1, 0x2 | 0x40) == b"":  # MSG_PEEK | MSG_DONTWAIT: closed?
                s.close(); return await sse(i)
        except BlockingIOError:
            pass
        except OSError:
            s.close(); return await sse(i)

def token():
    req = urllib.request.Request("http://127.0.0.1:%d/auth" % port, data=b'{"scope":"temporary"}',
                                 headers={"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req))["access_token"]

async def ws(i):
    s = deaf_socket()
    key = base64.b64encode(os.urandom(16))
    s.setblocking(True)
    s.send(b"GET /ws?token=%s HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           b"Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: %s\r\n\r\n" % (token().encode(), key))
    s.recv(4096)
    s.setblocking(False)
    payload = b'{"event":"' + b"x" * 60000 + b'"}'
    frame = b"\x81\xfe" + len(payload).to_bytes(2, "big") + b"\0\0\0\0" + payload
    while True:
        try:
            s.send(frame)
        except BlockingIOError:
            pass
        except OSError:
            s.close(); return await ws(i)
        await asyncio.sleep(0.01)

async def main():
    count = {"slowloris": 1000, "sse": 100, "ws": 20}[kind]
    await asyncio.gather(*[globals()[kind](i) for i in range(count)])
asyncio.run(main())
PY

measure() { # label
    local peak=0 samples="$work/rss" r
    : >"$samples"
    (while kill -0 $app_pid 2>/dev/null; do rss_mb >>"$samples"; echo >>"$samples"; sleep 0.5; done) &
    local sampler=$!
    for path in /liveness /v1/info; do
        wrk -t1 -c8 -d"$duration" --latency "http://127.0.0.1:$port$path" >"$work/wrk" 2>&1 || true
        awk -v label="$1" -v path="$path" '
            /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 } /^Requests\/sec/ { rps = $2 }
            /Non-2xx|Socket errors/ { errors = errors " " $0 }
            END { printf "%-10s %-10s p50 %8s  p99 %8s  %9s req/s%s\n", label, path, p50, p99, rps, errors }' "$work/wrk"
    done
    kill $sampler 2>/dev/null; wait $sampler 2>/dev/null || true
    peak="$(sort -n "$samples" | tail -1)"
    echo "$1 RSS peak ${peak} MB"
}

echo "aistack $(basename "$bin") on port $port; wrk -t1 -c8 -d$duration per path"
echo "idle RSS $(rss_mb) MB"
measure none
for kind in slowloris sse ws; do
    /usr/bin/python3 "$work/attack.py" "$kind" "$port" 2>"$work/attack-$kind.log" &
    attack_pid=$!
    sleep 3
    echo "$kind: $(ls /proc/$app_pid/fd | wc -l) open descriptors in aistack"
    measure "$kind"
    kill $attack_pid 2>/dev/null; wait $attack_pid 2>/dev/null || true
    attack_pid=""
    sleep 2
    echo "$kind: RSS after the attack $(rss_mb) MB, liveness $(curl -s -o /dev/null -w '%{http_code} in %{time_total}s' "http://127.0.0.1:$port/liveness")"
done
echo "clients dropped for not reading: $(grep -c 'does not read' "$work/err.log" || true)"
