"""Fetching URLs against a real HTTP server on 127.0.0.1: limits, faults and their exit codes.

Every fault a user can meet ends in one ``BriefingError`` with one line and its documented
exit code, in bounded time and memory. Deadlines here are small (1.5 s) so the suite stays
fast; the same code paths run with the 30 s default.
"""

from __future__ import annotations

import socket
import time
import tracemalloc
import zlib
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import FIXTURES
from tests.httpserver import LocalServer, Reply, gzip_bomb, gzip_bytes, redirect
from tui.cli import main
from tui.decode import decode
from tui.errors import (
    HTTPStatusError,
    NetworkError,
    TLSError,
    UnsupportedContentError,
    UsageError,
)
from tui.fetch import USER_AGENT, fetch_url
from tui.pipeline import load_article
from tui.sources import FetchOptions, read_source

PAGE = (
    b"<!DOCTYPE html><html><head><title>Harbour reopens</title></head><body><article>"
    b"<h1>Harbour reopens</h1>"
    + b"<p>The harbour reopened on Monday after three weeks of repairs, officials said. "
    b"Ships waited offshore while divers checked the quay walls for damage.</p>"
    * 6
    + b"</article></body></html>"
)
DEADLINE = 1.5
QUICK = FetchOptions(deadline=DEADLINE, timeout=10.0)  # the deadline, not a timeout, ends it
SLACK = 0.75  # scheduling allowance on a busy CI machine
CERT = FIXTURES / "fetch" / "selfsigned-cert.pem"
KEY = FIXTURES / "fetch" / "selfsigned-key.pem"


@pytest.fixture
def server():
    with LocalServer() as running:
        yield running


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return gzip_bomb(64 * 1024 * 1024)  # 64 MiB of spaces in ~65 KB


def _one_line(error: Exception) -> str:
    message = str(error)
    assert message and "\n" not in message and "Traceback" not in message
    return message


# -- the happy path ---------------------------------------------------------------------


def test_page_arrives_with_its_headers_and_an_honest_user_agent(server):
    url = server.add("/story", Reply(PAGE, content_type="text/html; charset=UTF-8"))
    raw = read_source(url, QUICK)
    assert raw.data == PAGE
    assert (raw.location, raw.url) == (url, url)
    assert (raw.content_type, raw.charset) == ("text/html", "UTF-8")
    sent = server.requests[0].headers
    assert sent["user-agent"] == USER_AGENT
    assert USER_AGENT.startswith("briefing/")
    assert sent["accept-encoding"] == "gzip, deflate"


def test_progress_reports_bytes_as_they_arrive(server):
    body = PAGE * 200  # several socket reads
    url = server.add("/long", Reply(body))
    calls = []
    read_source(url, QUICK, lambda stage, amount: calls.append((stage, amount)))
    assert {stage for stage, _ in calls} == {"fetching"}
    amounts = [amount for _, amount in calls]
    assert amounts == sorted(amounts) and amounts[-1] == len(body) and len(amounts) > 2


@pytest.mark.parametrize(
    "coding, encode",
    [
        ("gzip", gzip_bytes),
        ("deflate", zlib.compress),  # zlib-wrapped, as the standard says
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw, as many servers send
    ],
)
def test_compressed_pages_are_decompressed(server, coding, encode):
    url = server.add("/z", Reply(encode(PAGE), headers={"Content-Encoding": coding}))
    assert read_source(url, QUICK).data == PAGE


def test_redirects_are_followed_to_the_final_url(server):
    final = server.add("/new", Reply(PAGE))
    server.add("/old", redirect("/new", 301))
    raw = read_source(server.url("/old"), QUICK)
    assert raw.data == PAGE and raw.url == final and raw.location == server.url("/old")


def test_cookies_set_in_a_redirect_chain_stay_in_that_chain(server):
    server.add("/consent", Reply(status=302, headers={"Location": "/a", "Set-Cookie": "ok=1"}))
    server.add("/a", Reply(PAGE))
    read_source(server.url("/consent"), QUICK)
    read_source(server.url("/a"), QUICK)
    after_redirect, later_fetch = (r.headers.get("cookie") for r in server.requests[1:])
    assert after_redirect == "ok=1"
    assert later_fetch is None


def test_a_429_with_a_short_retry_after_is_retried_once(server):
    url = server.add("/busy", Reply(status=429, headers={"Retry-After": "1"}), Reply(PAGE))
    started = time.monotonic()
    assert read_source(url, QUICK).data == PAGE
    assert server.count("/busy") == 2
    assert time.monotonic() - started >= 1.0  # it did wait as asked


