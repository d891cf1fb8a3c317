#!/usr/bin/env bash
# Fails when a C++ source under the project's source folders is not clang-formatted.
# usage: scripts/check-format.sh [clang-format-binary]
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=${1:-clang-format}
mapfile -t dirs < <(for d in app ui models services tests bench tools/iconrender; do [[ -d $d ]] && echo "$d"; done)
mapfile -t files < <(find "${dirs[@]}" -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
# One clang-format for all files: starting one per file cost over a minute (over two on a busy
# machine); --dry-run --Werror names every file that differs ("FILE:LINE:COL: error: ...").
report=$("$clang_format" --dry-run --Werror "${files[@]}" 2>&1 >/dev/null) && status=0 || status=$?
if [[ $status -ne 0 ]]; then
  echo "Not clang-formatted (run scripts/format.sh):"
  mapfile -t bad < <(grep -oE '^[^:]+:[0-9]+:[0-9]+: error' <<<"$report" | cut -d: -f1 | sort -u)
  if [[ ${#bad[@]} -gt 0 ]]; then
    printf '  %s\n' "${bad[@]}"
  else
    echo "$report" # clang-format failed otherwise (a missing file, a broken .clang-format)
  fi
  exit 1
fi
echo "format: ${#files[@]} files clean"
