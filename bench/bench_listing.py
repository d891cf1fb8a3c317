#!/usr/bin/env python3
"""Lists whole directories with identitydesk-cli and with curl over the same pages, side by side.

For each backend (Gcore 100,000 users, ZITADEL and Acronis about 25,000 each: the demo
organisation and tenant of a 100,000-user mock) and each mock latency (0 and 20 ms) it prints the
median of several interleaved repetitions of:
  - identitydesk-cli users --limit 0 --format ndjson: wall time, CPU (user+sys), peak RSS, and
    the mock's CPU while it served the listing;
  - one sequential curl over the same pages (one process, keep-alive), and 4 parallel curls,
    each writing the bodies it fetched to a file, as the CLI writes its listing to one;
and then the CLI's peak RSS at 1,000,000 users in each output format, and the time to its first
NDJSON line. Every id the CLI lists is checked to appear exactly once.

Usage: bench/bench_listing.py [--build build/release] [--repeat 3] [--skip-million]
The mock and the CLI come from the build folder (a Release build: scripts/bench.sh makes one).
Every process this script starts is ended by it, also on failure.
"""

import argparse
import json
import os
import re
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

PAGE = 100


class Mock:
    """identitydesk-mock on a free loopback port, stopped by its PID."""

    def __init__(self, binary, *options):
        self.process = subprocess.Popen([binary, "--port", "0", *options],
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                        text=True)
        self.url = self.process.stdout.readline().strip()
        if not self.url.startswith("http://127.0.0.1:"):
            self.stop()
            raise RuntimeError("the mock did not start: " + self.url)

    def cpu_seconds(self):
        with open(f"/proc/{self.process.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def get(self, path, headers=None, data=None):
        request = urllib.request.Request(self.url + path, data=data, headers=headers or {})
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.read()

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def run_measured(command, stdout=subprocess.DEVNULL):
    """Runs one command; returns (wall seconds, cpu seconds, peak RSS MiB, exit code)."""
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode


def run_parallel(commands, directory):
    """Runs curl commands at once, each writing what it fetched to a file of its own (as the
    CLI writes its listing to a file): returns (wall seconds, worst exit code)."""
    outputs = [open(os.path.join(directory, f"curl.{i}.out"), "wb") for i in range(len(commands))]
    try:
        start = time.monotonic()
        processes = [subprocess.Popen(c, stdout=out, stderr=subprocess.DEVNULL)
                     for c, out in zip(commands, outputs)]
        codes = [p.wait() for p in processes]
        return time.monotonic() - start, max(codes)
    finally:
        for out in outputs:
            out.close()


def curl_config(directory, name, entries):
    """A curl config file: one URL (with its headers and body) per page, reusing connections."""
    path = os.path.join(directory, name)
    with open(path, "w") as config:
        for entry in entries:
            config.write(f'url = "{entry["url"]}"\n')
            for header in entry.get("headers", []):
                config.write(f'header = "{header}"\n')
            if "data" in entry:
                config.write("data = " + json.dumps(entry["data"]) + "\n")
            config.write("next\n")
    return path


def curl_commands(directory, name, entries, parts):
    chunks = [entries[i::parts] for i in range(parts)]
    return [["curl", "-s", "-K", curl_config(directory, f"{name}.{i}", chunk)]
            for i, chunk in enumerate(chunks) if chunk]


def pages_for(mock, backend):
    """The requests a client makes to list `backend` whole, as curl entries."""
    if backend == "gcore":
        headers = ["Authorization: APIKey demo-gcore-apikey"]
        count = json.loads(mock.get("/iam/users?limit=1&offset=0",
                                    {"Authorization": headers[0].split(": ", 1)[1]}))["count"]
        return count, [{"url": f"{mock.url}/iam/users?limit={PAGE}&offset={o}",
                        "headers": headers} for o in range(0, count, PAGE)]
    if backend == "zitadel":
        # The demo profile signs in with client credentials; so does curl.
        token = json.loads(mock.get(
            "/oauth/v2/token",
            {"Authorization": "Basic aWRlbnRpdHlkZXNrLWRlbW86ZGVtby16aXRhZGVsLXNlY3JldA==",
             "Content-Type": "application/x-www-form-urlencoded"},
            b"grant_type=client_credentials&scope=openid%20urn%3Azitadel%3Aiam%3Aorg%3Aproject"
            b"%3Aid%3Azitadel%3Aaud"))["access_token"]
        headers = ["Authorization: Bearer " + token, "Content-Type: application/json"]
        first = json.loads(mock.get("/management/v1/users/_search",
                                    dict(h.split(": ", 1) for h in headers),
                                    json.dumps({"query": {"offset": "0", "limit": 1}}).encode()))
        count = int(first["details"]["totalResult"])
        return count, [{"url": f"{mock.url}/management/v1/users/_search", "headers": headers,
                        "data": json.dumps({"query": {"offset": str(o), "limit": PAGE,
                                                      "asc": True},
                                            "sortingColumn": "USER_FIELD_NAME_USER_NAME"})}
                       for o in range(0, count, PAGE)]
    if backend == "acronis":
        token = json.loads(mock.get(
            "/api/2/idp/token",
            {"Authorization": "Basic ZGVtby1hY3JvbmlzLWNsaWVudDpkZW1vLWFjcm9uaXMtc2VjcmV0",
             "Content-Type": "application/x-www-form-urlencoded"},
            b"grant_type=client_credentials"))["access_token"]
        tenant = json.loads(mock.get("/mock/acronis/tenants"))["tenants"][0]["id"]
        headers = ["Authorization: Bearer " + token]
        ids_path = f"/api/2/tenants/{tenant}/users"
        ids = json.loads(mock.get(ids_path, {"Authorization": headers[0].split(": ", 1)[1]}))
        ids = ids["items"]
        entries = [{"url": mock.url + ids_path, "headers": headers}]
        entries += [{"url": f"{mock.url}/api/2/users?uuids={','.join(ids[o:o + PAGE])}",
                     "headers": headers} for o in range(0, len(ids), PAGE)]
        return len(ids), entries
    raise ValueError(backend)


def check_listing(path, expected):
    ids = []
    with open(path, "rb") as output:
        for line in output:
            ids.append(json.loads(line)["id"])
    if len(ids) != expected or len(set(ids)) != expected:
        raise RuntimeError(f"the CLI listed {len(ids)} ids ({len(set(ids))} distinct), "
                           f"expected {expected}")


def median(values):
    return statistics.median(values)


def bench_backend(args, mock, backend, directory):
    count, entries = pages_for(mock, backend)
    cli = [args.cli, "--demo-url", mock.url, "--profile", backend, "--quiet", "users",
           "--limit", "0", "--format", "ndjson"]
    out_path = os.path.join(directory, "listing.ndjson")
    sequential = curl_commands(directory, backend + ".seq", entries, 1)
    parallel = curl_commands(directory, backend + ".par", entries, 4)
    figures = {"cli": [], "cli_cpu": [], "cli_rss": [], "mock_cpu": [], "curl": [],
               "curl4": []}
    for _ in range(args.repeat):
        mock_before = mock.cpu_seconds()
        with open(out_path, "wb") as out:
            wall, cpu, rss, code = run_measured(cli, stdout=out)
        if code != 0:
            raise RuntimeError(f"identitydesk-cli exited {code} on {backend}")
        figures["mock_cpu"].append(mock.cpu_seconds() - mock_before)
        check_listing(out_path, count)
        figures["cli"].append(wall)
        figures["cli_cpu"].append(cpu)
        figures["cli_rss"].append(rss)
        figures["curl"].append(run_parallel(sequential, directory)[0])
        figures["curl4"].append(run_parallel(parallel, directory)[0])
    return count, len(entries), {k: median(v) for k, v in figures.items()}


def first_line_seconds(command):
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    process.stdout.readline()
    first = time.monotonic() - start
    process.stdout.close()
    process.wait()
    return first


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default="build/release")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-million", action="store_true")
    args = parser.parse_args()
    args.cli = os.path.join(args.build, "app/cli/identitydesk-cli")
    args.mock = os.path.join(args.build, "app/mockserver/identitydesk-mock")
    for binary in (args.cli, args.mock):
        if not os.access(binary, os.X_OK):
            sys.exit(f"bench_listing: {binary} is missing; run scripts/bench.sh")

    print(f"machine: {os.cpu_count()} cores, {os.uname().release}; "
          f"medians of {args.repeat} interleaved runs; page size {PAGE}")
    header = (f"{'listing':<34}{'users':>9}{'pages':>7} | {'CLI s':>7}{'CPU s':>7}"
              f"{'RSS MiB':>9}{'mock CPU':>9} | {'curl s':>7}{'4 curls':>8} | {'vs curl':>7}")
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as directory:
        for latency in (0, 20):
            mock = Mock(args.mock, "--users", "100000", "--latency-ms", str(latency))
            try:
                for backend in ("gcore", "zitadel", "acronis"):
                    count, pages, f = bench_backend(args, mock, backend, directory)
                    name = f"{backend}, mock latency {latency} ms"
                    print(f"{name:<34}{count:>9,}{pages:>7} | {f['cli']:>7.2f}{f['cli_cpu']:>7.2f}"
                          f"{f['cli_rss']:>9.1f}{f['mock_cpu']:>9.2f} | {f['curl']:>7.2f}"
                          f"{f['curl4']:>8.2f} | {f['curl'] / f['cli']:>6.1f}x", flush=True)
            finally:
                mock.stop()

        if args.skip_million:
            return
        print()
        print(f"{'1,000,000 Gcore users':<34}{'format':>9} | {'CLI s':>7}{'CPU s':>7}"
              f"{'RSS MiB':>9} | first line s")
        mock = Mock(args.mock, "--users", "1000000")
        try:
            for fmt in ("ndjson", "json", "csv"):
                command = [args.cli, "--demo-url", mock.url, "--profile", "gcore", "--quiet",
                           "users", "--limit", "0", "--format", fmt]
                wall, cpu, rss, code = run_measured(command)
                if code != 0:
                    raise RuntimeError(f"identitydesk-cli exited {code} at 1,000,000 ({fmt})")
                first = first_line_seconds(command) if fmt == "ndjson" else float("nan")
                print(f"{'':<34}{fmt:>9} | {wall:>7.2f}{cpu:>7.2f}{rss:>9.1f} | {first:.3f}",
                      flush=True)
        finally:
            mock.stop()


if __name__ == "__main__":
    main()
