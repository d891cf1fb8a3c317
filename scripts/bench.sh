#!/usr/bin/env bash
# Builds a Release tree and runs every benchmark, each printing our figures beside the
# reference measured in the same run (curl over the same pages, Qt's stock models, a bare
# SQLite insert). Takes about 10 minutes on 2 cores. Not part of the test suite.
# Usage: scripts/bench.sh [--skip-million]
set -euo pipefail
cd "$(dirname "$0")/.."
installer/install-deps.sh
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset release "${launcher[@]}" >/dev/null
cmake --build --preset release --target identitydesk-cli identitydesk-mock bench_tablemodel \
    bench_journal
echo "== Listing: identitydesk-cli against curl over the same pages"
python3 bench/bench_listing.py --build build/release "$@"
echo "== Bulk changes: identitydesk-cli bulk apply against a sequential curl loop"
python3 bench/bench_bulk.py --build build/release
echo "== The users table: ours against Qt's stock models"
QT_QPA_PLATFORM=offscreen build/release/bench/bench_tablemodel --sorted
echo "== The change journal"
build/release/bench/bench_journal
