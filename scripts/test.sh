#!/usr/bin/env bash
# Builds IdentityDesk from scratch if needed and runs every test with CTest.
# Installs the missing Debian packages first (through sudo when not root).
set -euo pipefail
cd "$(dirname "$0")/.."
installer/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
