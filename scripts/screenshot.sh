#!/usr/bin/env bash
# Screenshots of a page in headless Chromium, for looking at what was built:
#   scripts/screenshot.sh URL OUT.png WIDTH [HEIGHT]
set -euo pipefail
"${CHROME_PATH:-/usr/bin/chromium}" --headless=new --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --disable-quic --hide-scrollbars \
  --window-size="$3,${4:-1400}" --virtual-time-budget=8000 --screenshot="$2" "$1" 2>/dev/null
