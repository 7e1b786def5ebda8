"""Reading one http(s) URL with limits on time, size, redirects and decompression.

httpx alone is not safe for pages from anywhere: its timeouts are per operation (a server
sending a byte a second never times out), it has no size cap and it decompresses without
bound. So this module

- enforces one overall deadline per URL, redirects included, down to every socket read
  (``_DeadlineBackend`` caps each connect/read/write timeout to the time left);
- reads the raw body and decompresses gzip/deflate itself in bounded steps, counting
  decoded bytes against the cap, and refuses any encoding it did not ask for;
- follows redirects itself: at most ``max_redirects``, http and https only;
- turns every failure into a ``BriefingError`` with one human line.

One httpx client is shared by every thread (connection reuse); cookies live only for the
redirect chain of one fetch, never across pages.
"""

from __future__ import annotations

import email.utils
import http.cookiejar
import ipaddress
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpcore
import httpx

from tui import __version__
from tui.decode import SNIFF_BYTES, refuse_binary
from tui.errors import (
    BriefingError,
    HTTPStatusError,
    NetworkError,
    TLSError,
    UnsupportedContentError,
    UsageError,
)
from tui.sources import FetchOptions, Progress, RawDocument

USER_AGENT = f"briefing/{__version__} (+terminal reader)"
ACCEPT = (
    "text/html,application/xhtml+xml,text/plain;q=0.9,"
    "application/rss+xml,application/atom+xml,application/xml;q=0.8,*/*;q=0.5"
)
ACCEPT_ENCODING = "gzip, deflate"  # the only codings we can decompress with a bound
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_RETRY_AFTER = 5.0  # a 429 asking us to wait longer than this is an error
CHUNK = 65536  # largest piece decompressed in one step
_NOT_IN_HOSTS = frozenset(' <>"{}|\\^`%')


@dataclass(frozen=True, slots=True)
class FetchedDocument(RawDocument):
    """A ``RawDocument`` from the web, with the status and response headers the cache
    needs (``status`` is 304 with empty ``data`` when a conditional request matched)."""

    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()


def fetch_url(
    url: str,
    options: FetchOptions,
    progress: Progress | None = None,
    *,
    headers: Mapping[str, str] | None = None,
) -> RawDocument:
    """GET ``url`` within ``options``' limits. ``headers`` adds request headers (such as
    ``If-None-Match``); only then is a 304 answer returned rather than refused.

    Raises UsageError (malformed URL), NetworkError, TLSError, HTTPStatusError or
    UnsupportedContentError; never an httpx exception.
    """
    host = _check_url(url)
    deadline = _Deadline(options.deadline)
    _thread_deadline.end = deadline.end
    try:
        return _Fetch(url, options, progress, dict(headers or {}), deadline).run()
    except BriefingError:
        raise
    except httpx.HTTPError as error:
        raise _translate(error, _host_of(error, host), deadline, options) from error
    finally:
        _thread_deadline.end = None


