#!/usr/bin/env bash
# Applies .clang-format to every C++ source of the project.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t dirs < <(for d in app ui models services tests bench tools/iconrender; do [[ -d $d ]] && echo "$d"; done)
find "${dirs[@]}" -type f \( -name '*.cpp' -o -name '*.h' \) -print0 \
  | xargs -0 -r "${CLANG_FORMAT:-clang-format}" -i
