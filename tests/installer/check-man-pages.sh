#!/usr/bin/env bash
# Fails when groff or man prints anything (warnings included) while formatting the man pages.
# usage: check-man-pages.sh PAGE.1...
set -euo pipefail
export LC_ALL=C.UTF-8 MANWIDTH=80
failed=0
for page in "$@"; do
  output=$({ groff -man -ww -z "$page"; man --warnings -l -Tutf8 "$page" >/dev/null; } 2>&1) \
    || failed=1
  if [[ -n "$output" ]]; then
    printf '%s\n' "$output"
    failed=1
  fi
done
if [[ $failed -ne 0 ]]; then
  echo "man_pages_lint: warnings above" >&2
  exit 1
fi
echo "man_pages_lint: $# pages clean"
