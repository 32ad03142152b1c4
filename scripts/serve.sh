#!/usr/bin/env bash
# Sets up whatever is missing, then serves the widget at http://127.0.0.1:8080 and rebuilds on change.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
exec trunk serve "$@"