def test_a_429_asking_for_a_long_wait_is_not_retried(server):
    url = server.add("/busy", Reply(status=429, headers={"Retry-After": "3600"}))
    with pytest.raises(HTTPStatusError) as caught:
        read_source(url, QUICK)
    assert "429" in _one_line(caught.value) and "3600" in str(caught.value)
    assert server.count("/busy") == 1


def test_a_retry_after_date_is_understood(server):
    past = "Wed, 21 Oct 2015 07:28:00 GMT"
    url = server.add("/busy", Reply(status=429, headers={"Retry-After": past}), Reply(PAGE))
    assert read_source(url, QUICK).data == PAGE


def test_a_short_retry_after_beyond_the_deadline_is_not_waited_for(server):
    url = server.add("/busy", Reply(status=429, headers={"Retry-After": "3"}), Reply(PAGE))
    started = time.monotonic()
    with pytest.raises(HTTPStatusError, match=r"\(asks to retry after 3 s\)"):
        read_source(url, FetchOptions(deadline=1.0))
    assert time.monotonic() - started < 0.5 and server.count("/busy") == 1


def test_each_thread_keeps_its_own_deadline(server):
    """The client is shared; one fetch's short deadline must not cut another's short."""
    slow = server.add("/slow", Reply(PAGE, delay=1.0))
    stuck = server.add("/stuck", Reply(PAGE, stall=60))
    with ThreadPoolExecutor(2) as pool:
        stuck_fetch = pool.submit(read_source, stuck, FetchOptions(deadline=0.5))
        slow_fetch = pool.submit(read_source, slow, FetchOptions(deadline=5.0))
        with pytest.raises(NetworkError, match=r"0\.5 s limit"):
            stuck_fetch.result()
        assert slow_fetch.result().data == PAGE


def test_a_second_429_is_an_error(server):
    url = server.add("/busy", Reply(status=429, headers={"Retry-After": "0"}))
    with pytest.raises(HTTPStatusError, match="HTTP 429 Too Many Requests"):
        read_source(url, QUICK)
    assert server.count("/busy") == 2


def test_a_conditional_request_may_answer_not_modified(server):
    url = server.add("/feed", Reply(status=304, content_type=None, headers={"ETag": '"v2"'}))
    raw = fetch_url(url, QUICK, headers={"If-None-Match": '"v1"'})
    assert raw.status == 304 and raw.data == b""
    assert dict(raw.headers)["etag"] == '"v2"'
    assert server.requests[0].headers["if-none-match"] == '"v1"'
    with pytest.raises(HTTPStatusError, match="304"):
        read_source(url, QUICK)  # unasked for, a 304 is not a page


# -- faults: HTTP status and redirects (exit 6) --------------------------------------------


@pytest.mark.parametrize(
    "status, line", [(404, "HTTP 404 Not Found from 127.0.0.1"), (500, "HTTP 500")]
)
def test_error_statuses_are_refused_with_status_and_host(server, status, line):
    url = server.add("/x", Reply(b"<p>error page</p>", status=status))
    with pytest.raises(HTTPStatusError) as caught:
        read_source(url, QUICK)
    assert caught.value.exit_code == 6
    assert _one_line(caught.value).startswith(line)


def test_a_redirect_loop_ends_after_the_redirect_limit(server):
    url = server.add("/loop", redirect("/loop"))
    with pytest.raises(HTTPStatusError) as caught:
        read_source(url, QUICK)
    assert "too many redirects" in _one_line(caught.value)
    assert server.count("/loop") == QUICK.max_redirects + 1


def test_the_redirect_limit_allows_exactly_max_redirects(server):
    server.add("/hop5", Reply(PAGE))
    for n in range(5):
        server.add(f"/hop{n}", redirect(f"/hop{n + 1}", 307))
    assert read_source(server.url("/hop0"), QUICK).data == PAGE
    with pytest.raises(HTTPStatusError):
        read_source(server.url("/hop0"), FetchOptions(deadline=DEADLINE, max_redirects=4))


@pytest.mark.parametrize(
    "target", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "data:,hi"]
)
def test_a_redirect_to_another_scheme_is_refused(server, target):
    url = server.add("/jump", redirect(target))
    with pytest.raises(HTTPStatusError) as caught:
        read_source(url, QUICK)
    assert "refused a redirect" in _one_line(caught.value)
    assert "only http and https" in str(caught.value)


