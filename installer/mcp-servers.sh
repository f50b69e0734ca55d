#!/usr/bin/env bash
# Install the two MCP servers the MCP client tests talk to, once per machine, into a cache folder keyed by
# version: the reference "everything" server (streamable HTTP, sessions, answers in SSE) and the MCP
# TypeScript SDK (for tests/mcp/jsonserver.mjs, a server without sessions that answers in plain JSON).
#
#   bash installer/mcp-servers.sh    # prints the folder (with node_modules/) on the last line of stdout
set -euo pipefail

everything_version="2026.8.31"
sdk_version="1.32.2"
cache_root="${AISTACK_CACHE_DIR:-$HOME/.cache/aistack}"
prefix="$cache_root/mcp-servers-$everything_version-$sdk_version"

if [ -f "$prefix/.complete" ]; then
    echo "$prefix"
    exit 0
fi
command -v npm >/dev/null || { echo "needs: apt-get install npm" >&2; exit 2; }
rm -rf "$prefix"
mkdir -p "$prefix"
echo "==> installing the MCP test servers from npm" >&2
(cd "$prefix" && echo '{"name":"aistack-mcp-servers","private":true,"type":"module"}' >package.json &&
    npm install --silent --no-audit --no-fund "@modelcontextprotocol/server-everything@$everything_version" \
        "@modelcontextprotocol/sdk@$sdk_version" "zod@3" >&2)
touch "$prefix/.complete"
echo "$prefix"
