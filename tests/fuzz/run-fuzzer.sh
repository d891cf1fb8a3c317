#!/bin/sh
# usage: run-fuzzer.sh FUZZER SECONDS SEED-DIR REGRESSION-DIR
# The suite's run of one libFuzzer target: replays every reproducer in REGRESSION-DIR and every
# seed in SEED-DIR once, then fuzzes for SECONDS in a scratch corpus (the committed seeds stay
# as they are). Fails on any crash, leak, timeout (10 s per input) or out-of-memory; the input
# that caused it is left in the scratch folder, whose path is printed.
set -eu
fuzzer=$1 seconds=$2 seeds=$3 regressions=$4
scratch=$(mktemp -d)
mkdir -p "$scratch/corpus"
dirs=$seeds
[ -d "$regressions" ] && dirs="$regressions $dirs"
# shellcheck disable=SC2086 # the folders are word-split on purpose
if ! "$fuzzer" -runs=0 -timeout=10 -rss_limit_mb=2048 $dirs >"$scratch/replay.log" 2>&1; then
    cat "$scratch/replay.log"
    echo "run-fuzzer: a reproducer or seed fails; see above (scratch: $scratch)" >&2
    exit 1
fi
if ! "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$scratch/" "$scratch/corpus" "$seeds" >"$scratch/fuzz.log" 2>&1; then
    cat "$scratch/fuzz.log"
    echo "run-fuzzer: $(basename "$fuzzer") found a problem; the input is in $scratch" >&2
    exit 1
fi
grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$scratch/fuzz.log"
rm -rf "$scratch"
