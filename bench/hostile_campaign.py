#!/usr/bin/env python3
"""The hostile-wire campaign of issue 12: identitydesk-cli against a misbehaving server.

Every case (a way a server, a proxy or the wire misbehaves) is run against every backend
(gcore, zitadel, zitadel-self, codearts, acronis: the demo profiles, pointed with --demo-url at
bench/hostile_server.py, which forwards to a real identitydesk-mock and spoils its answers) for
every operation it concerns (users --limit 0, show, change-email). Each run records the exit
code, the wall time (a run that outlives --hard-timeout is a hang), a crash (a signal), the peak
RSS of the CLI (VmHWM), whether it claimed success with data other than the server's real
data (quietly wrong), whether a credential reached another origin (a leak), and how many token
requests it made (a storm). Cases a client must survive (429 with a short Retry-After, one 503)
must succeed with the right data.

    python3 bench/hostile_campaign.py                      # build/ci binaries
    python3 bench/hostile_campaign.py --cli PATH --mock PATH --jobs 4 --only 429
    python3 bench/hostile_campaign.py --list               # the cases, without running

Exits 0 when every figure the issue's "Done when" names is zero (and peak RSS < 256 MiB).
"""

import argparse
import email.utils
import gzip
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hostile_server as hs  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROFILES = ["gcore", "zitadel", "zitadel-self", "codearts", "acronis"]
TOKEN_BACKENDS = {"zitadel", "codearts", "acronis"}
OPERATIONS = ["list", "show", "change"]
RSS_LIMIT_KIB = 256 * 1024
SECRETS = [b"demo-gcore-apikey", b"demo-zitadel-secret", b"demo-zitadel-self-token",
           b"demo-huawei-password", b"demo-acronis-secret", b"demo-password"]


# --- cases ---------------------------------------------------------------------------------


def is_organisation_lookup(path):
    """A read of an organisation's name beside a listing, not a page of it."""
    path = path.split("?")[0].rstrip("/")
    if "/orgs/" in path:
        return True
    return path.startswith("/api/2/tenants/") and not path.endswith("/users")


class Case:
    """A misbehaviour. `target` picks the requests it concerns:
    "op": the operation's own API requests (listing pages, the read of show, the write of
    change-email), "token": token endpoint requests, "read": API reads (GET or a search POST).
    `nth` is which of those (0-based) is spoiled first and `times` how many in a row (0: all).
    `expect` is "fail" (exit != 0 required), "succeed" (exit 0 with the right data required) or
    "either" (exit 0 only with the right data)."""

    def __init__(self, name, category, expect, spoil=None, replace=None, target="op", nth=0,
                 times=1, ops=OPERATIONS, backends=PROFILES, pages=False, expect_for=None):
        self.name = name
        self.category = category
        self.expect = expect
        self._spoil = spoil
        self._replace = replace
        self.target = target
        self.nth = nth
        self.times = times
        self.ops = ops
        self.backends = TOKEN_BACKENDS if target == "token" else backends
        self.pages = pages  # needs a listing of several pages
        self.expect_for = expect_for or {}  # profile -> expectation, where it differs

    def matches(self, exchange, state):
        if exchange.path.startswith("/mock/"):
            return False
        token = hs.is_token_request(exchange.path)
        if self.target == "token":
            hit = token
        elif token:
            hit = False
        elif self.target == "read":
            hit = exchange.method == "GET" or exchange.path.endswith("/_search")
        else:
            is_write = exchange.method in ("PUT", "POST", "PATCH") \
                and not exchange.path.endswith("/_search")
            hit = is_write if state["operation"] == "change" else not is_write
        if not hit:
            return False
        if self.pages and is_organisation_lookup(exchange.path):
            # "Page 2" means a page: the organisation names a listing looks up on the side
            # (ZITADEL orgs/me, an Acronis tenant) are not counted.
            return False
        index = state.setdefault("seen", 0)
        state["seen"] = index + 1
        return index >= self.nth and (self.times == 0 or index < self.nth + self.times)

    def replaces(self, exchange, state, server):
        if self._replace is None or not self.matches(exchange, state):
            return False
        state["hits"] += 1
        return True

    def replacement(self, exchange, state, server):
        return self._replace(exchange, state, server)

    def spoil(self, exchange, answer, state, server):
        if self._spoil is None or not self.matches(exchange, state):
            return
        # A spoiler that always spoils counts at once (a big answer may still be on its way
        # when the CLI gives up); one that edits data counts only when it found what to edit.
        conditional = getattr(self._spoil, "conditional", False)
        if not conditional:
            state["hits"] += 1
        if self._spoil(answer, state, server, exchange) is not False and conditional:
            state["hits"] += 1


def answer(status, body=b"{}", content_type="application/json", headers=()):
    reply = hs.Answer(status, [("Content-Type", content_type)] + list(headers), body)
    return reply


def wire(**settings):
    """A spoiler that changes how the body travels (and optionally what it is)."""
    def spoil(reply, state, server, exchange):
        cut = settings.get("cut")
        if cut is not None:
            keep = int(len(reply.body) * cut) if isinstance(cut, float) else cut
            if settings.get("announce_full"):
                reply.announced = len(reply.body)
            reply.body = reply.body[:keep]
        for key in ("framing", "ending", "drip", "drip_headers", "silent", "announced",
                    "reset_only"):
            if key in settings:
                setattr(reply, key, settings[key])
        if settings.get("extra_headers"):
            reply.extra_head = b"".join(b"X-Filler-%d: v\r\n" % i
                                        for i in range(settings["extra_headers"]))
    return spoil


