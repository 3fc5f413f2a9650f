#!/usr/bin/env bash
# Builds the .deb from this build tree, unpacks it into a temporary root (no installation),
# and runs what it holds from there: --version, a review of a bundled sample, and the
# workbench started offscreen for a moment.
#   deb-smoke.sh BUILD_DIR
set -euo pipefail
build="$1"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb="$(ls "$work"/out/*.deb)"
echo "package: $(basename "$deb")"
dpkg-deb --field "$deb" Depends | grep -q libqt6widgets6 || { echo "the .deb declares no Qt dependency"; exit 1; }
dpkg-deb -x "$deb" "$work/root"
root="$work/root/usr"
"$root/bin/countersign-cli" --version
set +e; "$root/bin/countersign-cli" review "$root/share/countersign/samples/credit-limit-red" --json >"$work/review.json"; rc=$?; set -e
[ "$rc" -eq 1 ] || { echo "review of credit-limit-red should exit 1 (a fail finding), got $rc"; exit 1; }
grep -q '"track": "red"' "$work/review.json" || { echo "review did not give the red track"; exit 1; }
test -f "$root/share/applications/io.github.countersign.Countersign.desktop"
test -f "$root/share/metainfo/io.github.countersign.Countersign.metainfo.xml"
test -f "$root/share/man/man1/countersign-cli.1"
QT_QPA_PLATFORM=offscreen timeout 20 "$root/bin/countersign" --smoke-test
echo "deb smoke: ok"
