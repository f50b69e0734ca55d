#!/usr/bin/env bash
# Provider figures: streaming relay overhead (time to first token through our openai provider minus a direct
# request to the same llama-server), local provider generation speed vs. llama-server on the same model and
# thread count, and the builtin embedder's load time, throughput on one core and memory.
# Usage: bench/providers.sh [build-dir]     (default build-test; needs the llama.cpp cache)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build-test}"
llama="$(bash "$root/installer/llama-cpp.sh" | tail -n 1)"
cmake --build "$build" --target aistack_providerbench >/dev/null
bench="$build/bench/providers/aistack_providerbench"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
serve() { # model port
    "$llama/bin/llama-server" -m "$1" --host 127.0.0.1 --port "$2" --offline -t 2 -np 1 >"$work/server-$2.log" 2>&1 &
    pids+=($!)
    until curl -fs -o /dev/null "http://127.0.0.1:$2/health"; do sleep 0.1; done
}
gen() { PYTHONPATH="$llama/gguf-py" /usr/bin/python3 "$root/tests/tools/make_tiny_gguf.py" \
        "$llama/vocab/ggml-vocab-phi-3.gguf" "$@" 2>/dev/null; }

echo "== streaming relay overhead (tiny model: generation is fast, so the relay dominates)"
gen "$work/tiny.gguf"
p1="$(port)"; serve "$work/tiny.gguf" "$p1"
"$bench" ttft "http://127.0.0.1:$p1/v1" "${ROUNDS:-100}"

echo "== local provider vs llama-server (random 768-d, 12-layer model, f32, 2 threads)"
gen "$work/small.gguf" --embd 768 --layers 12 --ff 2048 --heads 12
p2="$(port)"; serve "$work/small.gguf" "$p2"
"$bench" local "http://127.0.0.1:$p2/v1" "$work/small.gguf" 2

echo "== builtin embedder (one core)"
AISTACK_WORD_VECTORS="$build/share/aistack/word-vectors.aiwv" taskset -c 0 "$bench" builtin 20000
