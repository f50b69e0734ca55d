#!/usr/bin/env bash
# Build llama.cpp (libllama, libggml and llama-server) once per machine, into a cache folder keyed by version.
#
#   bash installer/llama-cpp.sh            # prints the install prefix on the last line of stdout
#
# The source is the git bundle inside the npm package node-llama-cpp (the only package source besides Debian's
# archive). Headers and libraries come from the same commit. The prefix holds include/ (with include/llama-common,
# the chat library's headers), lib/ and bin/llama-server,
# plus vocab/ with the bundle's vocab-only GGUF files and gguf-py/ (used by the tests to write tiny models).
set -euo pipefail

version="3.22.1"
cache_root="${AISTACK_CACHE_DIR:-$HOME/.cache/aistack}"
# ggml is built for this machine's CPU (GGML_NATIVE), so the key holds the CPU's feature flags too.
cpu_key="$(grep -m1 '^flags' /proc/cpuinfo | md5sum | cut -c1-8)"
prefix="$cache_root/llama.cpp-node-$version-$cpu_key"
stamp="$prefix/.complete"

fetch_sources() { # into $work/src
    rm -rf "$work"
    mkdir -p "$work"
    echo "==> fetching node-llama-cpp@$version from npm" >&2
    (cd "$work" && npm pack --silent "node-llama-cpp@$version" >/dev/null && tar xzf "node-llama-cpp-$version.tgz")
    git clone -q "$work/package/llama/gitRelease.bundle" "$work/src" 2>/dev/null
}
# The headers of llama.cpp's chat library (libllama-common: chat templates with tools, parsing the calls),
# in include/llama-common; a build made before they were kept gets them without building again.
copy_common_headers() { # src prefix
    mkdir -p "$2/include/llama-common/jinja"
    cp -a "$1/common/"*.h "$2/include/llama-common/"
    cp -a "$1/common/jinja/"*.h "$2/include/llama-common/jinja/"
    touch "$2/.common-headers"
}

work="$prefix.work"
if [ -f "$stamp" ]; then
    if [ ! -f "$prefix/.common-headers" ]; then
        fetch_sources
        copy_common_headers "$work/src" "$prefix"
        rm -rf "$work"
    fi
    echo "$prefix"
    exit 0
fi

fetch_sources

echo "==> building llama.cpp (a few minutes on first use; cached in $prefix)" >&2
export CCACHE_DIR="${CCACHE_DIR:-$cache_root/ccache}"
cmake -S "$work/src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    -DCMAKE_BUILD_WITH_INSTALL_RPATH=ON -DCMAKE_INSTALL_RPATH='$ORIGIN/../lib:$ORIGIN' \
    -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_BUILD_UI=OFF -DLLAMA_OPENSSL=OFF -DLLAMA_CURL=OFF \
    -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_TOOLS=ON \
    -DBUILD_SHARED_LIBS=ON -DGGML_NATIVE=ON >&2
cmake --build "$work/build" --parallel "$(nproc)" --target llama llama-server >&2
rm -rf "$prefix"
mkdir -p "$prefix/bin" "$prefix/lib" "$prefix/include" "$prefix/vocab"
cp -a "$work/build/bin/llama-server" "$prefix/bin/"
find "$work/build/bin" -maxdepth 1 -name 'lib*.so*' -exec cp -a {} "$prefix/lib/" \;
cp -a "$work/src/include/"*.h "$work/src/ggml/include/"*.h "$prefix/include/"
copy_common_headers "$work/src" "$prefix"
cp -a "$work/src/models/ggml-vocab-"*.gguf "$prefix/vocab/"
cp -a "$work/src/gguf-py" "$prefix/gguf-py"
cp -a "$work/src/LICENSE" "$prefix/LICENSE"
echo "$version" >"$stamp"
rm -rf "$work"
echo "$prefix"
