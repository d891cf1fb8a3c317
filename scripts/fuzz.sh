#!/usr/bin/env bash
# usage: scripts/fuzz.sh [SECONDS | --runs N] [TARGET...]
# Builds the libFuzzer targets (the `fuzz` preset, clang) and runs each for SECONDS (default
# 600) or for N executions (--runs 1000000 is the issue-15 bar), growing a corpus per target in
# build/fuzz/corpus/ from the committed seeds. A crash,
# leak, timeout or out-of-memory leaves its input in build/fuzz/findings/; keep it as a
# regression under tests/fuzz/regressions/<target>/ once fixed. Prints executions and speed.
set -uo pipefail
cd "$(dirname "$0")/.."
limit=(-max_total_time="${1:-600}")
if [[ "${1:-}" == "--runs" ]]; then
  [[ "${2:-}" =~ ^[0-9]+$ ]] || { echo "fuzz: --runs needs a number of executions" >&2; exit 2; }
  limit=(-runs="$2")
  shift
fi
shift || true
cmake --preset fuzz >/dev/null && cmake --build --preset fuzz || exit 1
bin=build/fuzz/tests/fuzz
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  for f in "$bin"/fuzz_*; do [[ -x $f && -f $f ]] && targets+=("$(basename "$f")"); done
fi
mkdir -p build/fuzz/findings
failed=0
for target in "${targets[@]}"; do
  stem=${target#fuzz_}
  corpus=build/fuzz/corpus/$stem
  mkdir -p "$corpus"
  log=build/fuzz/findings/$stem.log
  dirs=("$corpus" "tests/fuzz/corpus/$stem")
  [[ -d tests/fuzz/regressions/$stem ]] && dirs+=("tests/fuzz/regressions/$stem")
  if "$bin/$target" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 \
       -print_final_stats=1 -artifact_prefix="build/fuzz/findings/$stem-" "${dirs[@]}" >"$log" 2>&1; then
    result=ok
  else
    result="FINDING (see $log)"
    failed=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log")
  printf '%-22s %10s runs %7s exec/s %5s MB peak  %s\n' "$target" "${runs:-?}" "${speed:-?}" \
    "${rss:-?}" "$result"
done
exit $failed
