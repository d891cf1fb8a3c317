#!/usr/bin/env python3
"""Runs the shell examples of README.md, docs/user-guide.md and docs/admin-guide.md.

Every ```sh block is split into its commands. Commands that cannot run in a test (installing
packages, building, the desktop window, a real provider) are replaced by `:` and reported with
the reason from SKIPS. A block with an identitydesk-cli or identitydesk-mock command left (or a
curl recipe against the documented mock on port 8080) then runs whole in bash with
`set -eo pipefail`, in a scratch folder, with:

- this build's identitydesk-cli and identitydesk-mock first on PATH and in place of any
  `build/<preset>/app/.../identitydesk-*` path the docs name;
- port 8080 replaced by a free port, and a mock server started there first when the block uses
  the port without starting one itself (a documented foreground `identitydesk-mock --port 8080`
  runs in the background instead);
- private HOME, XDG folders and change journal, and profiles named as the guides name them
  (prod, corp, v2, zitadel) pointing at a mock server of the test, their secrets in environment
  variables (profiles.json "secretEnv"), so that `--profile NAME` examples run too.

A block fails on a non-zero exit, a command that ran longer than the timeout, or "Unknown
option" on stderr. The report lists every block run and every command skipped, with why.

usage: check_doc_examples.py --source DIR --cli BINARY --mock BINARY [--timeout SECONDS]
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

DOCUMENTS = ["README.md", "docs/user-guide.md", "docs/admin-guide.md"]

# (pattern on a whole command, reason). A command matching one is not run.
SKIPS = [
    (r"^\./scripts/demo\.sh", "opens the desktop window"),
    (r"^\./scripts/test\.sh", "runs this very test suite"),
    (r"^\./scripts/(bench|fuzz|tidy|format)\.sh", "a developer tool, not an example of use"),
    (r"^installer/install-deps\.sh", "installs system packages"),
    (r"^sudo ", "installs system packages"),
    (r"^cmake ", "builds; the test runs the binaries of the build it belongs to"),
    (r"^ctest ", "runs the test suite"),
    (r"^\(cd build/release && cpack\)", "builds the packages (the package_install test does)"),
    (r"^python3 bench/", "the hostile-wire campaign takes minutes (a benchmark, not a test)"),
    (r"^(LANG=\S+ |https_proxy=\S+ (no_proxy=\S+ )?|QT_LOGGING_RULES=\S+ )?"
     r"(\./)?(build/\w+/app/desktop/)?identitydesk( |$)", "opens the desktop window"),
    (r"^secret-tool ", "reads or clears the keyring items of real profiles"),
    (r"identitydesk-cli profiles add \"ZITADEL production\"",
     "needs the company's CA file /usr/local/share/ca-certificates/example-root-ca.crt"),
    (r"identitydesk-cli profiles remove \"ZITADEL production\"",
     "removes the profile of the add above, which is skipped"),
    (r"\u2026", "an example with elided arguments (\u2026)"),
    (r"/run/secrets/", "a real provider account and its key file"),
]

RUNS_PROGRAM = re.compile(r"(^|[\s|;&(/$])(identitydesk-cli|identitydesk-mock|\$CLI)\b")
STARTS_MOCK = re.compile(r"identitydesk-mock\b[^\n]*--port 8080")
USES_PORT = re.compile(r"127\.0\.0\.1:8080")


def shell_blocks(path):
    """(first line number, [lines]) of every ```sh block, indentation removed."""
    blocks, current, indent, start = [], None, "", 0
    with open(path, encoding="utf-8") as text:
        for number, line in enumerate(text, 1):
            stripped = line.rstrip("\n")
            fence = re.match(r"^(\s*)```(\w*)\s*$", stripped)
            if current is None and fence and fence.group(2) == "sh":
                current, indent, start = [], fence.group(1), number + 1
            elif current is not None and fence:
                blocks.append((start, current))
                current = None
            elif current is not None:
                current.append(stripped[len(indent):] if stripped.startswith(indent) else stripped)
    return blocks


def commands(lines):
    """Logical commands: lines joined over trailing backslashes and open quotes."""
    result, pending, quote = [], [], None
    for line in lines:
        pending.append(line)
        escaped = False
        for c in line:
            if escaped:
                escaped = False
            elif c == "\\" and quote != "'":
                escaped = True
            elif quote is None and c == "#":
                break  # a comment (the docs never put # inside a word)
            elif quote is None and c in "'\"":
                quote = c
            elif c == quote:
                quote = None
        if quote is None and not line.endswith("\\"):
            result.append("\n".join(pending))
            pending = []
    if pending:
        result.append("\n".join(pending))
    return result


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_health(port, process, seconds=20):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/mock/health", timeout=1):
                return True
        except OSError:
            time.sleep(0.1)
    return False


def start_mock(mock, port, log):
    process = subprocess.Popen([mock, "--port", str(port)], stdout=log, stderr=log,
                               start_new_session=True)
    if not wait_for_health(port, process):
        stop(process)
        raise RuntimeError(f"identitydesk-mock did not start on port {port}")
    return process


def stop(process):
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def demo_profiles(port):
    """profiles.json with the names the guides use, against the test's mock on `port`."""
    url = f"http://127.0.0.1:{port}"
    profiles = [
        {"name": "prod", "kind": "gcore", "baseUrl": url, "authMethod": "api-key",
         "secretEnv": "DOCS_GCORE_KEY"},
        {"name": "corp", "kind": "gcore", "baseUrl": url, "authMethod": "api-key",
         "secretEnv": "DOCS_GCORE_KEY"},
        {"name": "v2", "kind": "zitadel", "baseUrl": url, "authMethod": "personal-access-token",
         "apiVersion": "v2", "secretEnv": "DOCS_ZITADEL_PAT"},
        {"name": "zitadel", "kind": "zitadel", "baseUrl": url,
         "authMethod": "personal-access-token", "apiVersion": "v2",
         "secretEnv": "DOCS_ZITADEL_PAT"},
    ]
    return {"version": 1, "profiles": profiles}


