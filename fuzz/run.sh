#!/usr/bin/env bash
# Runs the libFuzzer targets of a fuzz build (AISTACK_FUZZ=ON) for SECONDS each and prints, per target:
# execs, exec/s, corpus size, crashes, leaks and timeouts (an input taking more than 1 s). Exits non-zero
# when any target crashed, leaked or timed out. A timeout is run again alone; one that does not happen again
# (a busy machine descheduled the fuzzer) is named in the table, kept as unreproduced-timeout-* among the
# artifacts, and does not fail the run, but it did end that target's run early (see the seconds column).
#
#   fuzz/run.sh SECONDS [TARGET...]
#
# Environment:
#   AISTACK_FUZZ_BUILD  the fuzz build folder (default: build-fuzz beside this folder)
#   FUZZ_OUT            scratch folder for corpora, artifacts and logs (default: a new folder under /tmp)
#   FUZZ_PARALLEL       targets run at once (default 1)
#   FUZZ_NICE           niceness of the fuzzers (default 10)
# The committed seeds (fuzz/corpus/<target>) and regressions (fuzz/regressions/<target>) are copied into
# FUZZ_OUT/<target>/corpus first: inputs the fuzzer finds never land in the source tree. Crashing inputs
# are in FUZZ_OUT/<target>/artifacts; copy the ones you fix to fuzz/regressions/<target>/.
set -u -o pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
seconds="${1:-}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: $0 SECONDS [TARGET...]" >&2
    exit 2
fi
shift
build="${AISTACK_FUZZ_BUILD:-$here/../build-fuzz}"
out="${FUZZ_OUT:-$(mktemp -d /tmp/aistack-fuzz.XXXXXX)}"
parallel="${FUZZ_PARALLEL:-1}"
niceness="${FUZZ_NICE:-10}"
mkdir -p "$out"

if [ $# -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for seeds in "$here"/corpus/*/; do
        targets+=("$(basename "$seeds")")
    done
fi

# Leaks are findings; UBSan stops at the first report; the symbolizer names the lines.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
if [ -f "$here/lsan.supp" ]; then
    export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$here/lsan.supp:print_suppressions=0}"
fi
export QT_QPA_PLATFORM=offscreen
command -v llvm-symbolizer-14 >/dev/null && export ASAN_SYMBOLIZER_PATH="$(command -v llvm-symbolizer-14)"

run_one() {
    local name="$1" bin="$build/fuzz/fuzz_$1" dir="$out/$1"
    mkdir -p "$dir/corpus" "$dir/artifacts"
    if [ ! -x "$bin" ]; then
        echo "missing" >"$dir/status"
        return
    fi
    cp -n "$here/corpus/$name/"* "$dir/corpus/" 2>/dev/null
    [ -d "$here/regressions/$name" ] && cp -n "$here/regressions/$name/"* "$dir/corpus/" 2>/dev/null
    local dict=()
    [ -f "$here/dict/$name.dict" ] && dict=("-dict=$here/dict/$name.dict")
    local start end
    start=$(date +%s)
    nice -n "$niceness" "$bin" "$dir/corpus" "${dict[@]}" \
        -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -detect_leaks=1 \
        -print_final_stats=1 -artifact_prefix="$dir/artifacts/" >"$dir/log" 2>&1
    echo $? >"$dir/status"
    end=$(date +%s)
    echo $((end - start)) >"$dir/seconds"
    # libFuzzer's timeout is wall-clock time: on a loaded machine a fast input can be descheduled past it.
    # Each timeout is run again on its own; one that finishes within the limit is reported apart.
    local unit
    for unit in "$dir"/artifacts/timeout-*; do
        [ -e "$unit" ] || continue
        if "$bin" -timeout=1 -runs=3 "$unit" >>"$dir/retry.log" 2>&1; then
            mv "$unit" "$dir/artifacts/unreproduced-${unit##*/}"
        fi
    done
}

echo "fuzzing ${#targets[@]} targets for ${seconds}s each ($parallel at a time); output in $out" >&2
running=0
for t in "${targets[@]}"; do
    run_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$parallel" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

final_stat() { # the value of a libFuzzer final stat in a log, or of the last status line
    local v
    v=$(grep -a "^stat::$2:" "$1" | tail -1 | awk '{print $2}')
    echo "${v:-?}"
}
count() { find "$1" -maxdepth 1 -name "$2-*" 2>/dev/null | wc -l; }

failed=0
printf '%-14s %12s %9s %8s %7s %8s %6s %8s  %s\n' target execs exec/s corpus seconds crashes leaks timeouts status
for t in "${targets[@]}"; do
    dir="$out/$t"
    if [ "$(cat "$dir/status" 2>/dev/null)" = missing ]; then
        printf '%-14s %s\n' "$t" "not built ($build/fuzz/fuzz_$t)"
        failed=1
        continue
    fi
    execs=$(final_stat "$dir/log" number_of_executed_units)
    if [ "$execs" = "?" ]; then # no final stats (killed): the last progress line
        execs=$(grep -aoE '^#[0-9]+' "$dir/log" | tail -1 | tr -d '#')
    fi
    rate=$(final_stat "$dir/log" average_exec_per_sec)
    corpus=$(find "$dir/corpus" -type f | wc -l)
    crashes=$(($(count "$dir/artifacts" crash) + $(count "$dir/artifacts" oom) + $(count "$dir/artifacts" slow-unit)))
    leaks=$(count "$dir/artifacts" leak)
    timeouts=$(count "$dir/artifacts" timeout)
    unreproduced=$(count "$dir/artifacts" unreproduced-timeout)
    status=$(cat "$dir/status")
    verdict=ok
    if [ "$crashes$leaks$timeouts" != 000 ]; then
        verdict="FAIL (exit $status, see $dir/log)"
        failed=1
    elif [ "$unreproduced" != 0 ]; then
        verdict="stopped after ${unreproduced} timeout(s) that did not happen again alone (machine load)"
    elif [ "$status" != 0 ]; then
        verdict="FAIL (exit $status, see $dir/log)"
        failed=1
    fi
    printf '%-14s %12s %9s %8s %7s %8s %6s %8s  %s\n' "$t" "${execs:-?}" "$rate" "$corpus" \
        "$(cat "$dir/seconds")" "$crashes" "$leaks" "$timeouts" "$verdict"
done
exit $failed