def body_is(body, content_type="application/json", status=None, encoding=None, **framing):
    def spoil(reply, state, server, exchange):
        reply.body = body() if callable(body) else body
        reply.set_header("Content-Type", content_type)
        if status:
            reply.status = status
        if encoding:
            reply.set_header("Content-Encoding", encoding)
        for key, value in framing.items():
            setattr(reply, key, value)
    return spoil


def conditional(spoil):
    """Marks a spoiler that may find nothing to spoil (it returns False then)."""
    spoil.conditional = True
    return spoil


def json_edit(edit):
    """A spoiler that edits the answer's JSON; no JSON or nothing to edit: not a hit."""
    @conditional
    def spoil(reply, state, server, exchange):
        document = hs.loads(reply.body)
        if document is None:
            return False
        result = edit(document, state)
        if result is False:
            return False
        reply.body = result if isinstance(result, bytes) else hs.dumps(document)
        return True
    return spoil


def on_users(edit):
    def apply(document, state):
        container, key = hs.user_list_of(document)
        if container is None:
            return False
        return edit(document, container, key, state)
    return json_edit(apply)


def on_user(edit):
    def apply(document, state):
        user = hs.the_user(document)
        return False if user is None else edit(document, user, state)
    return json_edit(apply)


def raw_edit(pattern, replacement):
    """Replaces the first match of `pattern` with `replacement(match)` (bytes, taken as is)."""
    @conditional
    def spoil(reply, state, server, exchange):
        changed, count = re.subn(pattern, replacement, reply.body, count=1)
        if not count:
            return False
        reply.body = changed
        return True
    return spoil


def raw_user_id(number_text):
    """The user's own "id" (the first user's in a listing) as a bare JSON number."""
    @conditional
    def spoil(reply, state, server, exchange):
        marker = "campaign-raw-id-marker"
        document = hs.loads(reply.body)
        user = hs.the_user(document)
        if user is None:
            return False
        user["id"] = marker
        reply.body = hs.dumps(document).replace(b'"%s"' % marker.encode(), number_text)
        return True
    return spoil


def total(transform):
    return json_edit(lambda document, state: hs.set_total(document, transform) or False)


def repeat_first_page(keep_own=0.0):
    def edit(document, container, key, state):
        first = state.get("first_page")
        if first is None:
            state["first_page"] = json.loads(json.dumps(container[key]))
            return False
        own = container[key][:int(len(container[key]) * keep_own)]
        container[key] = own + first[:len(first) - len(own)]
        return True
    return on_users(edit)


def first_page_then(spoiler):
    """Remembers page 1; spoils the pages after it."""
    @conditional
    def spoil(reply, state, server, exchange):
        if "first_page" not in state:
            document = hs.loads(reply.body)
            container, key = hs.user_list_of(document) if document else (None, None)
            if container is not None:
                state["first_page"] = json.loads(json.dumps(container[key]))
                # the same total on every page, to see that page 2 is what lies
                state["first_total"] = hs.total_of(document)[0] is not None
            return False
        return spoiler(reply, state, server, exchange)
    return spoil


def status_answer(status, retry_after=None, body=b'{"message":"busy"}',
                  content_type="application/json"):
    def make(exchange, state, server):
        headers = []
        value = retry_after() if callable(retry_after) else retry_after
        if value is not None:
            headers.append(("Retry-After", value))
        return answer(status, body, content_type, headers)
    return make


def redirect_to(where):
    def make(exchange, state, server):
        if where == "foreign":
            location = "http://localhost:%d%s" % (server.foreign.port, exchange.target)
        elif where == "foreign-port":
            location = "http://127.0.0.1:%d%s" % (server.foreign.port, exchange.target)
        else:
            location = exchange.target
        return answer(307, b"", "text/plain", [("Location", location)])
    return make


def token_lifetime(seconds):
    def edit(document, state):
        if "expires_in" in document:
            document["expires_in"] = seconds
            return True
        token = document.get("token")
        if isinstance(token, dict) and "expires_at" in token:
            when = time.gmtime(time.time() + seconds)
            token["expires_at"] = time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", when)
            return True
        return False
    return json_edit(edit)


def http_date(seconds_ahead):
    return lambda: email.utils.formatdate(time.time() + seconds_ahead, usegmt=True)


HTML = (b"<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action=/login>"
        b"<input name=user><input type=password name=pw></form></body></html>")
LIST = ["list"]
# The backends whose listing pages announce a total (Acronis lists a tenant's ids instead).
TOTALS = ["gcore", "zitadel"]
READS = ["list", "show"]