class _Fetch:
    """One fetch: the redirect chain, one 429 retry, and the body of the final answer."""

    def __init__(
        self,
        url: str,
        options: FetchOptions,
        progress: Progress | None,
        headers: dict[str, str],
        deadline: _Deadline,
    ) -> None:
        self.url = url
        self.options = options
        self.progress = progress
        self.headers = headers
        self.deadline = deadline
        self.cookies = httpx.Cookies()  # this redirect chain's cookies only
        self.visited: set[str] = set()
        self.redirects = 0
        self.retried = False

    def run(self) -> RawDocument:
        current = httpx.URL(self.url)
        while True:
            response = self._send(current)
            try:
                self.cookies.extract_cookies(response)
                status = response.status_code
                if status in REDIRECT_STATUSES and "location" in response.headers:
                    current = self._follow(response, current)
                elif status == 429 and self._may_retry(response):
                    continue
                elif status == 304 and self.headers:
                    return self._document(response, b"")
                elif status >= 300:
                    raise HTTPStatusError(_status_message(response))
                else:
                    return self._document(response, self._read_body(response))
            finally:
                response.close()

    def _follow(self, response: httpx.Response, current: httpx.URL) -> httpx.URL:
        """The next URL of the redirect chain, within the limit and the schemes we allow."""
        self.visited.add(str(current))
        target = _redirect_target(response)
        self.redirects += 1
        if self.redirects > self.options.max_redirects:
            loop = " (a redirect loop)" if str(target) in self.visited else ""
            raise HTTPStatusError(
                f"too many redirects from {response.url.host}: more than "
                f"{self.options.max_redirects}{loop}"
            )
        return target

    def _may_retry(self, response: httpx.Response) -> bool:
        """Wait out the first 429 if it asks for a short pause that fits the deadline."""
        wait = _retry_after(response)
        if self.retried or wait is None or wait > MAX_RETRY_AFTER:
            return False
        if wait >= self.deadline.remaining():
            return False
        self.retried = True
        time.sleep(wait)
        return True

    def _send(self, url: httpx.URL) -> httpx.Response:
        self.deadline.check(url.host)
        limit = min(self.options.timeout, self.deadline.remaining())
        request = _client().build_request(
            "GET",
            url,
            headers=self.headers,
            cookies=self.cookies,
            timeout=httpx.Timeout(limit),
        )
        try:
            return _client().send(request, stream=True)
        except httpx.InvalidURL:
            # The request URL is valid (built above); httpx computes ``next_request`` even
            # with redirects off and fails there on a Location such as ``javascript:x``.
            raise HTTPStatusError(
                f"refused a redirect from {url.host} to a malformed or non-web URL "
                f"(only http and https are followed)"
            ) from None

    def _read_body(self, response: httpx.Response) -> bytes:
        """The decoded body, counted against the cap as it streams in."""
        host = response.url.host
        limit = self.options.max_bytes
        decoder = _Decoder.for_response(response)
        declared = _content_length(response)
        # Announced as too large: read only the first chunk, to name a PDF as a PDF.
        oversized = decoder is None and declared is not None and declared > limit
        body = bytearray()
        received = 0
        sniffed = False
        self._report(0)
        for chunk in response.iter_raw():
            received += len(chunk)
            pieces = decoder.feed(chunk) if decoder else (chunk,)
            for piece in pieces:
                if len(body) + len(piece) > limit or received > limit:
                    if not sniffed:
                        refuse_binary(bytes(body[:SNIFF_BYTES]) + piece, *_media(response))
                    raise _too_large(host, limit)
                body += piece
            if not sniffed and (len(body) >= SNIFF_BYTES or oversized):
                refuse_binary(bytes(body[:SNIFF_BYTES]), *_media(response))
                sniffed = True
            if oversized:
                raise _too_large(host, limit)
            self._report(len(body))
            self.deadline.check(host)
        return bytes(body)

    def _report(self, amount: int) -> None:
        if self.progress is not None:
            self.progress("fetching", amount)

    def _document(self, response: httpx.Response, data: bytes) -> FetchedDocument:
        content_type, charset = _media(response)
        return FetchedDocument(
            data,
            self.url,
            url=str(response.url),
            content_type=content_type,
            charset=charset,
            status=response.status_code,
            headers=tuple((k.lower(), v) for k, v in response.headers.items()),
        )


# -- URL checks and messages ---------------------------------------------------------------


def _check_url(url: str) -> str:
    """The URL's host; UsageError for anything we cannot or will not fetch."""
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in url):
        raise UsageError(f"malformed URL (contains control characters): {url!r}")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise UsageError(f"unsupported URL scheme '{parts.scheme}' (only http and https): {url}")
    try:
        parts.port  # noqa: B018 (raises ValueError for a bad port)
    except ValueError:
        raise UsageError(f"malformed URL (bad port): {url}") from None
    if not parts.hostname:
        raise UsageError(f"malformed URL (no host): {url}")
    if any(char in _NOT_IN_HOSTS for char in parts.hostname):
        raise UsageError(f"malformed URL (bad host name): {url}")
    try:
        httpx.URL(url)
    except httpx.InvalidURL as error:
        raise UsageError(f"malformed URL ({_one_line(error)}): {url}") from None
    return parts.hostname


def _redirect_target(response: httpx.Response) -> httpx.URL:
    location = response.headers["location"]
    host = response.url.host
    try:
        target = response.url.join(location)
    except httpx.InvalidURL:
        raise HTTPStatusError(f"{host} redirected to a malformed URL: {location!r}") from None
    if target.scheme not in ("http", "https"):
        raise HTTPStatusError(
            f"refused a redirect from {host} to a {target.scheme or 'relative'}: URL "
            f"(only http and https are followed)"
        )
    if not target.host:
        raise HTTPStatusError(f"{host} redirected to a URL without a host: {location!r}")
    return target


def _status_message(response: httpx.Response) -> str:
    reason = response.reason_phrase or ""
    message = f"HTTP {response.status_code} {reason}".rstrip() + f" from {response.url.host}"
    if response.status_code == 429:
        wait = _retry_after(response)
        if wait is not None:
            message += f" (asks to retry after {wait:g} s)"
    elif 300 <= response.status_code < 400:
        message += " (a redirect without a usable Location)"
    return message


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds the server asks us to wait, from ``Retry-After`` (seconds or a date)."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time()) if when else None


