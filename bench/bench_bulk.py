#!/usr/bin/env python3
"""1,000 email changes with identitydesk-cli bulk apply and with a sequential curl loop, side by side.

For ZITADEL management and Acronis on identitydesk-mock with --latency-ms 20 (a remote IdP), each
on a fresh mock with the same users, it prints the median of several repetitions of:
  - identitydesk-cli bulk apply PLAN --parallel P (the plan, made beforehand with bulk plan --csv,
    changes 1,000 users; planning is timed on its own);
  - a sequential curl loop doing the same changes: ZITADEL one curl process sending the 1,000
    PUTs over one kept-alive connection; Acronis, per user, a curl reading the version and a
    curl writing the change with it (what the API needs);
and then one apply against the mock's --rate-limit with a matching --rate: the requests the mock
answered with 429 (must be 0) and the rows that failed (must be 0).

Usage: bench/bench_bulk.py [--build build/release] [--repeat 3] [--parallel 20] [--rows 1000]
                           [--backends zitadel acronis]
Every process this script starts is ended by it, also on failure.
"""

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_listing import Mock  # noqa: E402

ACRONIS_BASIC = "Basic ZGVtby1hY3JvbmlzLWNsaWVudDpkZW1vLWFjcm9uaXMtc2VjcmV0"
ZITADEL_PAT = "demo-zitadel-pat"


def cli_users(cli, mock, profile, environment):
    output = subprocess.run([cli, "--demo-url", mock.url, "--profile", profile, "users",
                             "--limit", "0", "--format", "ndjson"], env=environment, check=True,
                            capture_output=True, text=True).stdout
    return [json.loads(line) for line in output.splitlines() if line]


