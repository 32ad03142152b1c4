#!/usr/bin/env bash
# Installs whatever is missing to run the widget in the two engines besides Chromium's
# (tests/engines/): Firefox ESR and geckodriver, WebKitGTK's WebKitWebDriver and MiniBrowser, and a
# virtual X display for MiniBrowser's window. Only the tests need these, so scripts/setup.sh (which
# serving the widget needs too) leaves them out; scripts/test.sh sources this after it.
# Idempotent: a second run installs nothing and says so in one line.
set -euo pipefail

GECKODRIVER_VERSION=0.37.1

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"

engines=()
say() { printf 'setup-engines: %s\n' "$*"; }

missing=()
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v xauth >/dev/null || missing+=(xauth) # xvfb-run needs it; xvfb only recommends it
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian"
  bash scripts/debian-install.sh "${missing[@]}"
  engines+=("${missing[@]}")
fi

# Mozilla publishes geckodriver on crates.io; Debian has no package of it.
if [ "$(geckodriver --version 2>/dev/null | head -n 1)" != "geckodriver $GECKODRIVER_VERSION" ]; then
  say "installing geckodriver $GECKODRIVER_VERSION (about 2 minutes)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --quiet
  engines+=("geckodriver $GECKODRIVER_VERSION")
fi

if [ ${#engines[@]} -eq 0 ]; then
  say "Firefox, WebKit and their drivers are already installed"
else
  say "installed: ${engines[*]}"
fi
