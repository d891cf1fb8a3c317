#!/usr/bin/env bash
# Runs the real `identitydesk --demo --screenshot FILE` and checks that it exits with 0 and
# leaves a PNG of a plausible size behind.
# usage: check-screenshot.sh IDENTITYDESK_BINARY OUTPUT_PNG
set -euo pipefail
binary=$1
output=$2
rm -f "$output"
mkdir -p "$(dirname "$output")"

# Settings and profiles of a throw-away home, so the developer's own never count.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"

status=0
"$binary" --demo --screenshot "$output" || status=$?
if [[ $status -ne 0 ]]; then
  echo "FAIL: identitydesk --demo --screenshot exited with $status"
  exit 1
fi
if [[ ! -s $output ]]; then
  echo "FAIL: no screenshot at $output"
  exit 1
fi
signature=$(od -An -tx1 -N8 "$output" | tr -d ' \n')
if [[ $signature != 89504e470d0a1a0a ]]; then
  echo "FAIL: $output is not a PNG"
  exit 1
fi
# Width and height: big-endian 32-bit integers at offsets 16 and 20 (the IHDR chunk).
read -r width height < <(od -An -tu1 -j16 -N8 "$output" |
  awk '{ print $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }')
size=$(stat -c %s "$output")
echo "screenshot: $output, ${width}x${height}, $size bytes"
# A window with a table of users, not an empty frame: big and full of detail.
if (( width < 800 || height < 500 || size < 40000 )); then
  echo "FAIL: the screenshot looks empty or too small"
  exit 1
fi