def write_csv(path, users, rows):
    with open(path, "w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["user", "new_email"])
        for i, user in enumerate(users[:rows]):
            writer.writerow([user["id"], f"bulk{i}@moved.example"])
    return [(user["id"], f"bulk{i}@moved.example") for i, user in enumerate(users[:rows])]


def check_changed(cli, mock, backend, environment, changes):
    """Both sides must really have made every change. Acronis changes an activated user's
    address only when the link mailed to the old address is opened: such a change counts when
    that mail went out."""
    wanted = dict(changes)
    confirmations = set()
    if backend == "acronis":
        for mail in json.loads(mock.get("/mock/mailbox"))["messages"]:
            confirmations.add((mail["to"], mail["subject"]))
    done = 0
    for user in cli_users(cli, mock, backend, environment):
        new = wanted.get(user["id"])
        if new is None:
            continue
        if user.get("email") == new or any(to == user.get("email") and new in subject
                                           for to, subject in confirmations):
            done += 1
    if done != len(wanted):
        raise RuntimeError(f"{backend}: {done} of {len(wanted)} changes are on the server")


def acronis_token(mock):
    return json.loads(mock.get("/api/2/idp/token",
                               {"Authorization": ACRONIS_BASIC,
                                "Content-Type": "application/x-www-form-urlencoded"},
                               b"grant_type=client_credentials"))["access_token"]


def curl_loop(mock, backend, changes, directory):
    """Seconds for the same changes made by curl, one after another."""
    start = time.monotonic()
    if backend == "zitadel":
        config = os.path.join(directory, "curl-zitadel.cfg")
        with open(config, "w") as file:
            # One entry per change, "next" between them (not after the last).
            file.write("next\n".join(
                f'url = "{mock.url}/management/v1/users/{user_id}/email"\n'
                'request = "PUT"\noutput = "/dev/null"\n'
                f'header = "Authorization: Bearer {ZITADEL_PAT}"\n'
                'header = "Content-Type: application/json"\n'
                "data = " + json.dumps(json.dumps({"email": email})) + "\n"
                for user_id, email in changes))
        start = time.monotonic()
        subprocess.run(["curl", "-sf", "-K", config], check=True)
        return time.monotonic() - start
    token = acronis_token(mock)
    start = time.monotonic()
    for user_id, email in changes:
        url = f"{mock.url}/api/2/users/{user_id}"
        user = json.loads(subprocess.run(["curl", "-sf", "-H", f"Authorization: Bearer {token}",
                                          url], check=True, capture_output=True).stdout)
        body = json.dumps({"contact": {"email": email}, "version": user["version"]})
        subprocess.run(["curl", "-sf", "-o", "/dev/null", "-X", "PUT", "-H",
                        f"Authorization: Bearer {token}", "-H", "Content-Type: application/json",
                        "--data", body, url], check=True)
    return time.monotonic() - start


def bulk(cli, mock, profile, environment, *arguments):
    start = time.monotonic()
    result = subprocess.run([cli, "--demo-url", mock.url, "--profile", profile, "--quiet", "bulk",
                             *arguments], env=environment, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"bulk {arguments[0]} exited {result.returncode}: {result.stderr}")
    return time.monotonic() - start


def failed_rows(results_path):
    with open(results_path) as file:
        return sum(1 for row in json.load(file) if row["result"] in ("failed", "unknown",
                                                                        "not-started"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build/release")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--parallel", type=int, default=20)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--backends", nargs="+", default=["zitadel", "acronis"],
                        choices=["zitadel", "acronis"])
    args = parser.parse_args()
    cli = os.path.join(args.build, "app/cli/identitydesk-cli")
    mock_binary = os.path.join(args.build, "app/mockserver/identitydesk-mock")
    # Users past the first 1,000 all join the first organisation or tenant, which the demo
    # profiles list: this gives them at least `rows` users.
    users = str(args.rows + 3000)
    mock_options = ["--zitadel-users", users, "--acronis-users", users, "--gcore-users", "10"]

    print(f"{args.rows} email changes, mock --latency-ms 20, medians of {args.repeat}; "
          f"identitydesk-cli bulk apply --parallel {args.parallel}")
    print(f"{'backend':<10} {'plan':>8} {'apply':>8} {'curl loop':>10} {'speed-up':>9}")
    with tempfile.TemporaryDirectory() as directory:
        environment = dict(os.environ, IDENTITYDESK_JOURNAL=os.path.join(directory, "j.sqlite"))
        for backend in args.backends:
            plans, applies, curls = [], [], []
            for repetition in range(args.repeat):
                for side in ("cli", "curl"):
                    mock = Mock(mock_binary, *mock_options, "--latency-ms", "20")
                    try:
                        listed = cli_users(cli, mock, backend, environment)
                        rows_csv = os.path.join(directory, "rows.csv")
                        changes = write_csv(rows_csv, listed, args.rows)
                        if side == "curl":
                            curls.append(curl_loop(mock, backend, changes, directory))
                            check_changed(cli, mock, backend, environment, changes)
                            continue
                        plan = os.path.join(directory, f"plan-{backend}-{repetition}.json")
                        plans.append(bulk(cli, mock, backend, environment, "plan", "--csv",
                                          rows_csv, "--out", plan))
                        results = os.path.join(directory, "results.json")
                        applies.append(bulk(cli, mock, backend, environment, "apply", plan,
                                            "--parallel", str(args.parallel), "--results",
                                            results))
                        if failed_rows(results):
                            raise RuntimeError(f"{failed_rows(results)} rows failed")
                        check_changed(cli, mock, backend, environment, changes)
                    finally:
                        mock.stop()
            apply, loop = statistics.median(applies), statistics.median(curls)
            print(f"{backend:<10} {statistics.median(plans):>7.2f}s {apply:>7.2f}s "
                  f"{loop:>9.2f}s {loop / apply:>8.1f}x", flush=True)

        print("\nAgainst --rate-limit 50 per second (no --latency-ms), bulk apply --rate 40/s:")
        print(f"{'backend':<10} {'requests':>9} {'429s':>6} {'failed rows':>12} {'time':>8}")
        for backend in args.backends:
            mock = Mock(mock_binary, *mock_options, "--rate-limit", "50", "--rate-window", "1")
            try:
                listed = cli_users(cli, mock, backend, environment)
                rows_csv = os.path.join(directory, "rows.csv")
                write_csv(rows_csv, listed, min(args.rows, 200))
                plan = os.path.join(directory, f"plan-limited-{backend}.json")
                time.sleep(1.1)  # a fresh window after listing
                bulk(cli, mock, backend, environment, "plan", "--csv", rows_csv, "--out", plan,
                     "--parallel", "1")
                time.sleep(1.1)
                mock.get("/mock/stats/reset", data=b"")
                results = os.path.join(directory, "results-limited.json")
                seconds = bulk(cli, mock, backend, environment, "apply", plan, "--parallel", "4",
                               "--rate", "40/s", "--results", results)
                stats = json.loads(mock.get("/mock/stats"))
                print(f"{backend:<10} {stats['requests']:>9} {stats['rateLimited']:>6} "
                      f"{failed_rows(results):>12} {seconds:>7.2f}s", flush=True)
            finally:
                mock.stop()


if __name__ == "__main__":
    main()
