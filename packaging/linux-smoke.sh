#!/usr/bin/env bash
# Freeze the app with the release spec on Linux and run the frozen self-test offscreen.
# Called by .ci/run; also handy before tagging a release. Prints the bundle size.
set -euo pipefail
cd "$(dirname "$0")/.."
work="${TMPDIR:-/tmp}/esms-desktop-freeze"
rm -rf "$work"
uv sync --locked --group packaging --quiet
uv run --group packaging pyinstaller packaging/esms_desktop.spec --noconfirm \
    --distpath "$work/dist" --workpath "$work/build" --log-level WARN
bundle="$work/dist/esms-desktop"
echo "frozen bundle: $(du -sh "$bundle" | cut -f1) in $(find "$bundle" -type f | wc -l) files"
report="$work/self-test.txt"
ESMS_DESKTOP_HOME="$work/home" QT_QPA_PLATFORM=offscreen \
    "$bundle/esms-desktop" --self-test --self-test-out "$report" >/dev/null 2>&1 || true
cat "$report" 2>/dev/null || { echo "the frozen app wrote no self-test report"; exit 1; }
grep -q "^self-test passed" "$report"