# -- faults: time (exit 4) ----------------------------------------------------------------


def _fails_by_the_deadline(url: str, options: FetchOptions = QUICK) -> NetworkError:
    started = time.monotonic()
    with pytest.raises(NetworkError) as caught:
        read_source(url, options)
    elapsed = time.monotonic() - started
    assert elapsed < options.deadline + SLACK, f"took {elapsed:.2f} s"
    return caught.value


def test_a_server_stalling_after_the_headers_ends_by_the_deadline(server):
    error = _fails_by_the_deadline(server.add("/stall", Reply(PAGE, stall=60)))
    assert _one_line(error) == "127.0.0.1 did not send the page within the 1.5 s limit"


def test_a_server_trickling_a_byte_a_second_ends_by_the_deadline(server):
    url = server.add("/drip", Reply(PAGE, trickle=1.0))
    error = _fails_by_the_deadline(url)
    assert "1.5 s limit" in _one_line(error)


def test_trickled_headers_end_by_the_deadline_too(server):
    def drip_headers(handler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
        for n in range(100):
            handler.wfile.write(b"X-Drip: %d\r\n" % n)
            handler.wfile.flush()
            if server._sleep(0.2):
                return

    _fails_by_the_deadline(server.add("/drip-headers", drip_headers))


def test_the_deadline_covers_the_whole_redirect_chain(server):
    server.add("/start", redirect("/slow"))
    server.add("/slow", Reply(PAGE, delay=60))
    _fails_by_the_deadline(server.url("/start"))


def test_a_read_timeout_shorter_than_the_deadline_ends_a_stall_sooner(server):
    url = server.add("/stall", Reply(PAGE, stall=60))
    error = _fails_by_the_deadline(url, FetchOptions(deadline=10.0, timeout=0.5))
    assert _one_line(error) == "127.0.0.1 stopped responding (nothing for 0.5 s)"


# -- faults: connection (exit 4) and TLS (exit 5) --------------------------------------------


def test_a_body_shorter_than_its_content_length_is_a_network_error(server):
    url = server.add("/cut", Reply(PAGE, content_length=len(PAGE) + 500))
    with pytest.raises(NetworkError) as caught:
        read_source(url, QUICK)
    assert "closed the connection before the whole page arrived" in _one_line(caught.value)


def test_connection_refused_is_a_network_error():
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(NetworkError) as caught:
        read_source(f"http://127.0.0.1:{port}/", QUICK)
    assert caught.value.exit_code == 4
    assert _one_line(caught.value) == "connection refused by 127.0.0.1"


def test_an_unknown_host_is_a_network_error():
    with pytest.raises(NetworkError) as caught:
        read_source("http://no-such-host.invalid/", QUICK)
    assert "no-such-host.invalid" in _one_line(caught.value)


def test_an_unknown_host_says_the_lookup_failed(monkeypatch):
    def no_such_name(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    with pytest.raises(NetworkError) as caught:
        read_source("http://news.example/story", QUICK)
    assert _one_line(caught.value) == "cannot find the host news.example (DNS lookup failed)"


def test_a_resolver_that_hangs_ends_by_the_deadline(monkeypatch):
    """A fault no local server can make: the system resolver never answers. (The only
    stand-in in these tests: the lookup is replaced by one that sleeps.)"""
    monkeypatch.setattr(socket, "getaddrinfo", lambda *args, **kwargs: time.sleep(30))
    started = time.monotonic()
    with pytest.raises(NetworkError) as caught:
        read_source("http://slow-dns.example/story", FetchOptions(deadline=1.0, timeout=5.0))
    assert time.monotonic() - started < 1.0 + SLACK
    assert caught.value.exit_code == 4
    assert "slow-dns.example" in _one_line(caught.value)


def test_a_host_with_a_dead_first_address_is_reached_on_the_next(server, monkeypatch):
    """Hosts often list several addresses; one that refuses must not end the fetch.
    The test server listens on 127.0.0.1 only, so 127.0.0.2 refuses."""
    url = server.add("/story", Reply(PAGE))
    port = server.port
    infos = [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.2", port)),
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port)),
    ]
    monkeypatch.setattr(socket, "getaddrinfo", lambda *args, **kwargs: infos)
    raw = read_source(url.replace("127.0.0.1", "two-addresses.example"), QUICK)
    assert raw.data == PAGE


