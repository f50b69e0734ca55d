#!/usr/bin/env bash
# Install a Chroma 1.0 server (the real Rust server, run through its npm package) once per machine, into a
# cache folder keyed by version. Used by the tests and benchmarks of the `chroma` vector store.
#
#   bash installer/chroma.sh         # prints the path of the `chroma` command on the last line of stdout
#
# Pinned: chromadb@3.0.6 with chromadb-js-bindings-linux-x64-gnu@1.0.1 (newer bindings need glibc 2.38+).
set -euo pipefail

client_version="3.0.6"
bindings_version="1.0.1"
cache_root="${AISTACK_CACHE_DIR:-$HOME/.cache/aistack}"
prefix="$cache_root/chroma-$client_version-$bindings_version"
command="$prefix/node_modules/.bin/chroma"

if [ -f "$prefix/.complete" ] && [ -x "$command" ]; then
    echo "$command"
    exit 0
fi
rm -rf "$prefix"
mkdir -p "$prefix"
echo "==> installing the Chroma server from npm (chromadb@$client_version)" >&2
(cd "$prefix" && echo '{"name":"aistack-chroma","private":true}' >package.json &&
    npm install --silent --no-audit --no-fund "chromadb@$client_version" \
        "chromadb-js-bindings-linux-x64-gnu@$bindings_version" >&2)
touch "$prefix/.complete"
echo "$command"
