#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack, unpacks the .deb into a throw-away root (never the
# developer's system: its dependencies are the Debian packages installed here) and runs the three
# programs from that root only. Checks the declared dependencies against what the binaries load,
# and that both packages hold exactly the files they should.
# usage: package_install.sh BUILD_DIR PROJECT_VERSION
set -euo pipefail

build=$(realpath "$1")
version=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/identitydesk-package.XXXXXX")
mock_pid=
cleanup() {
  if [[ -n $mock_pid ]]; then kill "$mock_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# --- Build both packages into the temp folder ---------------------------------------------------
started=$SECONDS
if ! cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  echo "FAIL: cpack" >&2
  exit 1
fi
echo "cpack: $((SECONDS - started)) s"
debs=("$work"/out/identitydesk_"$version"_*.deb)
tgz=$work/out/identitydesk-$version-Linux.tar.gz
[[ -f ${debs[0]} ]] || { ls -l "$work/out"; echo "FAIL: no .deb" >&2; exit 1; }
[[ -f $tgz ]] || { ls -l "$work/out"; echo "FAIL: no .tar.gz" >&2; exit 1; }
deb=${debs[0]}

# --- Control fields -------------------------------------------------------------------------------
[[ $(dpkg-deb -f "$deb" Package) == identitydesk ]] || fail "Package is not identitydesk"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "Version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"

# Package names of a relation field: alternatives split, versions and architectures dropped.
relation_names() {
  tr ',|' '\n\n' <<<"$1" | sed -e 's/([^)]*)//g' -e 's/:[a-z0-9]*//' -e 's/[[:space:]]//g' \
    | sed '/^$/d' | sort -u
}
mapfile -t depends_names < <(relation_names "$depends")
for wanted in libqt6keychain1 qt6-qpa-plugins libqt6svg6 libqt6core6 libqt6widgets6; do
  printf '%s\n' "${depends_names[@]}" | grep -qx "$wanted" || fail "Depends lacks $wanted"
done
for wanted in gnome-keyring qt6-translations-l10n; do
  relation_names "$recommends" | grep -qx "$wanted" || fail "Recommends lacks $wanted"
done
installed() { [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]; }
for name in "${depends_names[@]}"; do
  installed "$name" || fail "dependency $name is not installed on this system"
done

# --- Files in the packages: exactly these ----------------------------------------------------------
expected_files() {
  local prefix=$1 size
  printf '%s\n' "$prefix/bin/identitydesk" "$prefix/bin/identitydesk-cli" \
    "$prefix/bin/identitydesk-mock" \
    "$prefix/share/applications/org.identitydesk.IdentityDesk.desktop" \
    "$prefix/share/metainfo/org.identitydesk.IdentityDesk.metainfo.xml" \
    "$prefix/share/icons/hicolor/scalable/apps/identitydesk.svg" \
    "$prefix/share/man/man1/identitydesk.1.gz" "$prefix/share/man/man1/identitydesk-cli.1.gz" \
    "$prefix/share/man/man1/identitydesk-mock.1.gz" "$prefix/share/doc/identitydesk/copyright"
  for size in 16 22 24 32 48 64 128 256; do
    echo "$prefix/share/icons/hicolor/${size}x${size}/apps/identitydesk.png"
  done
}
compare_files() { # compare_files WHAT EXPECTED_LIST ACTUAL_LIST
  local extra missing
  extra=$(comm -13 <(sort <<<"$2") <(sort <<<"$3"))
  missing=$(comm -23 <(sort <<<"$2") <(sort <<<"$3"))
  [[ -z $extra ]] || fail "$1 holds files it should not:"$'\n'"$extra"
  [[ -z $missing ]] || fail "$1 lacks:"$'\n'"$missing"
  [[ -n $extra || -n $missing ]] || pass "$1 holds exactly the expected $(wc -l <<<"$2") files"
}
deb_files=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sed 's|^\./||')
compare_files ".deb" "$(expected_files usr)" "$deb_files"
dpkg-deb -c "$deb" | awk '$2 != "root/root" { bad = 1 } END { exit bad }' \
  || fail ".deb has files not owned by root/root"