def test_an_untrusted_certificate_is_a_tls_error():
    with LocalServer(certfile=str(CERT), keyfile=str(KEY)) as tls_server:
        url = tls_server.add("/secure", Reply(PAGE))
        with pytest.raises(TLSError) as caught:
            read_source(url, QUICK)
    assert caught.value.exit_code == 5
    line = _one_line(caught.value)
    assert line.startswith("TLS failed with 127.0.0.1") and "certificate" in line


# -- faults: content (exit 7) -------------------------------------------------------------


def test_a_body_over_the_cap_is_refused_while_streaming(server):
    url = server.add("/big", Reply(PAGE * 2000))  # ~1.4 MB
    small = FetchOptions(max_bytes=256 * 1024, deadline=DEADLINE)
    with pytest.raises(UnsupportedContentError) as caught:
        read_source(url, small)
    assert caught.value.exit_code == 7
    assert "larger than the 256 KiB limit" in _one_line(caught.value)


def test_a_body_over_the_cap_without_a_content_length_is_cut_off_too(server):
    url = server.add("/endless", Reply(PAGE * 2000, close_delimited=True))
    calls = []
    with pytest.raises(UnsupportedContentError, match="256 KiB limit"):
        read_source(
            url,
            FetchOptions(max_bytes=256 * 1024, deadline=DEADLINE),
            lambda _stage, amount: calls.append(amount),
        )
    assert max(calls) <= 256 * 1024  # nothing past the cap was kept


def test_a_gzip_bomb_stops_at_the_cap_in_bounded_memory(server, bomb, record_property):
    url = server.add("/bomb", Reply(bomb, headers={"Content-Encoding": "gzip"}))
    cap = FetchOptions().max_bytes  # the 5 MiB default
    tracemalloc.start()
    try:
        with pytest.raises(UnsupportedContentError) as caught:
            read_source(url, QUICK)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "larger than the 5 MiB limit" in _one_line(caught.value)
    record_property("gzip_bomb_peak_bytes", peak)
    print(f"gzip bomb (64 MiB inflated): traced peak {peak / 2**20:.1f} MiB for a 5 MiB cap")
    assert peak < 2 * cap


@pytest.mark.parametrize("coding", ["br", "zstd", "compress", "gzip, gzip"])
def test_an_encoding_we_did_not_ask_for_is_refused(server, coding):
    url = server.add("/enc", Reply(PAGE, headers={"Content-Encoding": coding}))
    with pytest.raises(UnsupportedContentError) as caught:
        read_source(url, QUICK)
    assert "did not ask for" in _one_line(caught.value)


def test_a_corrupt_gzip_body_is_refused(server):
    url = server.add(
        "/bad", Reply(b"\x1f\x8b\x08\x00garbage" * 10, headers={"Content-Encoding": "gzip"})
    )
    with pytest.raises(UnsupportedContentError, match="could not be decompressed"):
        read_source(url, QUICK)


PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


