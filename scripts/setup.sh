#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test PM Scale-Up on Debian with Rust.
# Idempotent: a second run installs nothing and says so in one line.
# Source it (`. scripts/setup.sh`) to also get the tool paths in the calling shell.
set -euo pipefail

TRUNK_VERSION=0.21.14

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
# The wasm-bindgen CLI must equal the crate in Cargo.lock, or Trunk and the test runner refuse it.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)

export PATH="$ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

installed=()
say() { printf 'setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
  installed+=("wasm32 target")
fi

# The gates in scripts/test.sh; a minimal rustup profile has neither.
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
    installed+=("$component")
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 6 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
  installed+=("trunk $TRUNK_VERSION")
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # No --locked: its lock file names a crate version the registry index no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  installed+=("wasm-bindgen $WASM_BINDGEN_VERSION")
fi

# npm tools pinned in tools/package-lock.json: wasm-opt (binaryen 132; Debian's 108 and the
# wasm-opt crate's 116 cannot parse current rustc output), Playwright for the end-to-end tests,
# the real clients they embed the widget with (unfurl.js, pym.js), and selenium-webdriver for
# Firefox and WebKit (whose browsers scripts/setup-engines.sh installs).
if ! cmp -s tools/package-lock.json tools/node_modules/.installed-lock.json; then
  say "installing the npm tools in tools/ (wasm-opt, esbuild, playwright-core, axe-core, unfurl.js, pym.js, selenium-webdriver)"
  npm ci --prefix tools --no-audit --no-fund --loglevel=error >/dev/null
  cp tools/package-lock.json tools/node_modules/.installed-lock.json
  installed+=("npm tools")
fi

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
command -v gzip >/dev/null || missing+=(gzip)
command -v hugo >/dev/null || missing+=(hugo) # for the end-to-end test of the Hugo shortcode
# The link-preview images are drawn with DejaVu Sans, loaded by path for identical builds.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian"
  bash scripts/debian-install.sh "${missing[@]}"
  installed+=("${missing[@]}")
fi

# WordPress's own host script for embeds, for the end-to-end test: from Debian's wordpress
# package, unpacked without installing it, and kept out of the repository (.gitignore).
if [ ! -f tools/wordpress/wp-embed.js ]; then
  say "fetching wp-embed.js from Debian's wordpress package"
  work=$(mktemp -d)
  if ! (cd "$work" && apt-get download wordpress >/dev/null 2>&1); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    (cd "$work" && apt-get download wordpress >/dev/null)
  fi
  (cd "$work" && dpkg-deb -x wordpress_*.deb x)
  mkdir -p tools/wordpress
  cp "$work/x/usr/share/wordpress/wp-includes/js/wp-embed.js" tools/wordpress/
  rm -rf "$work"
  installed+=(wp-embed.js)
fi

# Trunk builds offline (Trunk.toml), so every crate must already be in the local registry.
cargo fetch --quiet

if [ ${#installed[@]} -eq 0 ]; then
  say "everything is already installed"
else
  say "installed: ${installed[*]}"
fi
