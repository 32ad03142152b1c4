#!/usr/bin/env bash
# Sets up whatever is missing, then runs every test: the gates (rustfmt, clippy), native (model,
# properties, prerender), the benches' comparison of two builds, browser (headless Chromium), the
# release build and its size budget, end-to-end tests of it, and it in Firefox and WebKit.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
bash scripts/setup-engines.sh

echo "== gates: rustfmt, and clippy with warnings denied, native and for wasm32"
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

echo "== native tests: model, property tests, server render"
cargo test

echo "== link campaign: a million hostile query strings through the parser"
cargo test --profile native-fast --test url_properties -- --ignored --nocapture

echo "== bench tooling: the pair-by-pair comparison of two builds"
node --test bench/compare.test.mjs

echo "== browser tests: headless Chromium"
# The runner rejects --quiet; CHROMEDRIVER comes from setup.sh.
cargo test --target wasm32-unknown-unknown --test web

echo "== release build"
trunk build --release

echo "== size budget"
scripts/size-budget.sh dist

echo "== end-to-end tests: the built dist/ over HTTP in headless Chromium"
node --test tests/e2e/

echo "== other engines: the built dist/ in Firefox and WebKit, through their WebDrivers"
node --test tests/engines/
