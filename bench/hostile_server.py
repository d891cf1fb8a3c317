"""A misbehaving HTTP server for bench/hostile_campaign.py (issue 12).

It stands in front of a real identitydesk-mock: every request is forwarded to the mock, and the
mock's (good) answer is then spoiled the way the current case says: on the wire (cut short,
never finished, dripped, reset, flooded with headers, compressed into a bomb), in the content
(HTML, another type, invalid UTF-8, absurd nesting) or in the data (ids, totals, pages,
required fields), or replaced by statuses (429, 503, redirects, token endpoint failures).

A second listener stands for "another origin": redirects point there, and it records what
arrives, so the campaign can tell whether a credential ever left home.

A test tool: python3 standard library only, raw sockets, no TLS.
"""

import http.client
import json
import socket
import socketserver
import struct
import threading
import time
import zlib

# Headers that carry a credential in one of the backends (Gcore API key, ZITADEL and Acronis
# bearer tokens, Huawei X-Auth-Token).
CREDENTIAL_HEADERS = ("authorization", "x-auth-token", "apikey", "x-api-key", "cookie")

TOKEN_PATHS = ("/oauth/v2/token", "/api/2/idp/token", "/v3/auth/tokens", "/iam/auth/jwt/login")


def is_token_request(path):
    return path.split("?")[0] in TOKEN_PATHS


class Exchange:
    """One request as the proxy saw it, and what it did with it."""

    def __init__(self, method, target, headers, body):
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        self.path = target.split("?")[0]
        self.query = target[len(self.path) + 1:] if "?" in target else ""
        self.spoiled = False

    def header(self, name):
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return ""


def read_request(sock):
    """Reads one HTTP/1.1 request; None when the client went away first."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > 1 << 20:
            return None
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target = lines[0].split(" ")[:2]
    headers = []
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.append((name.strip(), value.strip()))
        if name.strip().lower() == "content-length":
            length = int(value.strip() or 0)
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    return Exchange(method, target, headers, rest[:length])


class Answer:
    """What goes back on the wire; `framing` and `ending` say how."""

    def __init__(self, status, headers, body):
        self.status = status
        self.headers = [(k, v) for k, v in headers
                        if k.lower() not in ("content-length", "transfer-encoding", "connection",
                                             "content-encoding")]
        self.body = body
        self.framing = "length"  # length | chunked | chunked-unterminated | close
        self.announced = None  # Content-Length to claim instead of the body's
        self.ending = "close"  # close | reset | hang
        self.drip = 0.0  # seconds between single bytes of the body
        self.drip_headers = 0.0  # seconds between single bytes of the head
        self.silent = False  # never answer at all
        self.reset_only = False  # reset the connection without sending a byte
        self.extra_head = b""  # raw header lines added verbatim

    def set_header(self, name, value):
        self.headers = [(k, v) for k, v in self.headers if k.lower() != name.lower()]
        self.headers.append((name, value))

    def content_type(self):
        for key, value in self.headers:
            if key.lower() == "content-type":
                return value
        return ""


def hard_close(sock, reset):
    try:
        if reset:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        else:
            sock.shutdown(socket.SHUT_WR)
    except OSError:
        pass
    sock.close()


def send(sock, data, drip, stop):
    """All at once, or a byte every `drip` seconds until the run is over."""
    if not drip:
        sock.sendall(data)
        return
    for i in range(len(data)):
        if stop.is_set():
            return
        sock.sendall(data[i:i + 1])
        time.sleep(drip)


def send_answer(sock, answer, stop):
    if answer.reset_only:
        hard_close(sock, True)
        return
    if answer.silent:
        stop.wait(120)
        hard_close(sock, False)
        return
    head = "HTTP/1.1 %d Campaign\r\n" % answer.status
    for key, value in answer.headers:
        head += "%s: %s\r\n" % (key, value)
    head = head.encode("latin-1") + answer.extra_head
    body = answer.body
    wire = b""
    if answer.framing == "length":
        length = len(body) if answer.announced is None else answer.announced
        head += b"Content-Length: %d\r\n" % length
        wire = body
    elif answer.framing in ("chunked", "chunked-unterminated"):
        head += b"Transfer-Encoding: chunked\r\n"
        for at in range(0, len(body), 64):
            chunk = body[at:at + 64]
            wire += b"%x\r\n%s\r\n" % (len(chunk), chunk)
        if answer.framing == "chunked":
            wire += b"0\r\n\r\n"
    else:
        wire = body
    head += b"Connection: close\r\n\r\n"
    try:
        send(sock, head, answer.drip_headers, stop)
        send(sock, wire, answer.drip, stop)
    except OSError:
        sock.close()
        return
    if answer.ending == "hang":
        stop.wait(120)
    if answer.ending == "reset":
        time.sleep(0.05)
    hard_close(sock, answer.ending == "reset")


class ForeignOrigin(socketserver.ThreadingTCPServer):
    """Another origin: records every request that reaches it and answers 200 {}."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), ForeignHandler)
        self.seen = []
        self.lock = threading.Lock()

    @property
    def port(self):
        return self.server_address[1]


