#!/usr/bin/env bash
# Prints the measured figures: first-load size per file, where the WASM's bytes go, the slider-sweep
# benchmark beside a plain range input (desktop and phone screens), and Lighthouse in desktop and
# mobile modes.
# Not part of scripts/test.sh: these are figures to read, not pass/fail tests (the size budget is).
#
#   bash scripts/bench.sh           # everything
#   bash scripts/bench.sh --trace   # only where one sweep's main-thread time goes, by category
#   bash scripts/bench.sh --lcp     # only what the mobile Largest Contentful Paint waits for
#   bash scripts/bench.sh --paint   # only when the largest paint comes in the browser itself
#   bash scripts/bench.sh --handover  # only what one slider step costs the main thread, by category
#   bash scripts/bench.sh --floor   # only what one small change costs, on this page and a blank one
#
# BENCH_AB=/other/dist puts a second build beside this one in every sweep and in --handover (an
# A/B in one run);
# BENCH_VIEWPORT=phone and BENCH_THROTTLE=6 choose the scene of --trace and --handover;
# BENCH_THROTTLE=mid-tier or low-tier finds the rate at which this machine is as fast as such a
# phone (bench/calibrate.mjs), as Chrome DevTools' calibration does, and index:N the rate at
# which it scores N on Lighthouse's benchmark index.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh

if ! command -v twiggy >/dev/null; then
  echo "bench: installing twiggy (about 2 minutes)"
  cargo install twiggy --version 0.8.0 --locked
fi
if ! cmp -s bench/package-lock.json bench/node_modules/.installed-lock.json; then
  echo "bench: installing Lighthouse into bench/"
  npm ci --prefix bench --no-audit --no-fund --loglevel=error >/dev/null
  cp bench/package-lock.json bench/node_modules/.installed-lock.json
fi

trunk build --release
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(chromium --version 2>/dev/null)"
echo
case "${1:-}" in
  --trace) BENCH_TRACE=1 node bench/sweep.mjs; exit ;;
  --lcp) (cd bench && node lcp.mjs); exit ;;
  --paint) node bench/paint.mjs; exit ;;
  --handover) node bench/handover.mjs; exit ;;
  --floor) node bench/floor.mjs; exit ;;
  "") ;;
  *) echo "bench: unknown option $1 (--trace, --lcp, --paint, --handover or --floor)" >&2; exit 2 ;;
esac
scripts/size-budget.sh dist
node bench/size-breakdown.mjs
# The desktop window and a phone at 4x CPU throttling, and the phone at 6x; then the phone at the
# rates that make this machine as fast as a mid-tier phone, as fast as 4x made the machine the
# targets were set on (index 500), and as a low-tier phone (about what 6x made it).
node bench/sweep.mjs
BENCH_VIEWPORT=phone node bench/sweep.mjs
BENCH_VIEWPORT=phone BENCH_THROTTLE=6 node bench/sweep.mjs
BENCH_VIEWPORT=phone BENCH_THROTTLE=mid-tier node bench/sweep.mjs
BENCH_VIEWPORT=phone BENCH_THROTTLE=index:500 node bench/sweep.mjs
BENCH_VIEWPORT=phone BENCH_THROTTLE=low-tier node bench/sweep.mjs
node bench/handover.mjs
node bench/floor.mjs
(cd bench && node lighthouse.mjs)
(cd bench && node lcp.mjs)
node bench/paint.mjs