tgz_top=identitydesk-$version-Linux
tgz_files=$(tar -tzf "$tgz" | grep -v '/$')
compare_files ".tar.gz" "$(expected_files "$tgz_top")" "$tgz_files"

# --- Install: unpack into a fresh root -------------------------------------------------------------
root=$work/root
dpkg-deb -x "$deb" "$root"
bin=$root/usr/bin

# From here on nothing may come from the build tree: not by PATH, libraries or plugins.
case ":${PATH}:${LD_LIBRARY_PATH:-}:${QT_PLUGIN_PATH:-}:" in
  *"$build"*) fail "the build tree is on PATH, LD_LIBRARY_PATH or QT_PLUGIN_PATH" ;;
esac
for program in identitydesk identitydesk-cli identitydesk-mock; do
  if readelf -d "$bin/$program" | grep -E 'R(UN)?PATH' | grep -q "$build"; then
    fail "$program has an RPATH into the build tree"
  fi
done
home=$work/home
mkdir -p "$home"
# A clean environment: the installed programs, the system's libraries, a throw-away home (the app
# saves window settings), and no session bus (so no keyring of the developer's is touched).
run() {
  env -i PATH="$bin:/usr/bin:/bin" HOME="$home" XDG_CONFIG_HOME="$home/.config" \
    XDG_RUNTIME_DIR="$work" LC_ALL=C.UTF-8 "$@"
}

# --- The installed programs run ----------------------------------------------------------------------
cli_version=$(run identitydesk-cli --version)
if [[ $cli_version == "identitydesk-cli $version" ]]; then
  pass "identitydesk-cli --version: $cli_version"
else
  fail "identitydesk-cli --version said '$cli_version', expected 'identitydesk-cli $version'"
fi

if users=$(run identitydesk-cli --demo --quiet users --limit 3); then
  printf '%s\n' "$users"
  rows=$(sed -n '2,$p' <<<"$users" | grep -cv '^(' || true)
  if [[ $(head -n 1 <<<"$users") =~ ^ID[[:space:]]+EMAIL ]] && [[ $rows -eq 3 ]]; then
    pass "identitydesk-cli --demo users --limit 3: a header and 3 rows"
  else
    fail "identitydesk-cli --demo users --limit 3: expected a header and 3 rows, got $rows"
  fi
else
  fail "identitydesk-cli --demo users --limit 3 exited $?"
fi

# exec, so that $! is the mock itself: killing a backgrounded function's subshell would leave
# the mock running after the test.
(exec env -i PATH="$bin:/usr/bin:/bin" HOME="$home" XDG_CONFIG_HOME="$home/.config" \
  XDG_RUNTIME_DIR="$work" LC_ALL=C.UTF-8 identitydesk-mock --port 0) \
  >"$work/mock.out" 2>"$work/mock.err" &
mock_pid=$!
for _ in $(seq 100); do
  [[ -s $work/mock.out ]] && break
  sleep 0.1