class ForeignHandler(socketserver.BaseRequestHandler):
    def handle(self):
        exchange = read_request(self.request)
        if exchange is None:
            return
        with self.server.lock:
            self.server.seen.append(exchange)
        body = b"{}"
        self.request.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             b"Content-Length: 2\r\nConnection: close\r\n\r\n" + body)
        hard_close(self.request, False)


class FaultProxy(socketserver.ThreadingTCPServer):
    """Forwards to `upstream` (host, port) and spoils answers with `case.spoil(...)`."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, upstream):
        super().__init__(("127.0.0.1", 0), ProxyHandler)
        self.upstream = upstream
        self.case = None
        self.state = {}
        self.exchanges = []
        self.errors = []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.foreign = ForeignOrigin()
        threading.Thread(target=self.foreign.serve_forever, daemon=True).start()

    @property
    def port(self):
        return self.server_address[1]

    def arm(self, case, operation):
        """Starts a run of `operation`: `case` spoils from now on; counters start again."""
        self.stop.set()
        time.sleep(0.01)
        self.stop = threading.Event()
        with self.lock:
            self.case = case
            self.state = {"hits": 0, "operation": operation}
            self.exchanges = []
        with self.foreign.lock:
            self.foreign.seen = []

    def disarm(self):
        self.stop.set()

    def forward(self, exchange):
        connection = http.client.HTTPConnection(*self.upstream, timeout=30)
        headers = {k: v for k, v in exchange.headers
                   if k.lower() not in ("host", "connection", "accept-encoding")}
        connection.request(exchange.method, exchange.target, body=exchange.body or None,
                           headers=headers)
        reply = connection.getresponse()
        answer = Answer(reply.status, reply.getheaders(), reply.read())
        connection.close()
        return answer

    def close_all(self):
        self.stop.set()
        self.shutdown()
        self.server_close()
        self.foreign.shutdown()
        self.foreign.server_close()


class ProxyHandler(socketserver.BaseRequestHandler):
    def handle(self):
        server = self.server
        stop = server.stop
        try:
            exchange = read_request(self.request)
        except OSError:
            return
        if exchange is None:
            return
        with server.lock:
            server.exchanges.append(exchange)
            case = server.case
            state = server.state
        try:
            answer = None
            if case is not None and case.replaces(exchange, state, server):
                answer = case.replacement(exchange, state, server)
            if answer is None:
                answer = server.forward(exchange)
                if case is not None:
                    case.spoil(exchange, answer, state, server)
            send_answer(self.request, answer, stop)
        except OSError:
            hard_close(self.request, True)
        except Exception as error:  # a bug of the campaign, not of the client: say so
            with server.lock:
                server.errors.append("%s %s: %r" % (exchange.method, exchange.path, error))
            hard_close(self.request, True)


# --- JSON helpers for spoiling data ------------------------------------------------------


def user_list_of(document):
    """The list of users in a listing answer: (container, key), or (None, None)."""
    if isinstance(document, dict):
        for key in ("results", "result", "items", "users"):
            value = document.get(key)
            if isinstance(value, list) and value and isinstance(value[0], dict) \
                    and "id" in value[0]:
                return document, key
    return None, None


def single_user_of(document):
    """The user object in a read or change answer, or None."""
    if isinstance(document, dict):
        if isinstance(document.get("user"), dict):
            return document["user"]
        if "id" in document:
            return document
    return None


def the_user(document):
    """The user a read or change answer is about, or the first one of a listing; or None."""
    user = single_user_of(document)
    if user is None:
        container, key = user_list_of(document)
        if container is not None:
            user = container[key][0]
    return user


def total_of(document):
    """(container, key) of the announced total, or (None, None)."""
    if isinstance(document, dict):
        if "count" in document:
            return document, "count"
        details = document.get("details")
        if isinstance(details, dict) and "totalResult" in details:
            return details, "totalResult"
    return None, None


def set_total(document, transform):
    container, key = total_of(document)
    if container is None:
        return False
    old = int(container[key])
    new = transform(old)
    container[key] = str(new) if isinstance(container[key], str) else new
    return True


def loads(body):
    try:
        return json.loads(body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None


def dumps(document):
    return json.dumps(document, separators=(",", ":")).encode("utf-8")


def gzip_bomb(size=200 * 1024 * 1024):
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    out = [compressor.compress(b"[")]
    for _ in range(size >> 20):
        out.append(compressor.compress(block))
    out.append(compressor.compress(b"]"))
    out.append(compressor.flush())
    return b"".join(out)
