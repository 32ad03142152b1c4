#!/usr/bin/env bash
# Prints raw, gzip and brotli sizes of every first-load file in a release dist/, and fails when
# the brotli total is over budget. Usage: scripts/size-budget.sh [dist] (BUDGET_KB overrides 120).
set -euo pipefail
dist=${1:-dist}
budget_kb=${BUDGET_KB:-120}
budget=$((budget_kb * 1000))

# Everything the page loads first: index.html, the files it references (CSS, pre-paint script,
# loader, icon), and the files the loader imports (the JS glue and its WASM). Not embed.js: that
# one is for the host page, not the widget. Not the extras module: the page loads it only when a
# link names a scenario, or for a picture (listed below).
mapfile -t files < <(
  cd "$dist" && {
    echo index.html
    for f in $(grep -oE '(href|src)="?[^" >]+' index.html | sed -E 's/^(href|src)="?(\.\/)?//'); do
      echo "$f"
      case "$f" in
        *.js) if [ -f "$f" ]; then { grep -oE "[\"']\./[^\"']+\.(js|wasm)[\"']" "$f" || true; } | tr -d "\"'" | sed 's|^\./||'; fi ;;
      esac
    done
  } | sort -u | while read -r f; do if [ -f "$f" ]; then echo "$f"; fi; done
)
if [ ${#files[@]} -eq 0 ]; then
  echo "size budget: no first-load files in $dist; build it first (trunk build --release)" >&2
  exit 1
fi
# The WASM is found through the loader's import: without it, it would drop out of the total unseen.
if ! printf '%s\n' "${files[@]}" | grep -q '\.wasm$'; then
  echo "size budget: no loader imports a .wasm, so the WASM would not be counted" >&2
  exit 1
fi

kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1000 }'; }
printf '%-44s %12s %12s %12s\n' "first-load file" raw gzip brotli
raw_total=0 gz_total=0 br_total=0
for f in "${files[@]}"; do
  raw=$(wc -c <"$dist/$f")
  gz=$(gzip -9 -c "$dist/$f" | wc -c)
  br=$(brotli -q 11 -c "$dist/$f" | wc -c)
  raw_total=$((raw_total + raw)) gz_total=$((gz_total + gz)) br_total=$((br_total + br))
  printf '%-44s %12s %12s %12s\n' "$f" "$(kb "$raw")" "$(kb "$gz")" "$(kb "$br")"
done
printf '%-44s %12s %12s %12s\n' "total" "$(kb "$raw_total")" "$(kb "$gz_total")" "$(kb "$br_total")"
for f in $(cd "$dist" && ls -- extras*.js extras*_bg.wasm 2>/dev/null); do
  printf '%-44s %12s %12s %12s\n' "on demand: $f" "$(kb "$(wc -c <"$dist/$f")")" \
    "$(kb "$(gzip -9 -c "$dist/$f" | wc -c)")" "$(kb "$(brotli -q 11 -c "$dist/$f" | wc -c)")"
done

if [ "$br_total" -gt "$budget" ]; then
  echo "size budget: FAILED, $(kb "$br_total") brotli is over the $budget_kb KB budget" >&2
  exit 1
fi
echo "size budget: ok, $(kb "$br_total") brotli of $budget_kb KB (aim: under 80 KB)"
