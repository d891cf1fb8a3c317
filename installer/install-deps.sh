#!/usr/bin/env bash
# Installs the Debian 12 packages IdentityDesk needs to build, test and run its demo.
# Only missing packages are installed; apt runs through sudo when we are not root.
# Usage: installer/install-deps.sh [--dry-run]
set -euo pipefail

packages=(
  cmake g++ ninja-build file dpkg-dev clang-format openssl
  qt6-base-dev libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev qt6-svg-dev libxkbcommon-dev
  xvfb xauth dbus gnome-keyring libsecret-tools fonts-dejavu-core curl
  desktop-file-utils appstream man-db groff-base python3
  clang libclang-rt-14-dev clang-tidy
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

# Node.js and npm run Stoplight Prism, which checks requests against the vendors' OpenAPI files.
# Any Node.js >= 18 with npm will do, including one that did not come from Debian.
if ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
[[ "${1:-}" == "--dry-run" ]] && exit 0

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install packages" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
