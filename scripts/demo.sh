#!/usr/bin/env bash
# Builds IdentityDesk if needed and starts the desktop app in offline demo mode: the built-in
# mock server on a free loopback port, one profile per backend API, in-memory secrets.
# Installs the missing Debian packages first (through sudo when not root).
# Extra arguments go to the app, e.g. scripts/demo.sh --profile acronis
set -euo pipefail
cd "$(dirname "$0")/.."
installer/install-deps.sh
cmake --preset dev
cmake --build --preset dev --target identitydesk
exec build/dev/app/desktop/identitydesk --demo "$@"
