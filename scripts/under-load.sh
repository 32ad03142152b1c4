#!/usr/bin/env bash
# Checks the browser tests for flakiness on a slow, busy machine: runs them RUNS times in a row
# (3 by default) on one CPU (taskset -c 0), with a second copy of the end-to-end suite running
# beside them on the same CPU the whole time, and prints each run's pass and fail counts.
#
#   bash scripts/under-load.sh                 # the browser tests, the end-to-end suite and the
#                                              # other engines (Firefox, WebKit), 3 times
#   RUNS=5 bash scripts/under-load.sh tests/e2e/prerender.test.mjs   # one file, 5 times
#
# A test that waits a fixed time or counts frames passes on a fast machine and fails here. It
# tests the release build in dist/ as it is (run scripts/test.sh or trunk build --release first).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh >/dev/null
# setup.sh stops at the first error; here a failing run must be counted, not end the script.
set +e
runs=${RUNS:-3}
# A run that hangs is a failure too: it ends after this long (one CPU, two suites: slow).
run_limit=${RUN_LIMIT:-3600}
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(tests/e2e/ tests/engines/)
[ -f dist/index.html ] || { echo "under-load: no dist/; build it first (trunk build --release)" >&2; exit 1; }
log=$(mktemp -d)

# The load: the whole end-to-end suite, again and again, on the same CPU, until the runs are over.
# In a process group of its own, so that it stops whole (the browsers close with their runner).
setsid bash -c "while :; do taskset -c 0 node --test tests/e2e/ >'$log/beside.log' 2>&1; done" &
beside=$!
trap 'kill -- -$beside 2>/dev/null' EXIT

failed=0
for run in $(seq 1 "$runs"); do
  start=$(date +%s)
  web="not run"
  if [ $# -eq 0 ]; then
    # The wasm-bindgen tests too, unless the run names files of its own.
    if timeout "$run_limit" taskset -c 0 cargo test --target wasm32-unknown-unknown --test web >"$log/web-$run.log" 2>&1; then
      web=$(grep -o '[0-9]* passed; [0-9]* failed' "$log/web-$run.log" | tail -n 1)
    else
      web="FAILED: $(grep -o '[0-9]* passed; [0-9]* failed' "$log/web-$run.log" | tail -n 1) (see $log/web-$run.log)"
      failed=1
    fi
  fi
  timeout "$run_limit" taskset -c 0 node --test --test-reporter=tap "${files[@]}" >"$log/e2e-$run.log" 2>&1
  status=$?
  pass=$(grep -c '^ok ' "$log/e2e-$run.log")
  fail=$(grep -c '^not ok ' "$log/e2e-$run.log")
  [ "$status" -ne 124 ] || fail="$fail (and it timed out)"
  [ "$status" -eq 0 ] || failed=1
  echo "run $run of $runs, $(($(date +%s) - start)) s: browser tests $web; end-to-end $pass passed, $fail failed"
  grep '^not ok ' "$log/e2e-$run.log" | sed 's/^/  /'
done
echo "logs: $log"
exit $failed
