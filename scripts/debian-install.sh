#!/usr/bin/env bash
# Installs the named Debian packages, as root or through sudo, quietly: for scripts/setup.sh and
# scripts/setup-engines.sh, which name only the packages that are missing.
set -euo pipefail
[ $# -gt 0 ] || exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
