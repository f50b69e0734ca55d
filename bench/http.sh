#!/usr/bin/env bash
# HTTP throughput of `aistack --headless` next to nginx serving a 20-byte static file, same run.
#   wrk -t2 -c64 -d10s, keep-alive, loopback. Prints requests/s and p99 per target, and the ratio.
#   A second aistack at LOG_LEVEL=WARNING (no access log) serves /liveness in the same rounds, so the cost
#   of the access log is read as liveness / liveness-warning (set WARNING_TOO=0 to skip it).
# Usage: bench/http.sh [path-to-aistack]   (ROUNDS=3 DURATION=10s LOG_LEVEL=INFO WARNING_TOO=1 by default)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/bench/common.sh"
bin="$(aistack_binary "$root" "${1:-}")"
rounds="${ROUNDS:-3}"
duration="${DURATION:-10s}"
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs: apt-get install wrk nginx-light" >&2; exit 2; }

work="$(mktemp -d)"
warn_pid=""
trap 'kill $app_pid $nginx_pid $warn_pid 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT


cat > "$work/aistack.yaml" <<YAML
name: Bench
service:
  host: 127.0.0.1
database:
  sqlite:
    db_path: bench.db
YAML
start_app() { # level dir -> prints the port
    mkdir -p "$2"
    sed "s#db_path: bench.db#db_path: $2/bench.db#" "$work/aistack.yaml" > "$2/aistack.yaml"
    LOG_LEVEL="$1" XDG_DATA_HOME="$2" "$bin" --headless --config "$2/aistack.yaml" --port 0 >"$2/out" 2>/dev/null &
    echo $! > "$2/pid"
    for _ in $(seq 100); do grep -q "listening on" "$2/out" 2>/dev/null && break; sleep 0.05; done
}
start_app "${LOG_LEVEL:-INFO}" "$work/app"
app_pid="$(cat "$work/app/pid")"
app_port="$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/app/out")"
if [ "${WARNING_TOO:-1}" = 1 ]; then
    start_app WARNING "$work/warn"
    warn_pid="$(cat "$work/warn/pid")"
    warn_port="$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/warn/out")"
fi

nginx_port="$(free_port)"
mkdir -p "$work/www" "$work/nginx"
printf '{"alive":true,"x":1}' > "$work/www/static.json"   # 20 bytes
cat > "$work/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  server { listen 127.0.0.1:$nginx_port; root $work/www; default_type application/json; }
}
NGINX
nginx -c "$work/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 0.5

run() { # name url
    local out rps p99
    out="$(wrk -t2 -c64 -d"$duration" --latency "$2")"
    rps="$(echo "$out" | awk '/Requests\/sec/ {print $2}')"
    p99="$(echo "$out" | awk '$1=="99%" {print $2}')"
    echo "$1 $rps $p99"
}

echo "round target requests/s p99"
results="$work/results"
for r in $(seq "$rounds"); do
    run nginx "http://127.0.0.1:$nginx_port/static.json" | sed "s/^/$r /" | tee -a "$results"
    run liveness "http://127.0.0.1:$app_port/liveness" | sed "s/^/$r /" | tee -a "$results"
    [ -z "$warn_pid" ] || run liveness-warning "http://127.0.0.1:$warn_port/liveness" | sed "s/^/$r /" | tee -a "$results"
    run info "http://127.0.0.1:$app_port/v1/info" | sed "s/^/$r /" | tee -a "$results"
done
echo
echo "median over $rounds rounds:"
targets="nginx liveness info"
[ -z "$warn_pid" ] || targets="nginx liveness liveness-warning info"
for t in $targets; do
    med="$(awk -v t="$t" '$2==t {print $3}' "$results" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
    echo "$t $med"
done | tee "$work/medians"
ng="$(awk '$1=="nginx" {print $2}' "$work/medians")"
for t in ${targets#nginx }; do
    v="$(awk -v t="$t" '$1==t {print $2}' "$work/medians")"
    awk -v t="$t" -v v="$v" -v n="$ng" 'BEGIN {printf "%s / nginx = %.2f\n", t, v / n}'
done
if [ -n "$warn_pid" ]; then
    awk -v a="$(awk '$1=="liveness" {print $2}' "$work/medians")" \
        -v b="$(awk '$1=="liveness-warning" {print $2}' "$work/medians")" \
        'BEGIN {printf "liveness (LOG_LEVEL=%s) / liveness (WARNING) = %.2f\n", ENVIRON["LOG_LEVEL"] ? ENVIRON["LOG_LEVEL"] : "INFO", a / b}'
fi
# Per-round ratios (each pair measured seconds apart), their median: steadier on a shared machine.
ratio_median() { # a b
    for r in $(seq "$rounds"); do
        awk -v r="$r" -v a="$1" -v b="$2" '$1==r && $2==a {x=$3} $1==r && $2==b {y=$3} END {if (y > 0) print x / y}' "$results"
    done | sort -n | awk '{v[NR]=$1} END {if (NR) printf "%.2f\n", v[int((NR+1)/2)]}'
}
echo "median of per-round ratios: liveness / nginx = $(ratio_median liveness nginx), info / nginx = $(ratio_median info nginx)"
[ -z "$warn_pid" ] || echo "median of per-round ratios: liveness / liveness-warning = $(ratio_median liveness liveness-warning)"