def _too_large(host: str, limit: int) -> UnsupportedContentError:
    return UnsupportedContentError(
        f"the page from {host} is larger than the {_size(limit)} limit (see --max-size)"
    )


def _size(amount: int) -> str:
    if amount >= 1024 * 1024:
        return f"{amount / 1024 / 1024:g} MiB"
    return f"{amount / 1024:g} KiB"


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length", "")
    return int(value) if value.strip().isdigit() else None


def _media(response: httpx.Response) -> tuple[str | None, str | None]:
    """(media type in lower case, charset parameter) from Content-Type."""
    header = response.headers.get("content-type")
    if not header:
        return None, None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media.strip().lower() or None, charset


def _host_of(error: httpx.HTTPError, fallback: str) -> str:
    """The host of the request that failed (after redirects it is not the first host)."""
    try:
        return error.request.url.host or fallback
    except RuntimeError:  # httpx raises this when no request is attached
        return fallback


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def _translate(
    error: httpx.HTTPError, host: str, deadline: _Deadline, options: FetchOptions
) -> BriefingError:
    """One ``BriefingError`` with one human line for an httpx failure."""
    if isinstance(error, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return UsageError(f"cannot fetch this URL: {_one_line(error)}")
    tls = _cause(error, ssl.SSLError)
    if tls is not None:
        reason = getattr(tls, "verify_message", None) or getattr(tls, "reason", None)
        return TLSError(f"TLS failed with {host}: {reason or _one_line(tls)}")
    if deadline.expired() and isinstance(error, httpx.TimeoutException | httpx.TransportError):
        return NetworkError(f"{host} did not send the page within the {deadline.seconds:g} s limit")
    if isinstance(error, httpx.ConnectTimeout):
        return NetworkError(f"timed out connecting to {host} (after {options.timeout:g} s)")
    if isinstance(error, httpx.TimeoutException):
        return NetworkError(f"{host} stopped responding (nothing for {options.timeout:g} s)")
    if isinstance(error, httpx.ConnectError):
        if _cause(error, ConnectionRefusedError) is not None:
            return NetworkError(f"connection refused by {host}")
        if _cause(error, _LookupFailed):
            return NetworkError(f"cannot find the host {host} (DNS lookup failed)")
        return NetworkError(f"cannot connect to {host}: {_one_line(error)}")
    if isinstance(error, httpx.RemoteProtocolError):
        text = str(error).lower()
        if "incomplete" in text or "without sending complete" in text or "closed" in text:
            return NetworkError(f"{host} closed the connection before the whole page arrived")
        return NetworkError(f"{host} sent a malformed HTTP response ({_one_line(error)})")
    return NetworkError(f"connection to {host} failed: {_one_line(error)}")


def _cause(error: BaseException, kind: type[BaseException]) -> BaseException | None:
    """The first exception of ``kind`` in ``error``'s cause/context chain."""
    seen = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


# -- bounded decompression -----------------------------------------------------------------


class _Decoder:
    """gzip/deflate decompression that never produces more than ``CHUNK`` bytes per step,
    so a bomb is stopped at the cap instead of being expanded in memory first."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self._gzip = coding in ("gzip", "x-gzip")
        self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS if self._gzip else zlib.MAX_WBITS)
        self._started = False
        self._done = False

    @classmethod
    def for_response(cls, response: httpx.Response) -> _Decoder | None:
        """None for an unencoded body; UnsupportedContentError for a coding we did not ask
        for (br, zstd, compress, stacked codings...)."""
        header = response.headers.get("content-encoding", "")
        codings = [c.strip().lower() for c in header.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if not codings:
            return None
        if len(codings) == 1 and codings[0] in ("gzip", "x-gzip", "deflate"):
            return cls(codings[0])
        raise UnsupportedContentError(
            f"{response.url.host} sent the page encoded as {header.strip()!r}, which briefing "
            f"did not ask for (it accepts {ACCEPT_ENCODING})"
        )

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data and not self._done:
            try:
                out = self._obj.decompress(data, CHUNK)
            except zlib.error as error:
                if self.coding == "deflate" and not self._started:
                    # Many servers send raw deflate without the zlib header.
                    self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._started = True
                    continue
                raise UnsupportedContentError(
                    f"the {self.coding} body could not be decompressed ({error})"
                ) from None
            self._started = True
            if out:
                yield out
            data = self._obj.unconsumed_tail
            if self._obj.eof:
                data = self._next_member()
            elif not data and len(out) == CHUNK:
                yield from self._drain()

    def _drain(self) -> Iterator[bytes]:
        """Output zlib holds back after all input is consumed, still in bounded steps."""
        while not self._obj.eof:
            out = self._obj.decompress(b"", CHUNK)
            if not out:
                return
            yield out

    def _next_member(self) -> bytes:
        """After one gzip member ends, a concatenated member may follow; else stop."""
        rest = self._obj.unused_data
        if self._gzip and rest.startswith(b"\x1f\x8b"):
            self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS)
            return rest
        self._done = True
        return b""


# -- the shared client and the deadline it enforces ------------------------------------------


class _Deadline:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.end - time.monotonic()

    def expired(self) -> bool:
        return self.remaining() <= 0

    def check(self, host: str) -> None:
        if self.expired():
            raise NetworkError(f"{host} did not send the page within the {self.seconds:g} s limit")


_thread_deadline = threading.local()
"""``end`` (monotonic seconds) of the fetch running on this thread, read by every socket
operation; pooled connections move between threads, the deadline stays with the fetch."""


def _time_left(timeout: float | None, timeout_error: type[Exception]) -> float | None:
    end = getattr(_thread_deadline, "end", None)
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise timeout_error("the overall deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every operation ends by the current fetch's deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            self._stream.start_tls(
                ssl_context, server_hostname, _time_left(timeout, httpcore.ConnectTimeout)
            )
        )

    def get_extra_info(self, info: str):
        return self._stream.get_extra_info(info)


class _LookupFailed(httpcore.ConnectError):
    """The host name did not resolve (kept as a type: httpcore drops the cause chain)."""


def _resolve(host: str, port: int, timeout: float | None) -> list[str]:
    """The host's addresses, looked up on a daemon thread so that a resolver that hangs
    cannot hold the fetch past its deadline (``getaddrinfo`` itself has no timeout)."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return [host]
    found: dict[str, object] = {}

    def lookup() -> None:
        try:
            found["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as error:
            found["error"] = error

    thread = threading.Thread(target=lookup, name="briefing-dns", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise httpcore.ConnectTimeout(f"looking up {host} took too long")
    if "error" in found:
        error = found["error"]
        raise _LookupFailed(str(error)) from error  # type: ignore[misc]
    infos = found["infos"]
    return list(dict.fromkeys(info[4][0] for info in infos))  # type: ignore[attr-defined]


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend with each timeout capped to the fetch's time left."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self, host, port, timeout=None, local_address=None, socket_options=None
    ) -> httpcore.NetworkStream:
        failure: Exception | None = None
        for address in _resolve(host, port, _time_left(timeout, httpcore.ConnectTimeout)):
            left = _time_left(timeout, httpcore.ConnectTimeout)
            try:
                stream = self._backend.connect_tcp(
                    address, port, left, local_address, socket_options
                )
            except httpcore.ConnectError as error:  # the next address may answer
                failure = error
                continue
            return _DeadlineStream(stream)
        raise failure or httpcore.ConnectError(f"no address for {host}")

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        timeout = _time_left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


_client_lock = threading.Lock()
_shared_client: httpx.Client | None = None


def _client() -> httpx.Client:
    """The process-wide client, created on first use (httpx clients are thread-safe)."""
    global _shared_client
    with _client_lock:
        if _shared_client is None:
            _shared_client = _new_client()
        return _shared_client


def _new_client() -> httpx.Client:
    no_cookies = http.cookiejar.CookieJar(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
    client = httpx.Client(
        headers={
            "User-Agent": USER_AGENT,
            "Accept": ACCEPT,
            "Accept-Encoding": ACCEPT_ENCODING,
        },
        cookies=no_cookies,  # each fetch carries its own jar: no tracking across pages
        follow_redirects=False,  # followed by hand, with scheme and count checks
        trust_env=True,  # proxies and SSL_CERT_FILE from the environment
    )
    _install_deadline_backend(client)
    return client


def _install_deadline_backend(client: httpx.Client) -> None:
    """Wrap the network backend of every connection pool of ``client``.

    httpx 0.28 has no public way to pass an httpcore network backend, so this reaches
    into ``HTTPTransport._pool._network_backend``; the deadline tests fail loudly if a
    later httpx moves it.
    """
    transports = [client._transport, *client._mounts.values()]
    for transport in filter(None, transports):
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is None:
            raise RuntimeError("httpx internals changed: cannot enforce the fetch deadline")
        if not isinstance(backend, _DeadlineBackend):
            pool._network_backend = _DeadlineBackend(backend)
