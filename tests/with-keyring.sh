#!/bin/sh
# usage: with-keyring.sh CMD [ARGS...]
# Runs CMD inside a private D-Bus session bus with an unlocked gnome-keyring (Secret Service)
# whose login keyring lives in a throw-away XDG_DATA_HOME and HOME; returns CMD's exit code.
# It never touches the caller's own keyring: the bus is private and the keyring files are new.
# CMD sees IDENTITYDESK_PRIVATE_KEYRING=1, so tests can refuse to run against a real keyring.
d="$(mktemp -d)" || exit 1
mkdir -p "$d/data" "$d/home" "$d/runtime" && chmod 700 "$d/runtime" || { rm -rf "$d"; exit 1; }
# A private XDG_RUNTIME_DIR too: gnome-keyring-daemon keeps its control socket there, and a
# shared one would let parallel runs find (and reuse) each other's daemons.
XDG_DATA_HOME="$d/data" HOME="$d/home" XDG_RUNTIME_DIR="$d/runtime" \
IDENTITYDESK_PRIVATE_KEYRING=1 dbus-run-session -- sh -c '
  printf %s ci-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  # the daemon claims org.freedesktop.secrets asynchronously: wait for it (max 5 s)
  i=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; do
    i=$((i+1)); [ $i -ge 50 ] && { echo "with-keyring: secret service did not come up" >&2; break; }
    sleep 0.1
  done
  exec "$@"' sh "$@"
rc=$?
rm -rf "$d"
exit $rc