def build_cases():
    cases = []

    def add(*args, **kwargs):
        cases.append(Case(*args, **kwargs))

    # Slow or stuck.
    add("never answers", "slow", "fail", spoil=wire(silent=True))
    add("headers dripped 1 byte/0.5 s", "slow", "fail", spoil=wire(drip_headers=0.5))
    add("body dripped 1 byte/0.3 s", "slow", "fail", spoil=wire(drip=0.3))
    add("body dripped 1 byte/0.3 s, no length", "slow", "fail",
        spoil=wire(drip=0.3, framing="close"))
    add("whole answer, then the connection hangs", "slow", "either", spoil=wire(ending="hang"))
    add("half the body, then the connection hangs", "slow", "fail",
        spoil=wire(cut=0.5, announce_full=True, ending="hang"))
    add("token endpoint never answers", "slow", "fail", target="token", spoil=wire(silent=True))
    add("second page never answers", "slow", "fail", nth=1, ops=LIST, pages=True,
        spoil=wire(silent=True))

    # Truncated by Content-Length.
    for fraction in (0.0, 0.1, 0.5, 0.9):
        add("Content-Length says more, %d%% sent" % (fraction * 100), "content-length", "fail",
            spoil=wire(cut=fraction, announce_full=True))
    add("Content-Length says more, 1 byte short", "content-length", "fail",
        spoil=lambda reply, *rest: setattr(reply, "announced", len(reply.body) + 1))
    add("Content-Length says more, reset", "content-length", "fail",
        spoil=wire(cut=0.5, announce_full=True, ending="reset"))
    add("Content-Length says more, on page 2", "content-length", "fail", nth=1, ops=LIST,
        pages=True, spoil=wire(cut=0.5, announce_full=True))
    add("token answer short of Content-Length", "content-length", "fail", target="token",
        spoil=wire(cut=0.5, announce_full=True))

    # Unterminated chunked.
    add("chunked without the last chunk", "chunked", "fail",
        spoil=wire(framing="chunked-unterminated"))
    add("chunked, cut at half", "chunked", "fail", spoil=wire(framing="chunked-unterminated",
                                                              cut=0.5))
    add("chunked, reset at half", "chunked", "fail",
        spoil=wire(framing="chunked-unterminated", cut=0.5, ending="reset"))
    add("chunked, whole", "chunked", "either", spoil=wire(framing="chunked"))
    add("token answer chunked without end", "chunked", "fail", target="token",
        spoil=wire(framing="chunked-unterminated", cut=0.5))

    # Reset mid-body.
    for fraction in (0.1, 0.5, 0.95):
        add("reset at %d%% of the body" % (fraction * 100), "reset", "fail",
            spoil=wire(cut=fraction, announce_full=True, ending="reset"))
    add("reset right after the headers", "reset", "fail",
        spoil=wire(cut=0, announce_full=True, ending="reset"))
    # Qt sends a request again, once, when the connection closes before any byte of the
    # answer: a single such reset is survived, a second one is not.
    add("reset before any byte, once", "reset", "either", spoil=wire(reset_only=True))
    add("reset before any byte, always", "reset", "fail", times=0,
        spoil=wire(reset_only=True))

    # No Content-Length (the body ends with the connection), cut.
    for fraction in (0.05, 0.5, 0.99):
        add("no length, reset at %d%%" % (fraction * 100), "no-length", "fail",
            spoil=wire(framing="close", cut=fraction, ending="reset"))
        add("no length, closed at %d%%" % (fraction * 100), "no-length", "fail",
            spoil=wire(framing="close", cut=fraction))
    add("no length, reset on page 2", "no-length", "fail", nth=1, ops=LIST, pages=True,
        spoil=wire(framing="close", cut=0.5, ending="reset"))
    add("no length, whole", "no-length", "either", spoil=wire(framing="close"))
    add("no length, whole, then reset", "no-length", "either",
        spoil=wire(framing="close", ending="reset"))
    add("token answer without length, cut", "no-length", "fail", target="token",
        spoil=wire(framing="close", cut=0.5, ending="reset"))

    # Compressed bombs and codings nobody asked for.
    bomb = hs.gzip_bomb()
    add("gzip bomb (200 MiB of zeros)", "gzip", "fail",
        spoil=body_is(bomb, encoding="gzip"))
    add("gzip bomb, no length", "gzip", "fail",
        spoil=body_is(bomb, encoding="gzip", framing="close"))
    add("deflate that is not deflate", "gzip", "fail",
        spoil=body_is(b"\x78\x9cnot really", encoding="deflate"))
    def gzipped(reply, *unused):
        reply.body = gzip.compress(reply.body)
        reply.set_header("Content-Encoding", "gzip")
    add("gzip of the real answer", "gzip", "either", spoil=gzipped)
    big = b"[" + b" " * (64 << 20) + b"]"
    add("64 MiB answer", "size", "fail", spoil=body_is(big))
    add("64 MiB answer, chunked", "size", "fail",
        spoil=body_is(big, framing="chunked"))
    add("64 MiB answer, no length", "size", "fail",
        spoil=body_is(big, framing="close"))

    # HTML login pages and other content.
    add("HTML login page (200)", "html", "fail", spoil=body_is(HTML, "text/html"))
    add("HTML labelled application/json", "html", "fail", spoil=body_is(HTML))
    add("HTML without Content-Type", "html", "fail", spoil=body_is(HTML, ""))
    add("HTML login page from the token endpoint", "html", "fail", target="token",
        spoil=body_is(HTML, "text/html", status=200))
    add("HTML page on page 2", "html", "fail", nth=1, ops=LIST, pages=True,
        spoil=body_is(HTML, "text/html"))
    add("plain text", "content-type", "fail",
        spoil=body_is(b"Service temporarily unavailable", "text/plain"))
    add("XML", "content-type", "fail",
        spoil=body_is(b'<?xml version="1.0"?><users/>', "application/xml"))
    add("the right JSON labelled text/plain", "content-type", "either",
        spoil=lambda reply, *rest: reply.set_header("Content-Type", "text/plain"))
    add("empty 200 answer", "content-type", "fail", ops=READS, spoil=body_is(b""))

    # Invalid UTF-8 and absurd nesting.
    text_field = rb'"(email|login|userName|name)"\s*:\s*"'
    add("invalid UTF-8 in a string", "utf-8", "fail",
        spoil=raw_edit(text_field, lambda m: b'"' + m.group(1) + b'":"\xff\xfe'))
    add("overlong UTF-8 in a string", "utf-8", "fail",
        spoil=raw_edit(text_field, lambda m: b'"' + m.group(1) + b'":"\xc0\xaf'))
    add("invalid UTF-8 outside strings", "utf-8", "fail",
        spoil=lambda reply, *rest: setattr(reply, "body", b"\xef\xbf" + reply.body))
    add("nesting 100,000 deep", "nesting", "fail",
        spoil=body_is(lambda: b"[" * 100000 + b"]" * 100000))
    add("nesting 100,000 deep inside a user", "nesting", "fail",
        spoil=raw_edit(rb'"id"\s*:', lambda m: b'"deep":' + b"[" * 100000 + b"]" * 100000 + b',"id":'))
    add("nesting 100,000 deep, unclosed", "nesting", "fail", spoil=body_is(b"{\"a\":" * 100000))

    # Huge numbers as ids.
    for number in (b"9007199254740993", b"123456789012345678901234567890", b"1e400", b"7.5"):
        add("id as the number %s" % number.decode(), "ids", "fail", ops=READS,
            spoil=raw_user_id(number))

    # Duplicate ids across pages, endless pages.
    add("page 2 repeats page 1", "duplicates", "fail", ops=LIST, pages=True, times=0,
        spoil=first_page_then(repeat_first_page()))
    add("page 2 repeats half of page 1", "duplicates", "fail", ops=LIST, pages=True, times=0,
        spoil=first_page_then(repeat_first_page(keep_own=0.5)))
    add("a user twice on one page", "duplicates", "fail", ops=LIST,
        spoil=on_users(lambda d, c, k, s: c[k].__setitem__(len(c[k]) - 1, c[k][0])))
    add("endless identical pages", "duplicates", "fail", ops=LIST, times=0, backends=TOTALS,
        spoil=on_users(lambda d, c, k, s: _endless(d, c, k, s)))

    # Lying totals.
    for label, transform in (("1,000,000", lambda n: 1000000), ("twice", lambda n: n * 2),
                             ("plus one", lambda n: n + 1), ("half", lambda n: n // 2),
                             ("minus one", lambda n: n - 1), ("0", lambda n: 0),
                             ("negative", lambda n: -1), ("-2^63", lambda n: -(2 ** 63))):
        add("total %s" % label, "totals", "fail", ops=LIST, times=0, backends=TOTALS,
            spoil=total(transform))
    add("total changes on page 2 (x3)", "totals", "fail", ops=LIST, pages=True, nth=1,
        backends=TOTALS,
        spoil=total(lambda n: n * 3))
    add("total changes on page 2 (-40%)", "totals", "fail", ops=LIST, pages=True, nth=1,
        backends=TOTALS,
        spoil=total(lambda n: int(n * 0.6)))
    add("total as a string of letters", "totals", "fail", ops=LIST, backends=TOTALS,
        spoil=json_edit(lambda d, s: _set_total_raw(d, "many")))
    add("total 2^70", "totals", "fail", ops=LIST, backends=TOTALS,
        spoil=raw_edit(rb'"(count|totalResult)"\s*:\s*"?\d+"?', lambda m: b'"' + m.group(1) + b'":1180591620717411303424'))

    # Empty pages.
    add("empty page 2 (total kept)", "empty pages", "fail", ops=LIST, pages=True, nth=1,
        times=0, spoil=on_users(lambda d, c, k, s: c.__setitem__(k, [])))
    add("empty first page (total kept)", "empty pages", "fail", ops=LIST,
        spoil=on_users(lambda d, c, k, s: c.__setitem__(k, [])))
    add("empty page 2 and no total", "empty pages", "fail", ops=LIST, pages=True, nth=1,
        spoil=on_users(lambda d, c, k, s: _drop_total(d) or c.__setitem__(k, [])))

    # Missing Acronis batch users.
    add("batch answer misses a requested user", "acronis batch", "fail", ops=LIST,
        backends=["acronis"], times=0,
        spoil=on_users(lambda d, c, k, s: c.__setitem__(k, c[k][1:])))
    add("batch answer misses every user", "acronis batch", "fail", ops=LIST,
        backends=["acronis"], times=0, spoil=on_users(lambda d, c, k, s: c.__setitem__(k, [])))
    add("batch answer brings a user not asked for", "acronis batch", "fail", ops=LIST,
        backends=["acronis"], times=0,
        spoil=on_users(lambda d, c, k, s: c[k][0].__setitem__(
            "id", "0d7b8e3c-1d2a-4f6e-9a7b-1c2d3e4f5a6b")))

    # Null or wrong-typed required fields.
    for field, value, label in (("id", None, "id null"), ("id", {}, "id an object"),
                                ("id", True, "id true"), ("email", 5, "email a number"),
                                ("email", ["a@b"], "email a list")):
        add(label, "fields", "fail", ops=READS,
            spoil=on_user(lambda d, u, s, f=field, v=value: _set_field(u, f, v)))
    add("id missing", "fields", "fail", ops=READS,
        spoil=on_user(lambda d, u, s: u.pop("id", None) is not None or False))
    add("user list null", "fields", "fail", ops=LIST,
        spoil=on_users(lambda d, c, k, s: c.__setitem__(k, None)))
    add("user list an object", "fields", "fail", ops=LIST,
        spoil=on_users(lambda d, c, k, s: c.__setitem__(k, {"0": c[k][0]})))
    add("answer is a JSON array", "fields", "fail", ops=READS, spoil=body_is(b"[]"))
    add("answer is JSON null", "fields", "fail", ops=READS, spoil=body_is(b"null"))
    add("change answer with every field null", "fields", "either", ops=["change"],
        spoil=json_edit(lambda d, s: _null_all(d)))
    add("change answer empty object", "fields", "either", ops=["change"], spoil=body_is(b"{}"))

    # 429 and 503: short waits are survived, long ones fail at once.
    add("429 Retry-After 1, once", "429", "succeed", replace=status_answer(429, "1"))
    add("429 Retry-After 1, three times", "429", "succeed", times=3,
        replace=status_answer(429, "1"))
    add("429 Retry-After 0, twice", "429", "succeed", times=2, replace=status_answer(429, "0"))
    add("429 without Retry-After, once", "429", "succeed", replace=status_answer(429))
    add("429 Retry-After HTTP date +2 s, once", "429", "succeed",
        replace=status_answer(429, http_date(2)))
    add("429 Retry-After HTTP date in the past", "429", "succeed",
        replace=status_answer(429, http_date(-60)))
    add("429 on page 2, Retry-After 1", "429", "succeed", nth=1, ops=LIST, pages=True,
        replace=status_answer(429, "1"))
    add("429 Retry-After 3600", "429", "fail", replace=status_answer(429, "3600"))
    add("429 Retry-After HTTP date +2 h", "429", "fail",
        replace=status_answer(429, http_date(7200)))
    add("429 Retry-After 1, for ever", "429", "fail", times=0, replace=status_answer(429, "1"))
    add("429 Retry-After garbage", "429", "either", replace=status_answer(429, "soon"))
    add("429 Retry-After 10^30", "429", "fail",
        replace=status_answer(429, "1000000000000000000000000000000"))
    add("503 once", "503", "succeed", target="read", replace=status_answer(503))
    add("503 Retry-After 1, once", "503", "succeed", target="read",
        replace=status_answer(503, "1"))
    add("503 HTML page once", "503", "succeed", target="read",
        replace=status_answer(503, None, HTML, "text/html"))
    add("503 for ever", "503", "fail", target="read", times=0, replace=status_answer(503, "1"))
    add("500", "503", "fail", replace=status_answer(500))
    add("502 HTML from a proxy", "503", "fail", replace=status_answer(502, None, HTML,
                                                                     "text/html"))
    add("429 from the token endpoint, once", "429", "succeed", target="token",
        replace=status_answer(429, "1"))

    # 10,000 headers.
    add("10,000 headers", "headers", "fail", spoil=wire(extra_headers=10000))
    add("300 headers", "headers", "fail", spoil=wire(extra_headers=300))
    add("10,000 headers from the token endpoint", "headers", "fail", target="token",
        spoil=wire(extra_headers=10000))

    # Redirects.
    add("redirect to another host", "redirects", "fail", replace=redirect_to("foreign"))
    add("redirect to another port", "redirects", "fail", replace=redirect_to("foreign-port"))
    add("token endpoint redirects to another host", "redirects", "fail", target="token",
        replace=redirect_to("foreign"))
    add("redirect loop", "redirects", "fail", times=0, replace=redirect_to("self"))
    add("one redirect to the same place", "redirects", "either", replace=redirect_to("self"))

    # Token endpoint failures and lifetimes.
    add("token endpoint 500", "tokens", "fail", target="token", times=0,
        replace=status_answer(500, body=b'{"error":"server_error"}'))
    add("token endpoint 500 saying invalid_client", "tokens", "fail", target="token", times=0,
        replace=status_answer(500, body=b'{"error":"invalid_client"}'))
    # Huawei tokens carry an absolute expiry: one already past is refused as a malformed
    # answer (one clear error, no storm); the others' relative expires_in is floored.
    expired = {"codearts": "either"}
    add("token expires_in 0", "tokens", "succeed", target="token", times=0,
        spoil=token_lifetime(0), expect_for=expired)
    add("token expires_in negative", "tokens", "succeed", target="token", times=0,
        spoil=token_lifetime(-3600), expect_for=expired)
    add("token expires_in 1", "tokens", "succeed", target="token", times=0,
        spoil=token_lifetime(1))
    add("API says 401 for ever", "tokens", "fail", times=0,
        replace=status_answer(401, body=b'{"message":"token expired"}'))
    return cases


def _endless(document, container, key, state):
    """Ten million users announced, and every page the first one again."""
    first = state.get("first_page")
    if first is None:
        state["first_page"] = json.loads(json.dumps(container[key]))
    else:
        container[key] = json.loads(json.dumps(first))
    return hs.set_total(document, lambda n: 10 ** 7)


def _set_total_raw(document, value):
    container, key = hs.total_of(document)
    if container is None:
        return False
    container[key] = value
    return True


def _drop_total(document):
    container, key = hs.total_of(document)
    if container is not None:
        del container[key]


def _set_field(user, field, value):
    if field not in user and field == "email":
        contact = user.get("contact") or user.get("human", {}).get("email")
        if isinstance(contact, dict) and "email" in contact:
            contact["email"] = value
            return True
        return False
    user[field] = value
    return True


def _null_all(document):
    if not isinstance(document, dict) or not document:
        return False
    for key in document:
        document[key] = None
    return True


# --- runs ----------------------------------------------------------------------------------


class Run:
    def __init__(self, case, profile, operation):
        self.case = case
        self.profile = profile
        self.operation = operation
        self.exit = None
        self.signal = None
        self.seconds = 0.0
        self.rss_kib = 0
        self.hang = False
        self.wrong = ""
        self.leak = ""
        self.storm = False
        self.recoverable_failed = False
        self.hits = 0
        self.stderr = ""
        self.campaign_errors = []

    @property
    def label(self):
        return "%s | %s | %s" % (self.case.name, self.profile, self.operation)


class Campaign:
    def __init__(self, args):
        self.args = args
        self.mock = None
        self.upstream = None
        self.reference = {}
        self.counter = 0
        self.counter_lock = threading.Lock()
        # CodeArts keeps one mailed code per account: its changes go one at a time.
        self.codearts_lock = threading.Lock()
        self.journal = os.path.join(tempfile.mkdtemp(prefix="hostile-campaign-"),
                                    "journal.sqlite")

    def start_mock(self):
        # ZITADEL's demo organisation holds about a quarter of its directory: 1,000 users give
        # it 245, so that its listing has a page 2 for the page cases to spoil.
        self.mock = subprocess.Popen([self.args.mock, "--users", "250", "--zitadel-users",
                                      "1000", "--port", "0"],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        url = self.mock.stdout.readline().strip()
        host, port = url.split("//")[1].rstrip("/").split(":")
        self.upstream = (host, int(port))
        self.mock_url = url.rstrip("/")

    def cli(self, base, profile, arguments, stdin=None, timeout=60):
        command = [self.args.cli, "--demo-url", base, "--profile", profile, "--timeout",
                   str(self.args.timeout)] + arguments
        return subprocess.run(command, input=stdin, capture_output=True, text=True,
                              timeout=timeout, env=self.environment())

    def environment(self):
        # The CLI journals every change: into the campaign's own file, never the user's.
        return dict(os.environ, QT_LOGGING_RULES="*.info=false", LANG="C.UTF-8",
                    LC_ALL="C.UTF-8", IDENTITYDESK_JOURNAL=self.journal)

    def learn_reference(self):
        """What the mock really holds: every id per profile, and one user to show."""
        for profile in PROFILES:
            listed = self.cli(self.mock_url, profile, ["users", "--limit", "0", "--format",
                                                       "ndjson"])
            users = [json.loads(line) for line in listed.stdout.splitlines() if line.strip()]
            if listed.returncode != 0 or not users:
                sys.exit("campaign: the mock does not list %s users: %s" % (profile,
                                                                            listed.stderr))
            show_user = users[1] if len(users) > 1 else users[0]
            change_user = users[0]
            self.reference[profile] = {
                "ids": [user["id"] for user in users],
                "show": show_user,
                "change": change_user["id"] if profile not in ("zitadel-self", "codearts")
                else "me",
            }

    def arguments(self, run, new_email):
        reference = self.reference[run.profile]
        if run.operation == "list":
            return ["users", "--limit", "0", "--format", "ndjson"], None
        if run.operation == "show":
            return ["--json", "show", reference["show"]["id"]], None
        arguments = ["--json", "change-email", reference["change"], new_email]
        if run.profile == "gcore":
            return arguments + ["--password-stdin"], "demo-password\n"
        if run.profile == "codearts":
            self.cli(self.mock_url, "codearts", ["request-code", new_email])
            with urllib.request.urlopen("%s/mock/mailbox?to=%s" % (self.mock_url, new_email),
                                        timeout=10) as reply:
                messages = json.load(reply)["messages"]
            code = messages[0]["code"] if messages else "000000"
            return arguments + ["--code", code], None
        return arguments, None

    def judge(self, run, stdout, new_email):
        expect = run.case.expect_for.get(run.profile, run.case.expect) if run.hits > 0 \
            else "succeed"
        if run.signal is not None or run.hang:
            return
        if run.exit == 0:
            problem = self.check_output(run, stdout, new_email)
            if expect == "fail":
                run.wrong = "exit 0 on a case that must fail" + (
                    " (%s)" % problem if problem else "")
            elif problem:
                run.wrong = problem
        elif expect == "succeed":
            run.recoverable_failed = True

    def check_output(self, run, stdout, new_email):
        reference = self.reference[run.profile]
        try:
            if run.operation == "list":
                ids = [json.loads(line)["id"] for line in stdout.splitlines() if line.strip()]
                if ids != reference["ids"] and sorted(ids) != sorted(reference["ids"]):
                    return "listed %d users, the server holds %d" % (len(ids),
                                                                     len(reference["ids"]))
                return ""
            document = json.loads(stdout)
            if run.operation == "show":
                want = reference["show"]
                # zitadel-self and codearts show the signed-in user, whose address the
                # change-email runs alter meanwhile.
                fields = ("id", "login") if run.profile in ("zitadel-self", "codearts") \
                    else ("id", "email", "login")
                for field in fields:
                    if document.get(field) != want.get(field):
                        return "show printed %s %r, the server holds %r" % (
                            field, document.get(field), want.get(field))
                return ""
            if document.get("newEmail") != new_email:
                return "change printed newEmail %r" % document.get("newEmail")
            user = document.get("user") or {}
            # A change whose user could not be read back shows no user (the change was made).
            if user.get("id") and new_email not in (user.get("email"), user.get("pendingEmail")) \
                    and document.get("outcome") != "awaiting-confirmation-at-old-address":
                return "change printed a user without the new address"
            return ""
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            return "unreadable output on exit 0 (%s)" % error

    def execute(self, proxy, run):
        if run.profile == "codearts" and run.operation == "change":
            with self.codearts_lock:
                self.execute_one(proxy, run)
        else:
            self.execute_one(proxy, run)

    def execute_one(self, proxy, run):
        with self.counter_lock:
            self.counter += 1
            number = self.counter
        new_email = "campaign.%d.%d@example.org" % (os.getpid(), number)
        arguments, stdin = self.arguments(run, new_email)
        proxy.arm(run.case, run.operation)
        base = "http://127.0.0.1:%d" % proxy.port
        command = [self.args.cli, "--demo-url", base, "--profile", run.profile, "--timeout",
                   str(self.args.timeout)] + arguments
        environment = self.environment()
        started = time.monotonic()
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=environment)
        output = {}

        def drain(name, stream):
            output[name] = stream.read()

        readers = [threading.Thread(target=drain, args=(name, stream))
                   for name, stream in (("out", process.stdout), ("err", process.stderr))]
        for reader in readers:
            reader.start()
        if stdin:
            process.stdin.write(stdin.encode())
        process.stdin.close()
        timer = threading.Timer(self.args.hard_timeout, lambda: _kill(process))
        timer.start()
        peak = PeakMemory(process.pid)
        _, status, _ = os.wait4(process.pid, 0)
        timer.cancel()
        peak.stop()
        process.returncode = status
        run.seconds = time.monotonic() - started
        for reader in readers:
            reader.join()
        proxy.disarm()
        run.rss_kib = peak.kib
        if os.WIFSIGNALED(status):
            if run.seconds >= self.args.hard_timeout - 0.5:
                run.hang = True
            else:
                run.signal = os.WTERMSIG(status)
        else:
            run.exit = os.WEXITSTATUS(status)
        run.hits = proxy.state.get("hits", 0)
        run.campaign_errors = list(proxy.errors)
        proxy.errors.clear()
        run.stderr = output.get("err", b"").decode("utf-8", "replace")
        tokens = sum(1 for exchange in proxy.exchanges if hs.is_token_request(exchange.path))
        # One token per run, one more after a 401 or an answer lost on the way; never a storm.
        run.storm = tokens > 3
        self.check_leaks(run, proxy)
        self.judge(run, output.get("out", b"").decode("utf-8", "replace"), new_email)

    def check_leaks(self, run, proxy):
        for exchange in proxy.foreign.seen:
            names = [name for name, _ in exchange.headers if name.lower() in hs.CREDENTIAL_HEADERS]
            raw = exchange.target.encode() + exchange.body + b"".join(
                value.encode("latin-1", "replace") for _, value in exchange.headers)
            secrets = [secret.decode() for secret in SECRETS if secret in raw]
            if names or secrets:
                run.leak = "%s %s reached another origin with %s" % (
                    exchange.method, exchange.path, ", ".join(names + secrets))


class PeakMemory:
    """The peak RSS of one process, from /proc/PID/status (VmHWM) read every 10 ms until it
    exits. getrusage()/wait4() cannot tell it: Linux carries the high-water mark of the
    forking process (this campaign, which holds large answers) over an exec into the child's."""

    def __init__(self, pid):
        self.kib = 0
        self._path = "/proc/%d/status" % pid
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def _read(self):
        try:
            with open(self._path) as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        self.kib = max(self.kib, int(line.split()[1]))
                        return True
        except (OSError, ValueError):
            pass
        return False

    def _poll(self):
        while not self._done.is_set():
            self._read()
            time.sleep(0.01)

    def stop(self):
        self._done.set()
        self._thread.join()


def _kill(process):
    try:
        process.send_signal(signal.SIGKILL)
    except OSError:
        pass


def plan(cases, only):
    runs = []
    for case in cases:
        if only and not any(word.lower() in (case.name + " " + case.category).lower()
                            for word in only):
            continue
        for profile in PROFILES:
            if profile not in case.backends:
                continue
            for operation in case.ops:
                single_page = profile in ("zitadel-self", "codearts")
                if operation == "list" and case.pages and single_page:
                    continue
                if operation == "list" and case.category in ("duplicates", "totals",
                                                             "empty pages") and single_page:
                    continue
                runs.append(Run(case, profile, operation))
    return runs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", default=os.path.join(ROOT, "build/ci/app/cli/identitydesk-cli"))
    parser.add_argument("--mock",
                        default=os.path.join(ROOT, "build/ci/app/mockserver/identitydesk-mock"))
    parser.add_argument("--timeout", type=int, default=5, help="the CLI's --timeout (seconds)")
    parser.add_argument("--hard-timeout", type=float, default=60.0,
                        help="a run still going after this many seconds is a hang")
    parser.add_argument("--jobs", type=int, default=4, help="runs at once")
    parser.add_argument("--only", nargs="*", default=[], help="cases whose name has a word")
    parser.add_argument("--list", action="store_true", help="print the runs and stop")
    parser.add_argument("--verbose", action="store_true", help="print every run")
    args = parser.parse_args()
    # Stopped from outside: still end the mock and the proxies (the finally below).
    signal.signal(signal.SIGTERM, lambda *unused: sys.exit(143))

    cases = build_cases()
    runs = plan(cases, args.only)
    if args.list:
        for run in runs:
            print(run.label)
        print("%d cases in %d categories, %d runs" % (
            len(cases), len({case.category for case in cases}), len(runs)))
        return 0
    for path in (args.cli, args.mock):
        if not os.access(path, os.X_OK):
            sys.exit("campaign: %s is not built (cmake --build --preset ci)" % path)

    campaign = Campaign(args)
    campaign.start_mock()
    started = time.monotonic()
    proxies = []
    try:
        campaign.learn_reference()
        for _ in range(args.jobs):
            proxy = hs.FaultProxy(campaign.upstream)
            threading.Thread(target=proxy.serve_forever, daemon=True).start()
            proxies.append(proxy)
        free = list(proxies)
        free_lock = threading.Lock()

        def one(run):
            with free_lock:
                proxy = free.pop()
            try:
                campaign.execute(proxy, run)
            finally:
                with free_lock:
                    free.append(proxy)
            if run.campaign_errors:
                print("campaign error in %s: %s" % (run.label, run.campaign_errors[0]),
                      flush=True)
            if args.verbose or run.hang or run.signal or run.wrong or run.leak or run.storm \
                    or run.recoverable_failed or run.rss_kib > RSS_LIMIT_KIB:
                print("%-90s exit %s %5.1f s %4d MiB%s%s%s%s%s%s" % (
                    run.label[:90], run.exit, run.seconds, run.rss_kib // 1024,
                    " HANG" if run.hang else "", " SIGNAL %s" % run.signal if run.signal else "",
                    " WRONG: %s [%s]" % (run.wrong, run.stderr.strip()[-300:])
                    if run.wrong else "",
                    " LEAK: " + run.leak if run.leak else "", " STORM" if run.storm else "",
                    " RECOVERABLE FAILED: " + run.stderr.strip()[-200:]
                    if run.recoverable_failed else ""), flush=True)

        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            list(pool.map(one, runs))
    finally:
        for proxy in proxies:
            proxy.close_all()
        campaign.mock.terminate()
        campaign.mock.wait()

    return summarize(runs, cases, time.monotonic() - started)


def summarize(runs, cases, seconds):
    figures = [
        ("cases", len({run.case.name for run in runs})),
        ("categories", len({run.case.category for run in runs})),
        ("runs", len(runs)),
        ("hangs", sum(run.hang for run in runs)),
        ("crashes", sum(run.signal is not None for run in runs)),
        ("quietly wrong", sum(bool(run.wrong) for run in runs)),
        ("max peak RSS (MiB)", max((run.rss_kib for run in runs), default=0) // 1024),
        ("runs over 256 MiB", sum(run.rss_kib > RSS_LIMIT_KIB for run in runs)),
        ("credential leaks", sum(bool(run.leak) for run in runs)),
        ("token storms", sum(run.storm for run in runs)),
        ("recoverable failures", sum(run.recoverable_failed for run in runs)),
        ("longest run (s)", round(max((run.seconds for run in runs), default=0), 1)),
        ("wall time (s)", round(seconds, 1)),
        ("campaign errors (bugs of this script)", sum(bool(run.campaign_errors) for run in runs)),
    ]
    exits = {}
    for run in runs:
        exits[run.exit] = exits.get(run.exit, 0) + 1
    width = max(len(name) for name, _ in figures)
    print()
    print("%-*s  %s" % (width, "hostile-wire campaign", "figure"))
    print("-" * (width + 10))
    for name, value in figures:
        print("%-*s  %s" % (width, name, value))
    print("%-*s  %s" % (width, "exit codes", ", ".join(
        "%s: %d" % (code, count) for code, count in sorted(exits.items(), key=str))))
    bad = sum(value for name, value in figures
              if name in ("hangs", "crashes", "quietly wrong", "runs over 256 MiB",
                          "credential leaks", "token storms", "recoverable failures"))
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
