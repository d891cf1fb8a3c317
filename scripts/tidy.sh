#!/usr/bin/env bash
# usage: scripts/tidy.sh [BUILD-DIR]
# Runs clang-tidy (.clang-tidy) over the product sources (services/, models/, ui/, app/) of a
# configured build (default build/ci, which exports compile_commands.json).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
[[ -f $build/compile_commands.json ]] || { echo "tidy: no $build/compile_commands.json" >&2; exit 1; }
# The generated moc and rcc files are not ours; GCC-only flags are dropped for clang.
run-clang-tidy -quiet -p "$build" -j "${TIDY_JOBS:-2}" -extra-arg=-Wno-unknown-warning-option \
  "$PWD/(services|models|ui|app)/.*\.cpp$"
