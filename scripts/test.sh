#!/usr/bin/env bash
# Builds IdentityDesk from scratch if needed and runs every test with CTest.
# Installs the missing Debian packages first (through sudo when not root).
set -euo pipefail
cd "$(dirname "$0")/.."
installer/install-deps.sh
# Prism (npm) validates requests against the official specs in tests/contract.
if [[ ! -x tools/prism/node_modules/.bin/prism ]]; then
  npm ci --prefix tools/prism --no-fund --no-audit --loglevel=error
fi
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
