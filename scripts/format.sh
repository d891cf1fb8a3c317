#!/usr/bin/env bash
# Applies .clang-format to every C++ source of the project.
set -euo pipefail
cd "$(dirname "$0")/.."
find app ui models services tests bench -type f \( -name '*.cpp' -o -name '*.h' \) -print0 2>/dev/null \
  | xargs -0 -r "${CLANG_FORMAT:-clang-format}" -i