@pytest.mark.parametrize("size", [len(PDF), 100_000])  # decided in the pipeline / in the fetch
def test_a_pdf_is_refused_by_name(server, size):
    body = (PDF * (size // len(PDF) + 1))[:size]
    url = server.add("/paper.pdf", Reply(body, content_type="application/pdf"))
    with pytest.raises(UnsupportedContentError) as caught:
        load_article(url, QUICK)
    assert _one_line(caught.value) == "received a PDF document (application/pdf), not a web page"


def test_a_pdf_sent_as_html_is_still_a_pdf(server):
    url = server.add("/lying", Reply(PDF * 200, content_type="text/html"))
    with pytest.raises(UnsupportedContentError, match=r"PDF document .*sent as text/html"):
        load_article(url, QUICK)


def test_a_large_pdf_is_named_as_a_pdf_not_as_too_large(server):
    url = server.add("/huge.pdf", Reply(PDF * 20_000, content_type="application/pdf"))
    with pytest.raises(UnsupportedContentError, match="PDF document"):
        read_source(url, FetchOptions(max_bytes=64 * 1024, deadline=DEADLINE))


# -- decoding what arrived ------------------------------------------------------------------


def test_a_windows_1252_page_without_a_charset_reads_correctly(server):
    body = (FIXTURES / "fetch" / "windows-1252.html").read_bytes()
    url = server.add("/cp", Reply(body, content_type="text/html"))
    text = decode(read_source(url, QUICK))
    assert "“Café au lait,” she said — it’s déjà vu in São Paulo." in text
    assert "\ufffd" not in text


def test_a_bogus_charset_label_never_raises(server):
    body = "<p>Zürich’s “naïve” café</p>".encode()
    url = server.add("/bogus", Reply(body, content_type="text/html; charset=x-no-such-thing"))
    raw = read_source(url, QUICK)
    assert raw.charset == "x-no-such-thing"
    assert decode(raw) == "<p>Zürich’s “naïve” café</p>"


# -- malformed URLs (exit 2) ------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, says",
    [
        ("http://", "no host"),
        ("https:///path", "no host"),
        ("http://127.0.0.1:99999/", "bad port"),
        ("http://127.0.0.1:port/", "bad port"),
        ("ftp://example.com/file", "unsupported URL scheme 'ftp'"),
        ("gopher://example.com/", "unsupported URL scheme"),
        ("http://exa mple.com/", "bad host name"),
        ("http://example.com/\x1b[2J", "control characters"),
    ],
)
def test_malformed_urls_are_usage_errors(url, says):
    with pytest.raises(UsageError) as caught:
        fetch_url(url, QUICK)
    assert caught.value.exit_code == 2
    assert says in _one_line(caught.value)


# -- the same faults through the command line ------------------------------------------------

FAULTS = {
    "/404": (Reply(b"<p>missing</p>", status=404), 6, "HTTP 404 Not Found from 127.0.0.1"),
    "/500": (Reply(b"<p>oops</p>", status=500), 6, "HTTP 500 Internal Server Error from"),
    "/loop": (redirect("/loop"), 6, "too many redirects"),
    "/to-file": (redirect("file:///etc/passwd"), 6, "refused a redirect"),
    "/stall": (Reply(PAGE, stall=60), 4, "did not send the page within the 1.5 s limit"),
    "/drip": (Reply(PAGE, trickle=1.0), 4, "did not send the page within the 1.5 s limit"),
    "/short": (Reply(PAGE, content_length=len(PAGE) * 2), 4, "closed the connection"),
    "/big": (Reply(PAGE * 1000), 7, "larger than the 256 KiB limit"),
    "/pdf": (Reply(PDF, content_type="application/pdf"), 7, "received a PDF document"),
    "/empty": (Reply(b""), 8, "no readable article"),
    "/blank": (Reply(b"<html><body>  </body></html>"), 8, "no readable article"),
}


@pytest.mark.parametrize("path", FAULTS)
def test_cli_faults_exit_with_their_code_and_one_line(server, capsys, path):
    reply, code, says = FAULTS[path]
    url = server.add(path, reply)
    started = time.monotonic()
    exit_code = main(["--format", "text", "--timeout", "1.5", "--max-size", "0.25", url])
    assert time.monotonic() - started < 1.5 + SLACK + 1.0  # + extraction start-up
    out, err = capsys.readouterr()
    assert exit_code == code
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("briefing: ") and says in err


def test_cli_gzip_bomb_exits_7(server, capsys, bomb):
    url = server.add("/bomb", Reply(bomb, headers={"Content-Encoding": "gzip"}))
    assert main(["--format", "json", url]) == 7
    out, err = capsys.readouterr()
    assert out == "" and "larger than the 5 MiB limit" in err


@pytest.mark.parametrize(
    "url, code",
    [("http://", 2), ("ftp://example.com/x", 2), ("http://127.0.0.1:99999/", 2)],
)
def test_cli_malformed_url_exits_2(capsys, url, code):
    assert main(["--format", "text", url]) == code
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("briefing: ") and err.count("\n") == 1


def test_cli_connection_refused_exits_4(capsys):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert main(["--format", "text", f"http://127.0.0.1:{port}/"]) == 4
    out, err = capsys.readouterr()
    assert out == "" and err == "briefing: connection refused by 127.0.0.1\n"


def test_cli_prints_a_fetched_page(server, capsys):
    url = server.add("/story", Reply(PAGE))
    assert main(["--format", "text", url]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Harbour reopens\n\n")
    assert "Ships waited offshore" in out and err == ""


def test_cli_reads_an_undeclared_windows_1252_page(server, capsys):
    body = (FIXTURES / "fetch" / "windows-1252.html").read_bytes()
    url = server.add("/cp", Reply(body, content_type="text/html"))
    assert main(["--format", "text", url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Café society returns to São Paulo\n")
    assert "“Café au lait,” she said — it’s déjà vu in São Paulo." in out


def test_cli_waits_out_a_short_429_then_prints(server, capsys):
    url = server.add("/busy", Reply(status=429, headers={"Retry-After": "1"}), Reply(PAGE))
    assert main(["--format", "text", url]) == 0
    assert "Harbour reopens" in capsys.readouterr().out
