#!/usr/bin/env bash
# The Sessions pane with many KISS sessions (10,000 by default): how long a full refresh takes until the table
# shows it, how much of it runs on the GUI thread, and the event loop's worst stall meanwhile; the same for
# every session reported changed at once and for 1,000 sessions' activity applied by id. Offscreen.
# Usage: bench/sessions.sh [build-dir]     (SESSIONS=10000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build-test}"
cmake --build "$build" --target aistack_sessionsbench >/dev/null
export QT_QPA_PLATFORM=offscreen
export AISTACK_WORD_VECTORS="$build/share/aistack/word-vectors.aiwv"
"$build/bench/sessions/aistack_sessionsbench" "${SESSIONS:-10000}" 2>&1 | grep -E "^(read|reload|live|update|sessionsbench):" || true
