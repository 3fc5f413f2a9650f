#!/usr/bin/env bash
# Countersign's one entry point for a fresh Debian 12 machine (run as root):
#   bash tools/dev.sh demo   install what is missing, build, open the workbench on the samples
#   bash tools/dev.sh test   install what is missing, build, run the whole test suite
# Everything comes from Debian packages; nothing is downloaded from anywhere else.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-}"
build="${COUNTERSIGN_BUILD_DIR:-$here/build}"
jobs="$(nproc)"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libqt6opengl6-dev libgl-dev
    nlohmann-json3-dev libsodium-dev nettle-dev libsqlite3-dev libpq-dev libarchive-dev libfast-float-dev
    python3 sqlite3 xvfb xauth postgresql desktop-file-utils appstream
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "== installing: ${missing[*]}"
        if [ "$(id -u)" -ne 0 ]; then
            echo "tools/dev.sh: missing packages and not root; run as root or install: ${missing[*]}" >&2
            exit 2
        fi
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

configure_and_build() { # dir, extra cmake args...
    local dir="$1"; shift
    cmake -S "$here" -B "$dir" -G Ninja "$@"
    cmake --build "$dir" -j "$jobs"
}

run_tests() { # dir
    (cd "$1" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs" --timeout 900)
}

case "$mode" in
demo)
    install_missing
    configure_and_build "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec "$build/app/countersign" --demo
    fi
    # No display: show the review in the terminal and the window as screenshots.
    for sample in "$here"/resources/samples/*/; do
        [ -f "$sample/manifest.json" ] || continue
        echo "================================================================"
        "$build/app/countersign-cli" review "$sample" || true
    done
    QT_QPA_PLATFORM=offscreen "$build/app/countersign" --demo --screenshot "$build/screenshots"
    echo
    echo "No display here: the workbench was rendered to $build/screenshots/*.png."
    echo "On a desktop, run: $build/app/countersign --demo"
    ;;
test)
    install_missing
    # The warnings-as-errors build runs the whole suite...
    configure_and_build "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOUNTERSIGN_WERROR=ON
    run_tests "$build"
    # ...and so does a build with AddressSanitizer and UndefinedBehaviorSanitizer.
    configure_and_build "$build-asan" -DCMAKE_BUILD_TYPE=Debug -DCOUNTERSIGN_SANITIZE=ON -DCOUNTERSIGN_WERROR=ON
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        run_tests "$build-asan"
    ;;
*)
    echo "usage: bash tools/dev.sh demo|test" >&2
    exit 2
    ;;
esac
