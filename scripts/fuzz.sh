#!/usr/bin/env bash
# usage: scripts/fuzz.sh [SECONDS] [TARGET...]
# Builds the libFuzzer targets (the `fuzz` preset, clang) and runs each for SECONDS (default
# 600), growing a corpus per target in build/fuzz/corpus/ from the committed seeds. A crash,
# leak, timeout or out-of-memory leaves its input in build/fuzz/findings/; keep it as a
# regression under tests/fuzz/regressions/<target>/ once fixed. Prints executions and speed.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
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
  if "$bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -print_final_stats=1 -artifact_prefix="build/fuzz/findings/$stem-" "${dirs[@]}" >"$log" 2>&1; then
    result=ok
  else
    result="FINDING (see $log)"
    failed=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  printf '%-22s %10s runs %7s exec/s  %s\n' "$target" "${runs:-?}" "${speed:-?}" "$result"
done
exit $failed