def prepare(block_lines, port, bindir):
    """The block as it will run, and the commands skipped in it."""
    skipped, script = [], []
    for command in commands(block_lines):
        reason = next((why for pattern, why in SKIPS if re.search(pattern, command.strip())),
                      None)
        if reason and command.strip():
            skipped.append((command.strip().splitlines()[0], reason))
            script.append(": skipped")
            continue
        code = command
        # A documented foreground server runs in the background here.
        if STARTS_MOCK.search(code) and not re.search(r"&\s*(#.*)?$", code):
            code = re.sub(r"\s*(#.*)?$", " &", code, count=1)
            code += ("\nuntil curl -sf http://127.0.0.1:8080/mock/health >/dev/null; "
                     "do sleep 0.1; done")
        script.append(code)
    text = "\n".join(script)
    text = re.sub(r"(\./)?build/\w+/app/cli/identitydesk-cli", f"{bindir}/identitydesk-cli", text)
    text = re.sub(r"(\./)?build/\w+/app/mockserver/identitydesk-mock",
                  f"{bindir}/identitydesk-mock", text)
    text = text.replace("8080", str(port))
    return text, skipped


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--mock", required=True)
    parser.add_argument("--timeout", type=int, default=180)
    args = parser.parse_args()

    scratch = tempfile.mkdtemp(prefix="doc-examples-")
    bindir = os.path.join(scratch, "bin")
    os.makedirs(bindir)
    os.symlink(os.path.abspath(args.cli), os.path.join(bindir, "identitydesk-cli"))
    os.symlink(os.path.abspath(args.mock), os.path.join(bindir, "identitydesk-mock"))
    failures, ran, skipped_blocks = [], 0, 0
    profile_log = open(os.path.join(scratch, "profiles-mock.log"), "w")
    profile_port = free_port()
    profile_mock = start_mock(args.mock, profile_port, profile_log)
    try:
        for document in DOCUMENTS:
            path = os.path.join(args.source, document)
            for start, lines in shell_blocks(path):
                where = f"{document}:{start}"
                port = free_port()
                script, skipped = prepare(lines, port, bindir)
                for command, reason in skipped:
                    print(f"SKIP {where}: {command}\n     because: {reason}")
                if not RUNS_PROGRAM.search(script) and not USES_PORT.search(
                        "\n".join(lines)):
                    skipped_blocks += 1
                    print(f"SKIP {where}: no IdentityDesk command left to run")
                    continue
                problem = run_block(where, script, port, bindir, scratch, args, profile_port)
                ran += 1
                if problem:
                    failures.append(problem)
                    print(f"FAIL {where}: {problem}")
                else:
                    print(f"PASS {where}")
    finally:
        stop(profile_mock)
        profile_log.close()
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{ran} blocks run, {len(failures)} failed; {skipped_blocks} blocks without an "
          "IdentityDesk command")
    return 1 if failures or ran == 0 else 0


def run_block(where, script, port, bindir, scratch, args, profile_port):
    home = tempfile.mkdtemp(prefix="block-", dir=scratch)
    for sub in ("config", "data", "work"):
        os.makedirs(os.path.join(home, sub))
    os.makedirs(os.path.join(home, "config", "IdentityDesk"))
    with open(os.path.join(home, "config", "IdentityDesk", "profiles.json"), "w") as f:
        json.dump(demo_profiles(profile_port), f)
    env = dict(os.environ)
    env.update({
        "PATH": bindir + os.pathsep + env.get("PATH", ""),
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "IDENTITYDESK_JOURNAL": os.path.join(home, "data", "journal.sqlite"),
        "DOCS_GCORE_KEY": "demo-gcore-apikey",
        "DOCS_ZITADEL_PAT": "demo-zitadel-pat",
        "QT_LOGGING_RULES": os.environ.get("QT_LOGGING_RULES", ""),
    })
    mock = None
    mock_log = open(os.path.join(home, "mock.log"), "w")
    original = script
    try:
        # A block that talks to the documented server without starting it gets one.
        if f"127.0.0.1:{port}" in original and not re.search(r"identitydesk-mock\b[^\n]*--port",
                                                               original):
            mock = start_mock(args.mock, port, mock_log)
        # Output to files, not pipes: a server the block starts in the background keeps its
        # copies open after the block ends.
        out_path, err_path = os.path.join(home, "stdout"), os.path.join(home, "stderr")
        with open(out_path, "wb") as out_file, open(err_path, "wb") as err_file:
            process = subprocess.Popen(
                ["bash", "-c", "set -eo pipefail\n" + script + "\n"],
                cwd=os.path.join(home, "work"), env=env, stdin=subprocess.DEVNULL,
                stdout=out_file, stderr=err_file, start_new_session=True)
            try:
                process.wait(timeout=args.timeout)
            except subprocess.TimeoutExpired:
                stop(process)
                return f"did not finish within {args.timeout} s"
            finally:
                # Whatever the block left running (a server it started).
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        with open(out_path, "rb") as f:
            out = f.read().decode("utf-8", "replace")
        with open(err_path, "rb") as f:
            text = f.read().decode("utf-8", "replace")
        if process.returncode != 0:
            return (f"exit status {process.returncode}\n--- stderr ---\n{text}"
                    f"--- stdout ---\n{out[-2000:]}")
        if re.search(r"Unknown options?", text):
            return f"an unknown option\n{text}"
        return None
    finally:
        if mock:
            stop(mock)
        mock_log.close()


if __name__ == "__main__":
    sys.exit(main())
