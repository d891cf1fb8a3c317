#!/usr/bin/env bash
# Fails unless desktop-file-validate accepts the desktop entry without a single message:
# it exits 0 on warnings and hints, so its output is checked too.
# usage: check-desktop-file.sh FILE.desktop
set -euo pipefail
file=$1
status=0
output=$(desktop-file-validate "$file" 2>&1) || status=$?
if [[ $status -ne 0 || -n "$output" ]]; then
  printf '%s\n' "$output"
  echo "desktop_file_validate: $file is not clean (exit code $status)" >&2
  exit 1
fi
echo "desktop_file_validate: $file is clean"
