"""A real, threaded HTTP/1.1 server on 127.0.0.1 whose answers a test programs.

Use it when a test must talk to a real socket (fetch faults, TUI retries, feeds)::

    from tests.httpserver import LocalServer, Reply, redirect

    with LocalServer() as server:                       # random free port, own thread
        url = server.add("/page", Reply(b"<p>hi</p>"))  # returns the full URL
        server.add("/old", redirect("/page"))           # 302 to another path or URL
        server.add("/flaky", Reply(status=503), Reply(b"<p>ok</p>"))  # answers in turn,
                                                        # the last one repeats
        server.add("/slow", Reply(b"<p>x</p>", stall=5))        # headers, then silence
        server.add("/drip", Reply(b"<p>x</p>", trickle=1.0))    # a byte a second
        server.add("/cut", Reply(b"<p>x</p>", content_length=1000))  # body too short
        server.add("/own", lambda handler: handler.send_error(418))  # anything else
        ...
        server.requests        # [Request(method, path, headers), ...] in arrival order
        server.count("/flaky")  # how many requests a path received

``LocalServer(certfile=..., keyfile=...)`` serves https (tests/fixtures/fetch has a
self-signed pair for 127.0.0.1). A pytest fixture is one line:
``with LocalServer() as server: yield server``.
``stop()`` (or leaving the ``with``) ends sleeping replies at once, so a test never waits
for a stalled answer; afterwards the port refuses connections. Unknown paths get 404.
``python -m tests.httpserver`` serves a set of faulty pages for manual tries.
"""

from __future__ import annotations

import gzip
import ssl
import sys
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Handler = Callable[[BaseHTTPRequestHandler], None]
"""A custom behaviour: gets the live request handler (``handler.wfile``, ``send_response``
...) and does what it likes; the connection is closed afterwards."""


@dataclass(frozen=True)
class Reply:
    """One programmed answer.

    ``content_length``: the length to announce (default: the body's); larger than the body
    makes a truncated response. ``None`` for ``close_delimited`` responses means no header
    at all (the body ends when the connection closes). ``delay`` waits before the status
    line, ``stall`` after the headers, ``trickle`` between single body bytes.
    """

    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    content_length: int | None = None
    close_delimited: bool = False
    delay: float = 0.0
    stall: float = 0.0
    trickle: float = 0.0


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]  # names in lower case


def redirect(location: str, status: int = 302) -> Reply:
    """A redirect answer to ``location`` (a path, a full URL or any other scheme)."""
    return Reply(status=status, content_type=None, headers={"Location": location})


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=6)


def gzip_bomb(size: int, *, head: bytes = b"<html><body><p>", fill: bytes = b" ") -> bytes:
    """A gzip stream that expands to ``head`` plus ``size`` bytes of ``fill`` (about a
    thousandth of that on the wire), compressed piecewise so making it never holds
    ``size`` bytes in memory. The default is a valid-looking HTML page full of spaces,
    so only a size cap can stop it."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = fill * (1024 * 1024 // len(fill))
    parts = [compressor.compress(head)]
    parts += [compressor.compress(block) for _ in range(size // len(block))]
    parts.append(compressor.compress(fill * ((size % len(block)) // len(fill))))
    parts.append(compressor.flush())
    return b"".join(parts)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client hanging up mid-answer is what fault tests do; stay quiet about it."""
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError | TimeoutError):
            super().handle_error(request, client_address)


class LocalServer:
    """The server; see the module docstring for the API."""

    def __init__(self, *, certfile: str | None = None, keyfile: str | None = None) -> None:
        """``certfile``/``keyfile`` make it an https server with that certificate."""
        self.scheme = "https" if certfile else "http"
        self.requests: list[Request] = []
        self._routes: dict[str, list[Reply | Handler]] = {}
        self._served: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = _QuietServer(("127.0.0.1", 0), self._handler_class())
        if certfile:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(certfile, keyfile)
            self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    def url(self, path: str = "/") -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def add(self, path: str, *answers: Reply | Handler) -> str:
        """Answer requests for ``path`` with ``answers`` in turn (the last repeats);
        returns the URL. Adding a path again replaces its answers and its turn."""
        if not answers:
            raise ValueError("add() needs at least one answer")
        with self._lock:
            self._routes[path] = list(answers)
            self._served[path] = 0
        return self.url(path)

    def count(self, path: str) -> int:
        with self._lock:
            return sum(1 for request in self.requests if request.path == path)

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Wake every sleeping answer, stop serving and free the port."""
        self._stopping.set()
        if self._thread.is_alive():
            self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- inside the server threads -------------------------------------------------------

    def _next_answer(self, path: str) -> Reply | Handler | None:
        with self._lock:
            answers = self._routes.get(path)
            if answers is None:
                return None
            turn = self._served[path]
            self._served[path] = turn + 1
            return answers[min(turn, len(answers) - 1)]

    def _sleep(self, seconds: float) -> bool:
        """Sleep unless the server stops first; True when it is stopping."""
        return self._stopping.wait(seconds) if seconds > 0 else self._stopping.is_set()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                with server._lock:
                    headers = {k.lower(): v for k, v in self.headers.items()}
                    server.requests.append(Request(self.command, path, headers))
                answer = server._next_answer(path)
                try:
                    if answer is None:
                        self._send(Reply(b"<p>not here</p>", status=404))
                    elif isinstance(answer, Reply):
                        self._send(answer)
                    else:
                        answer(self)
                        self.close_connection = True
                except ConnectionError:
                    self.close_connection = True  # the client gave up: fine

            do_HEAD = do_GET

            def _send(self, reply: Reply) -> None:
                if server._sleep(reply.delay):
                    return
                self.send_response(reply.status)
                if reply.content_type:
                    self.send_header("Content-Type", reply.content_type)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if not reply.close_delimited:
                    length = reply.content_length
                    self.send_header(
                        "Content-Length", str(len(reply.body) if length is None else length)
                    )
                misbehaving = (
                    reply.close_delimited
                    or reply.stall
                    or reply.trickle
                    or (reply.content_length not in (None, len(reply.body)))
                )
                if misbehaving:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                self.wfile.flush()
                if server._sleep(reply.stall) or self.command == "HEAD":
                    return
                if not reply.trickle:
                    self.wfile.write(reply.body)
                    return
                for index in range(len(reply.body)):
                    self.wfile.write(reply.body[index : index + 1])
                    self.wfile.flush()
                    if server._sleep(reply.trickle):
                        return

        return _Handler


def _demo() -> None:  # pragma: no cover - a manual tool
    """Serve the fault pages used in the fetch tests until Ctrl-C."""
    import time

    page = b"<html><head><title>Demo</title></head><body><p>" + b"Some words. " * 80 + b"</p>"
    server = LocalServer().start()
    routes = {
        "/page": Reply(page),
        "/404": Reply(b"missing", status=404),
        "/500": Reply(b"broken", status=500),
        "/loop": redirect("/loop"),
        "/to-file": redirect("file:///etc/passwd"),
        "/stall": Reply(page, stall=3600),
        "/trickle": Reply(page, trickle=1.0),
        "/short": Reply(page, content_length=len(page) * 2),
        "/big": Reply(page * 8000),
        "/bomb": Reply(
            gzip_bomb(1024 * 1024 * 1024),
            content_type="text/html",
            headers={"Content-Encoding": "gzip"},
        ),
        "/pdf": Reply(
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", content_type="application/pdf"
        ),
        "/empty": Reply(b""),
    }
    for path, reply in routes.items():
        print(server.add(path, reply), flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    _demo()
