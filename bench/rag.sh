#!/usr/bin/env bash
# Retrieval figures: parse + chunk + BM25 index throughput, the builtin embedder end to end into the embedded
# store, hybrid / vector / keyword top-10 latency over 100,000 chunks, and the embedded store against a real
# Chroma server (same vectors, same run).
# Usage: bench/rag.sh [build-dir]     (default build-test; CHUNKS=100000 MB=50 COMPARE=20000 to change sizes)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build-test}"
chroma="$(bash "$root/installer/chroma.sh" | tail -n 1)"
cmake --build "$build" --target aistack_ragbench >/dev/null
bench="$build/bench/rag/aistack_ragbench"
export AISTACK_WORD_VECTORS="$build/share/aistack/word-vectors.aiwv"
work="$(mktemp -d)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "== ingestion (${MB:-50} MB of real English text: Debian's licence and copyright files)"
TMPDIR="$work" "$bench" ingest "${MB:-50}"

echo "== query latency over ${CHUNKS:-100000} chunks (synthetic Zipf text, builtin embedder vectors)"
TMPDIR="$work" "$bench" query "${CHUNKS:-100000}" 1000

echo "== embedded store vs Chroma $("$chroma" --version 2>/dev/null | head -n 1) (${COMPARE:-20000} chunks, same vectors)"
port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"$chroma" run --path "$work/chroma" --host 127.0.0.1 --port "$port" >"$work/chroma.log" 2>&1 &
pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/api/v2/heartbeat"; do sleep 0.2; done
TMPDIR="$work" "$bench" chroma "$port" "${COMPARE:-20000}"
