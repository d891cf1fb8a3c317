#!/usr/bin/env bash
# Fails unless appstreamcli accepts the metainfo file without errors, warnings or infos.
# Pedantic remarks ("P:") are accepted: the only one is the capital letters of the id, which
# follows the usual reverse-DNS style and must equal the desktop file's name.
# --no-net: screenshot and homepage URLs are placeholders, and tests have no internet.
# usage: check-appstream.sh FILE.metainfo.xml
set -euo pipefail
file=$1
status=0
output=$(appstreamcli validate --no-color --no-net --pedantic "$file" 2>&1) || status=$?
printf '%s\n' "$output"
if [[ $status -ne 0 ]] || grep -Eq '^[EWI]: ' <<<"$output"; then
  echo "appstream_validate: $file has errors, warnings or infos (exit code $status)" >&2
  exit 1
fi