done
url=$(head -n 1 "$work/mock.out")
if [[ $url =~ ^http://127\.0\.0\.1:[0-9]+/?$ ]]; then
  if curl -sf --max-time 10 "${url%/}/mock/health" >/dev/null; then
    pass "identitydesk-mock --port 0 serves $url/mock/health"
  else
    fail "identitydesk-mock: $url/mock/health does not answer"
  fi
else
  cat "$work/mock.err" >&2
  fail "identitydesk-mock printed '$url', not http://127.0.0.1:PORT"
fi
kill "$mock_pid"
wait "$mock_pid" 2>/dev/null || true
mock_pid=

shot=$work/shot.png
status=0
run QT_QPA_PLATFORM=offscreen identitydesk --demo --screenshot "$shot" || status=$?
if [[ $status -eq 0 && -s $shot ]] && file "$shot" | grep -q 'PNG image data'; then
  pass "identitydesk --demo --screenshot: $(file -b "$shot")"
else
  fail "identitydesk --demo --screenshot exited $status without a PNG"
fi

# --- Every library the binaries load comes from a Depends entry or its dependencies --------------
# The installed packages' dependency closure of Depends, virtual packages resolved via Provides.
declare -A provider closure
while read -r package provides; do
  for virtual in $(relation_names "$provides"); do provider[$virtual]+=" $package"; done
done < <(dpkg-query -W -f='${db:Status-Abbrev} ${Package} ${Provides}\n' | awk '$1 == "ii" { $1 = ""; print }')
queue=("${depends_names[@]}")
while [[ ${#queue[@]} -gt 0 ]]; do
  name=${queue[0]}
  queue=("${queue[@]:1}")
  [[ -n ${closure[$name]:-} ]] && continue
  closure[$name]=1
  if installed "$name"; then
    fields=$(dpkg-query -W -f='${Depends}, ${Pre-Depends}' "$name")
    mapfile -t next < <(relation_names "$fields")
    queue+=("${next[@]}")
  fi
  for real in ${provider[$name]:-}; do queue+=("$real"); done
done
# Every library the three binaries load, with the package that ships it. One `dpkg -S` for all
# (each call reads the whole file database); paths are tried with and without /usr, because
# ldd may report /lib/... for a file the package lists under /usr/lib/... and vice versa.
libraries=()
for program in identitydesk identitydesk-cli identitydesk-mock; do
  ldd_out=$(env -i "$(command -v ldd)" "$bin/$program")
  if grep -q 'not found' <<<"$ldd_out"; then
    fail "$program: $(grep 'not found' <<<"$ldd_out" | tr '\n' ' ')"
  fi
  mapfile -t -O "${#libraries[@]}" libraries < <(
    awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' <<<"$ldd_out")
done
mapfile -t libraries < <(printf '%s\n' "${libraries[@]}" | sort -u)
candidates() { printf '%s\n' "$1" "$(realpath "$1")" "${1#/usr}" "/usr$1" | sort -u; }
declare -A owner
while IFS= read -r line; do
  owner[${line#*: }]=${line%%:*}
done < <(for library in "${libraries[@]}"; do candidates "$library"; done | sort -u \
           | xargs dpkg -S 2>/dev/null | grep -v '^diversion' || true)
library_count=0
for library in "${libraries[@]}"; do
  library_count=$((library_count + 1))
  package=
  for candidate in $(candidates "$library"); do
    package=${owner[$candidate]:-}
    [[ -n $package ]] && break
  done
  if [[ -z $package ]]; then
    fail "$library is loaded but no installed package ships it"
  elif [[ -z ${closure[$package]:-} ]]; then
    fail "$library comes from $package, which Depends does not bring in"
  fi
done
pass "$library_count libraries checked against the dependencies (${#closure[@]} packages)"

# --- Desktop integration files of the unpacked root --------------------------------------------
share=$root/usr/share
desktop=$share/applications/org.identitydesk.IdentityDesk.desktop
icon=$(sed -n 's/^Icon=//p' "$desktop")
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[[ -x $bin/$exec_name ]] || fail "the desktop file's Exec=$exec_name is not installed"
[[ -f $share/icons/hicolor/scalable/apps/$icon.svg ]] || fail "no scalable icon named Icon=$icon"
for size in 16 22 24 32 48 64 128 256; do
  png=$share/icons/hicolor/${size}x${size}/apps/$icon.png
  file "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a ${size}x${size} PNG"
done
grep -q "<launchable type=\"desktop-id\">$(basename "$desktop")</launchable>" \
  "$share/metainfo/org.identitydesk.IdentityDesk.metainfo.xml" \
  || fail "the metainfo's launchable is not $(basename "$desktop")"
for page in "$share"/man/man1/*.1.gz; do
  output=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l -Tutf8 "$page" 2>&1 >/dev/null) \
    && [[ -z $output ]] || fail "man page $page: $output"
done
[[ $failures -eq 0 ]] && pass "desktop file, icons, metainfo and man pages of the installed root"

if [[ $failures -ne 0 ]]; then
  echo "package_install: $failures check(s) failed" >&2
  exit 1
fi
echo "package_install: all checks passed in $((SECONDS - started)) s"
