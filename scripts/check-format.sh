#!/usr/bin/env bash
# Fails when a C++ source under the project's source folders is not clang-formatted.
# usage: scripts/check-format.sh [clang-format-binary]
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=${1:-clang-format}
mapfile -t dirs < <(for d in app ui models services tests bench tools/iconrender; do [[ -d $d ]] && echo "$d"; done)
mapfile -t files < <(find "${dirs[@]}" -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
bad=()
for f in "${files[@]}"; do
  "$clang_format" --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [[ ${#bad[@]} -gt 0 ]]; then
  echo "Not clang-formatted (run scripts/format.sh):"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "format: ${#files[@]} files clean"
