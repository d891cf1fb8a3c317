#!/bin/sh
# usage: check-no-leftovers.sh
# Fails when a process started by the test suite is still running. The test presets give CTest,
# and so every test, IDENTITYDESK_TEST_RUN=<build folder> in the environment, which the
# processes a test starts inherit (mock servers, CLIs, Prism, dbus-daemon, gnome-keyring-daemon).
# This check runs after all tests (a CTest fixture cleanup) and looks for that marker in /proc,
# never at process names. It only reports: ending a test's processes is that test's job.
[ -n "${IDENTITYDESK_TEST_RUN:-}" ] || {
  echo "check-no-leftovers: IDENTITYDESK_TEST_RUN is not set (run through a test preset); nothing to check"
  exit 0
}
[ -d /proc/self ] || { echo "check-no-leftovers: no /proc, nothing to check"; exit 0; }
marker="IDENTITYDESK_TEST_RUN=$IDENTITYDESK_TEST_RUN"
# CTest and this check itself carry the marker too: skip this process's ancestors.
ancestors=" "
pid=$$
while [ "$pid" -gt 1 ] 2>/dev/null; do
  ancestors="$ancestors$pid "
  pid=$(awk '/^PPid:/ { print $2 }' "/proc/$pid/status" 2>/dev/null) || break
  [ -n "$pid" ] || break
done
parent_of() { awk '/^PPid:/ { print $2 }' "/proc/$1/status" 2>/dev/null; }
# True for this check's own helpers (subshells, tr, grep): descendants of this shell.
is_ours() {
  p=$1
  while [ -n "$p" ] && [ "$p" -gt 1 ] 2>/dev/null; do
    [ "$p" = "$$" ] && return 0
    p=$(parent_of "$p")
  done
  return 1
}
leftovers() {
  for file in $(grep -lzxF "$marker" /proc/[0-9]*/environ 2>/dev/null); do
    pid=${file#/proc/}
    pid=${pid%/environ}
    [ -d "/proc/$pid" ] || continue # gone meanwhile (this check's own grep, too)
    case $ancestors in *" $pid "*) continue ;; esac
    is_ours "$pid" && continue
    printf '%s %s\n' "$pid" "$({ tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | cut -c1-200)"
  done
}
# A process a test has just killed may need a moment to be gone.
for attempt in 1 2 3 4 5; do
  found=$(leftovers)
  [ -z "$found" ] && { echo "check-no-leftovers: no test process outlived its test"; exit 0; }
  [ $attempt -lt 5 ] && sleep 1
done
echo "check-no-leftovers: these processes of the test run are still running:" >&2
echo "$found" >&2
exit 1
