"""Many sources against a real local HTTP server: feeds, failures, the concurrency bound,
the cache (offline re-open, validators, --refresh, a corrupt file) and the history."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest

from tests.fixtures.collection.newsserver import NewsServer, Page, article_html, rss_feed
from tui.cli import main
from tui.collection.cache import CACHE_FILE, Cache, expiry
from tui.collection.feeds import feed_entries, is_feed
from tui.collection.runner import CollectionRunner
from tui.sources import FetchOptions, RawDocument

FIXTURES = Path(__file__).parent / "fixtures" / "collection"
PARAGRAPHS = [
    "The river authority said on Monday that the flood barrier held through the night, "
    "while engineers checked the eastern embankment for damage after the storm.",
    "Residents who had left their homes were told they could return by the afternoon, "
    "although some roads remained closed and the ferry service stayed suspended.",
    "The mayor thanked the volunteers who filled sandbags and said the city would review "
    "its emergency plans before the next winter season begins in earnest.",
]


@pytest.fixture(autouse=True)
def _own_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BRIEFING_NOTES_DIR", str(tmp_path / "notes"))


def _story(n: int) -> bytes:
    return article_html(f"Story number {n}", f"Site {n}", [f"Story {n}. {p}" for p in PARAGRAPHS])


def _json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def server():
    with NewsServer() as news:
        yield news


def _feed_with_trouble(server: NewsServer, *, slow: float = 0.6) -> str:
    """A feed of five entries: three fine, one 404 (missing), one slow."""
    items = []
    for n in range(5):
        path = f"/story/{n}"
        if n == 2:
            path = "/gone"  # never registered: 404
        else:
            server.add(path, Page(_story(n), delay=slow if n == 1 else 0.0))
        items.append((f"Story number {n}", server.url(path)))
    return server.add("/feed.xml", Page(rss_feed("Test news", items), "application/rss+xml"))


def test_a_feed_with_a_failing_and_a_slow_entry_lists_everything_in_feed_order(server, capsys):
    feed = _feed_with_trouble(server)
    code = main(["--format", "json", feed])
    out, err = capsys.readouterr()
    assert code == 0
    lines = _json_lines(out)
    assert len(lines) == 6  # five entries plus the briefing object
    assert [line.get("title") for line in lines[:5]] == [
        "Story number 0",
        "Story number 1",  # the slow one is still second
        "Story number 2",  # the failure keeps the feed's title
        "Story number 3",
        "Story number 4",
    ]
    failure = lines[2]
    assert failure["exit_code"] == 6 and "404" in failure["error"]
    assert all(line["collection"]["feed"] == feed for line in lines[:5])
    summary = lines[-1]["briefing"]
    assert (summary["articles"], summary["failed"]) == (4, 1)
    assert summary["feeds"] == [{"location": feed, "title": "Test news", "entries": 5}]
    assert "/gone" in err and "404" in err


def test_a_source_slower_than_its_deadline_fails_alone(server, capsys):
    fast = server.add("/fast", Page(_story(1)))
    slow = server.add("/stuck", Page(_story(2), delay=3.0))
    code = main(["--format", "json", "--timeout", "0.5", fast, slow])
    lines = _json_lines(capsys.readouterr().out)
    assert code == 0
    assert lines[0]["title"] == "Story number 1"
    assert lines[1]["exit_code"] == 4


def test_all_sources_failing_exits_with_the_first_failure(server, capsys):
    code = main(["--format", "json", server.url("/a"), server.url("/b")])
    assert code == 6
    assert _json_lines(capsys.readouterr().out)[-1]["briefing"]["failed"] == 2


@pytest.mark.parametrize("limit", [1, 3])
def test_never_more_requests_in_flight_than_the_limit(server, capsys, limit):
    pages = [server.add(f"/s/{n}", Page(_story(n), delay=0.15)) for n in range(5)]
    assert main(["--format", "json", "--jobs", str(limit), *pages]) == 0
    assert len(_json_lines(capsys.readouterr().out)) == 6
    assert server.stats.max_in_flight == limit


def test_offline_reopen_shows_the_articles_from_the_cache(capsys):
    with NewsServer() as server:
        feed = _feed_with_trouble(server, slow=0.0)
        extra = server.add("/extra", Page(_story(9)))
        assert main(["--format", "json", feed, extra]) == 0
        first = _json_lines(capsys.readouterr().out)
    # The server is gone: connections are refused.
    assert main(["--format", "json", feed, extra]) == 0
    again = _json_lines(capsys.readouterr().out)
    assert len(again) == 7
    assert [line.get("title") for line in again] == [line.get("title") for line in first]
    origins = [line["collection"]["origin"] for line in again[:6]]
    assert origins == ["cache", "cache", None, "cache", "cache", "cache"]
    assert again[0]["text"] == first[0]["text"]


def test_stale_pages_are_shown_offline_with_a_warning(capsys):
    with NewsServer() as server:
        page = server.add("/live", Page(_story(7), cache_control="max-age=0"))
        second = server.add("/live2", Page(_story(7), cache_control="max-age=0"))
        assert main(["--format", "json", page, second]) == 0
        capsys.readouterr()
    assert main(["--format", "json", page, second]) == 0
    out, err = capsys.readouterr()
    lines = _json_lines(out)
    assert [line["title"] for line in lines[:2]] == ["Story number 7", "Story number 7"]
    assert [line["collection"]["origin"] for line in lines[:2]] == ["stale", "stale"]
    assert "offline, showing the copy from" in err


def test_fresh_pages_are_not_fetched_again_and_refresh_refetches(server, capsys):
    page = server.add("/fresh", Page(_story(3), cache_control="max-age=600"))
    other = server.add("/other", Page(_story(4)))
    for _ in range(2):
        assert main(["--format", "json", page, other]) == 0
    assert server.count("/fresh") == 1
    assert main(["--format", "json", "--refresh", page, other]) == 0
    assert server.count("/fresh") == 2
    lines = _json_lines(capsys.readouterr().out)
    assert lines[-3]["collection"]["origin"] == "network"


def test_no_store_pages_are_not_kept(server, capsys):
    page = server.add("/private", Page(_story(5), cache_control="no-store"))
    other = server.add("/public", Page(_story(6)))
    assert main(["--format", "json", page, other]) == 0
    assert main(["--format", "json", page, other]) == 0
    assert server.count("/private") == 2
    assert server.count("/public") == 1


def test_a_page_with_an_etag_is_revalidated_with_if_none_match(server, capsys):
    page = server.add("/tagged", Page(_story(8), etag='"v1"', cache_control="no-cache"))
    other = server.add("/plain", Page(_story(9)))
    assert main(["--format", "json", page, other]) == 0
    assert main(["--format", "json", page, other]) == 0
    requests = [r.headers for r in server.requests if r.path == "/tagged"]
    assert len(requests) == 2
    assert requests[1].get("if-none-match") == '"v1"'
    lines = _json_lines(capsys.readouterr().out)
    assert lines[-3]["title"] == "Story number 8"
    assert lines[-3]["collection"]["origin"] == "cache"


def test_a_corrupt_cache_file_is_set_aside_with_a_warning(server, tmp_path, capsys):
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / CACHE_FILE).write_bytes(b"this is not a database" * 200)
    pages = [server.add(f"/c/{n}", Page(_story(n))) for n in range(2)]
    assert main(["--format", "json", *pages]) == 0
    out, err = capsys.readouterr()
    assert len(_json_lines(out)) == 3
    assert "was unreadable" in err and "started a new one" in err
    aside = list(folder.glob(f"{CACHE_FILE}.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not a database")
    # The new cache works: the next run is served from it.
    assert main(["--format", "json", *pages]) == 0
    assert server.count("/c/0") == 1


def test_the_cache_stays_within_its_size_by_dropping_the_least_recently_used(tmp_path):
    cache = Cache(tmp_path, max_bytes=25_000, warn=lambda message: None)
    for n in range(4):
        cache.put_page(RawDocument(bytes([n]) * 10_000, f"http://x.test/{n}"), now=1000.0 + n)
        cache.get_page("http://x.test/0")  # keep the first one in use
    assert cache.size() <= 25_000
    assert cache.get_page("http://x.test/0") is not None
    assert cache.get_page("http://x.test/1") is None
    assert cache.get_page("http://x.test/3") is not None
    cache.close()
    assert sqlite3.connect(tmp_path / CACHE_FILE).execute("PRAGMA quick_check").fetchone() == (
        "ok",
    )


@pytest.mark.parametrize(
    ("headers", "fresh_for"),
    [
        ({"cache-control": "max-age=120"}, 120),
        ({"cache-control": "public, no-cache"}, 0),
        ({"expires": "Thu, 01 Jan 1970 00:16:40 GMT"}, 0),
        ({"expires": "garbage"}, 0),
        ({}, 3600),
    ],
)
def test_freshness_follows_the_server(headers, fresh_for):
    assert expiry(headers, now=1000.0) == max(1000.0, 1000.0 + fresh_for)


def test_input_file_sources_skip_blanks_and_comments(tmp_path, capsys):
    listing = tmp_path / "links.txt"
    listing.write_text(
        f"# morning reading\n\n{FIXTURES / 'site-a.html'}\n   \n# {FIXTURES / 'site-b.html'}\n"
        f"{FIXTURES / 'site-c.html'}\n"
    )
    assert main(["--format", "json", "-i", str(listing)]) == 0
    titles = [line.get("title") for line in _json_lines(capsys.readouterr().out)[:-1]]
    assert titles == [
        "US says at least 87 Venezuelan prisoners freed",
        "Rights group can confirm only 61 releases in Venezuela",
    ]


def test_an_empty_or_missing_input_list_is_a_usage_error(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n\n")
    assert main(["--format", "json", "-i", str(empty)]) == 2
    assert main(["--format", "json", "-i", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert "input list is empty" in err and "cannot read input list" in err


def test_a_local_feed_file_with_relative_links(capsys):
    assert main(["--format", "text", str(FIXTURES / "feed.xml")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Briefing: 3 articles, 0 failed")
    assert "2. Venezuela frees 99 prisoners in Christmas gesture" in out


@pytest.mark.parametrize(
    "head",
    [
        b'<?xml version="1.0"?><rss version="2.0">',
        b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- c --><feed xmlns="http://www.w3.org/2005/Atom">',
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
        '<?xml version="1.0" encoding="utf-16"?><rss>'.encode("utf-16"),
    ],
)
def test_feeds_are_recognised_by_their_content(head):
    assert is_feed(RawDocument(head + b"</x>", "feed.bin"))


@pytest.mark.parametrize(
    "head", [b"<!DOCTYPE html><html><body><p>the feed</p>", b"<p>an <rss> tag in text</p>"]
)
def test_pages_are_not_feeds(head):
    assert not is_feed(RawDocument(head, "page.html"))


def test_a_web_feed_may_only_point_at_web_pages():
    raw = RawDocument(
        rss_feed(
            "\x1b]0;owned\x07Feed",
            [
                ("relative \x1b[2J", "/a"),
                ("local file", "file:///etc/passwd"),
                ("script", "javascript:alert(1)"),
                ("absolute", "https://other.test/b"),
            ],
        ),
        "http://news.test/feed.xml",
        url="http://news.test/feed.xml",
    )
    entries = feed_entries(raw)
    assert [e.link for e in entries] == ["http://news.test/a", "https://other.test/b"]
    assert entries[0].title == "relative [2J"


def test_history_lists_what_was_read(tmp_path, capsys):
    from tui.collection.history import History
    from tui.pipeline import load_article

    history = History()
    briefing = __import__("tui.model", fromlist=["Briefing"]).Briefing(
        load_article(str(FIXTURES / "site-b.html"))
    )
    history.record("http://caribbean.test/99", briefing, when=1_700_000_000)
    history.record("http://caribbean.test/99", briefing, when=1_700_000_100)
    history.close()
    assert main(["history", "--json"]) == 0
    (entry,) = _json_lines(capsys.readouterr().out)
    assert entry["title"] == "Venezuela frees 99 prisoners in Christmas gesture"
    assert entry["site"] == "Caribbean Wire" and entry["times"] == 2
    assert main(["history"]) == 0
    assert "Venezuela frees 99 prisoners" in capsys.readouterr().out


def test_history_names_a_file_by_its_absolute_path(tmp_path, monkeypatch, capsys):
    """A file read from one folder can be opened again from the history anywhere."""
    from tui.collection.history import History
    from tui.model import Briefing
    from tui.pipeline import load_article

    (tmp_path / "story.html").write_bytes((FIXTURES / "site-b.html").read_bytes())
    monkeypatch.chdir(tmp_path)
    history = History()
    history.record("story.html", Briefing(load_article("story.html")))
    history.close()
    assert main(["history", "--json"]) == 0
    (entry,) = _json_lines(capsys.readouterr().out)
    assert entry["location"] == str(tmp_path / "story.html")


def test_a_corrupt_history_file_is_recreated(tmp_path, capsys):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "history.sqlite3").write_bytes(b"\0garbage" * 100)
    assert main(["history"]) == 0
    err = capsys.readouterr().err
    assert "was unreadable" in err and "no articles read yet" in err


def test_the_single_article_path_can_read_through_the_cache(capsys):
    from tui.collection.cli import read_source_cached

    with NewsServer() as server:
        page = server.add("/one", Page(_story(4), cache_control="max-age=0"))
        assert read_source_cached(page, FetchOptions()).data == _story(4)
    raw = read_source_cached(page, FetchOptions())
    assert raw.data == _story(4)
    assert "offline, showing the copy from" in capsys.readouterr().err


def test_runner_outcomes_come_back_in_the_order_given(server):
    gate = threading.Event()  # the slow page answers once the fast one has finished
    slow = server.add("/slow", Page(_story(1), gate=gate))
    fast = server.add("/fast", Page(_story(2)))
    events = []

    def listen(event) -> None:
        events.append(event)
        if event.kind == "finished" and event.location == fast:
            gate.set()

    result = CollectionRunner(FetchOptions(), concurrency=2, listener=listen).run([slow, fast])
    assert [o.title for o in result.outcomes] == ["Story number 1", "Story number 2"]
    finished = [e.location for e in events if e.kind == "finished"]
    assert finished == [fast, slow]  # the fast one really finished first


def test_the_cache_size_comes_from_the_environment(tmp_path, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setenv("BRIEFING_CACHE_MAX_MB", "0.5")
    assert Cache(tmp_path / "a", warn=warnings.append).max_bytes == 512 * 1024
    monkeypatch.setenv("BRIEFING_CACHE_MAX_MB", "lots")
    assert Cache(tmp_path / "b", warn=warnings.append).max_bytes == 200 * 1024 * 1024
    assert warnings == ["ignoring BRIEFING_CACHE_MAX_MB='lots': not a positive number of MiB"]


def test_cancelling_does_not_wait_for_a_stuck_server(server):
    import threading
    import time

    stuck = server.add("/stuck", Page(_story(1), delay=5.0))
    runner = CollectionRunner(FetchOptions(), concurrency=2)
    done = threading.Event()
    threading.Thread(target=lambda: (runner.run([stuck]), done.set()), daemon=True).start()
    for _ in range(200):
        if server.stats.in_flight:
            break
        time.sleep(0.01)
    started = time.monotonic()
    runner.cancel()
    assert done.wait(2.0)
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("https://news.test/world/rss.xml", True),
        ("https://news.test/feed", True),
        ("https://news.test/feed/", True),
        ("https://news.test/atom.atom?x=1", True),
        ("https://news.test/2026/01/feeding-the-city", False),
        ("https://news.test/story.html", False),
        (str(FIXTURES / "feed.xml"), True),
        (str(FIXTURES / "site-a.html"), False),
        ("/no/such/file.xml", False),
        ("-", False),
    ],
)
def test_which_single_sources_open_as_a_briefing(location, expected):
    from tui.collection.feeds import probably_feed

    assert probably_feed(location) is expected


@pytest.mark.parametrize("extra", [[], ["--refresh"], ["--save-note"]])
def test_a_feed_given_alone_is_read_once(server, capsys, extra):
    feed = _feed_with_trouble(server, slow=0.0)
    assert main(["--format", "json", *extra, feed]) == 0
    capsys.readouterr()
    assert server.count("/feed.xml") == 1
