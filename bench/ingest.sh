#!/usr/bin/env bash
# Ingestion through the product against the pipeline alone, on the same files:
#   - "pipeline": IngestionPipeline::run in process (bench/rag's own path), builtin embedder, a fresh store;
#   - "product": `aistack --headless --ingest FOLDER` (the desktop's ingestion queue, the same one the
#     Documents pane drives), from "database ready" to "ingest: done" in its log.
# Two corpora: Debian's own documentation on this machine (thousands of small real files, see
# ingest/make_corpus.sh) and bench/rag's 50 files of 1 MB. Three interleaved rounds; medians.
# The product skips files whose content it already holds (identical licence texts), so chunks/s counts the
# chunks each side actually embedded and stored, and the folder's wall time is printed beside it.
# Usage: bench/ingest.sh [build-dir]     (COUNT=5300 files; ROUNDS=3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build-test}"
cmake --build "$build" --target aistack aistack_ragbench >/dev/null
export AISTACK_WORD_VECTORS="$build/share/aistack/word-vectors.aiwv"
bin="$build/app/aistack"
bench="$build/bench/rag/aistack_ragbench"
work="$(mktemp -d)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

bash "$root/bench/ingest/make_corpus.sh" "$work/small" "${COUNT:-5300}"
"$bench" write "$work/large" 50 >/dev/null

ms() { # "2026-12-01 22:58:34.094 ..." -> milliseconds of the day
    awk '{ split($2, t, /[:.]/); print ((t[1] * 60 + t[2]) * 60 + t[3]) * 1000 + t[4] }'
}

product() { # folder -> "seconds chunks"
    local dir="$work/run" config
    rm -rf "$dir"; mkdir -p "$dir"
    config="$dir/aistack.yaml"
    printf 'database:\n  sqlite:\n    db_path: app.db\nstack:\n  tools:\n    - name: docs\n      role: documents\n      kind: rag\n  vector_db:\n    provider: embedded\n    kind: storage\n    path: vectors.db\n' >"$config"
    "$bin" --headless --config "$config" --port 0 --ingest "$1" >"$dir/out" 2>"$dir/err" &
    pid=$!
    until grep -q "ingest: done" "$dir/err" 2>/dev/null; do sleep 0.05; done
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
    local start end chunks
    start="$(grep "database ready" "$dir/err" | head -n1 | ms)"
    end="$(grep "ingest: done" "$dir/err" | ms)"
    chunks="$(grep -o '; [0-9]* chunks' "$dir/err" | grep -o '[0-9]*')"
    echo "$(echo "scale=3; ($end - $start) / 1000" | bc) $chunks $(grep -o 'done, .*' "$dir/err")"
}

pipeline() { # folder -> "seconds chunks"
    "$bench" folder "$1" | sed -n 's/.* \([0-9]*\) chunks in \([0-9.]*\) s.*/\2 \1/p'
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

for corpus in small large; do
    files="$(find "$work/$corpus" -type f | wc -l)"
    mb="$(du -sm "$work/$corpus" | cut -f1)"
    echo "== $corpus: $files files, $mb MB"
    : >"$work/p.rates"; : >"$work/a.rates"; : >"$work/p.secs"; : >"$work/a.secs"
    for round in $(seq "${ROUNDS:-3}"); do
        read -r ps pc < <(pipeline "$work/$corpus")
        read -r as ac rest < <(product "$work/$corpus")
        echo "  round $round: pipeline $pc chunks in $ps s ($(echo "$pc / $ps" | bc) chunks/s); product $ac chunks in $as s ($(echo "$ac / $as" | bc) chunks/s) [$rest]"
        echo "$pc / $ps" | bc >>"$work/p.rates"; echo "$ac / $as" | bc >>"$work/a.rates"
        echo "$ps" >>"$work/p.secs"; echo "$as" >>"$work/a.secs"
    done
    p="$(median <"$work/p.rates")"; a="$(median <"$work/a.rates")"
    echo "  median: pipeline $p chunks/s, product $a chunks/s = $(echo "scale=0; 100 * $a / $p" | bc) % of the pipeline;" \
         "folder done in $(median <"$work/a.secs") s (pipeline $(median <"$work/p.secs") s)"
done
