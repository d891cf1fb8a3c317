#!/usr/bin/env bash
# Builds IdentityDesk from scratch if needed and runs every test with CTest.
# Installs the missing Debian packages first (through sudo when not root).
set -euo pipefail
cd "$(dirname "$0")/.."
# --no-asan leaves out the AddressSanitizer + UBSan build and suite (below), for a quicker run
# while working; CI always runs it.
asan=true
case "${1:-}" in
  "") ;;
  --no-asan) asan=false ;;
  *) echo "usage: scripts/test.sh [--no-asan]" >&2; exit 2 ;;
esac
installer/install-deps.sh
# Prism (npm) validates requests against the official specs in tests/contract.
if [[ ! -x tools/prism/node_modules/.bin/prism ]]; then
  npm ci --prefix tools/prism --no-fund --no-audit --loglevel=error
fi
cmake --preset ci
cmake --build --preset ci
# libFuzzer targets (clang): every parser of untrusted input, a few seconds each (tests/fuzz).
cmake --preset fuzz
cmake --build --preset fuzz
# The same suite also runs under AddressSanitizer + UBSan (the `asan` preset, GCC; halt on the
# first error, leaks checked with tests/sanitizers/lsan.supp for third-party libraries only).
# The asan test preset leaves out, by label: contract (Prism is a node process, nothing of ours
# to sanitize, and its requests are the ci run's), packaging (cpack and the installed programs,
# not sanitizer builds) and style/tidy (source checks that run no code of ours).
if $asan; then
  cmake --preset asan
  cmake --build --preset asan
fi
# Every suite runs even when an earlier one fails; the exit code says whether all passed.
status=0
ctest --preset fuzz || status=1
if $asan; then
  ctest --preset asan || status=1
fi
ctest --preset ci || status=1
exit $status
