"""The briefing view driven with Textual's pilot: the list loads live, failures are marked,
the facts view shows the three disagreeing prisoner counts with their sources, enter opens
the reading room, the list keeps its cursor, and `s` saves a briefing note."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.test_collection_compare import site_briefings
from tui.app.collection_screen import (
    CollectionApp,
    CollectionReader,
    CollectionSession,
    FactsScreen,
    OpenArticle,
)
from tui.model import Briefing

FIXTURES = Path(__file__).parent / "fixtures" / "collection"
pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _own_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BRIEFING_NOTES_DIR", str(tmp_path / "notes"))
    monkeypatch.setenv("BRIEFING_CONFIG", str(tmp_path / "absent.toml"))


def _hand_analysis():
    """The figures and entities of the three sites, placed by hand (see test_collection_compare)."""
    known = {b.article.meta.title: b for b in site_briefings()}

    def analyse(article) -> Briefing:
        facts = known.get(article.meta.title)
        if facts is None:
            return Briefing(article)
        return Briefing(article, facts.figures, facts.entities)

    return analyse


def _session(sources: list[str]) -> CollectionSession:
    session = CollectionSession(sources, concurrency=2, analyse=_hand_analysis())
    session.start()
    return session


async def _until_done(pilot, session: CollectionSession, seconds: float = 4.0) -> None:
    for _ in range(int(seconds / 0.02)):
        if session.done.is_set():
            break
        await asyncio.sleep(0.02)
    await pilot.pause()


def _cells(table: DataTable, row: int) -> list[str]:
    return [cell.plain for cell in table.get_row_at(row)]


def _sources(tmp_path) -> list[str]:
    return [str(FIXTURES / "feed.xml"), str(tmp_path / "missing.html")]


async def test_the_list_shows_articles_and_marks_the_failure(tmp_path):
    session = _session(_sources(tmp_path))
    app = CollectionApp(session)
    async with app.run_test(size=(120, 30)) as pilot:
        await _until_done(pilot, session)
        table = app.query_one("#articles", DataTable)
        rows = [_cells(table, i) for i in range(table.row_count)]
        assert rows[0][:2] == ["≡", "Feed: Venezuela prisoner releases: three reports"]
        assert rows[1] == [
            "●",
            "US says at least 87 Venezuelan prisoners freed",
            "Northern Ledger",
            "2026-01-02",
            "153",
            "2",
            "4",
        ]
        failed = next(r for r in rows if r[0] == "✗")
        assert failed[1].endswith("missing.html") and failed[4] == "exit 2"
        assert str(app.query_one("#summary").render()) == (
            "3 articles, 1 failed · sources disagree on 1 figure(s): f shows them"
        )


async def test_the_facts_view_lists_the_three_counts_with_their_sources(tmp_path):
    session = _session(_sources(tmp_path))
    app = CollectionApp(session)
    async with app.run_test(size=(140, 40)) as pilot:
        await _until_done(pilot, session)
        await pilot.press("f")
        assert isinstance(app.screen, FactsScreen)
        table = app.screen.query_one("#figure-groups", DataTable)
        rows = [_cells(table, i) for i in range(3)]
        assert rows[0][0] == "prisoners (released)  disagree"
        assert [r[1] for r in rows] == [
            "at least 87 prisoners, according to Donald Trump’s administration",
            "99 prisoners, according to The government of Venezuela",
            "61 prisoners, according to Foro Penal (unable to verify)",
        ]
        assert [r[2] for r in rows] == [
            "1. Northern Ledger",
            "2. Caribbean Wire",
            "3. Andes Monitor",
        ]
        entities = app.screen.query_one("#entity-index", DataTable)
        assert _cells(entities, 0)[:3] == ["Venezuela", "place", "3"]
        await pilot.press("escape")
        assert not isinstance(app.screen, FactsScreen)


async def test_enter_opens_the_article_and_the_list_keeps_its_cursor(tmp_path):
    session = _session(_sources(tmp_path))
    app = CollectionApp(session)
    async with app.run_test(size=(120, 30)) as pilot:
        await _until_done(pilot, session)
        await pilot.press("j", "j", "enter")
    b = str(FIXTURES / "site-b.html")
    assert app.return_value == OpenArticle(b, 2)
    again = CollectionApp(session, cursor=2, read={b})
    async with again.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        table = again.query_one("#articles", DataTable)
        assert table.cursor_row == 2
        assert _cells(table, 2)[0] == " "  # read: no unread mark
        assert _cells(table, 1)[0] == "●"


async def test_enter_on_a_failure_says_why_and_stays(tmp_path):
    session = _session(_sources(tmp_path))
    app = CollectionApp(session)
    async with app.run_test(size=(120, 30)) as pilot:
        await _until_done(pilot, session)
        table = app.query_one("#articles", DataTable)
        table.move_cursor(row=table.row_count - 1)
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running
        assert "Failed: no such file" in str(app.query_one("#detail").render())


async def test_escape_in_the_reading_room_goes_back():
    briefing = site_briefings()[1]
    app = CollectionReader(briefing.article.location, briefing=briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not app.is_running


async def test_s_saves_a_briefing_note_linking_the_article_notes(tmp_path):
    session = _session(_sources(tmp_path))
    app = CollectionApp(session, notes_dir=tmp_path / "notes")
    async with app.run_test(size=(120, 30)) as pilot:
        await _until_done(pilot, session)
        await pilot.press("s")
        for _ in range(100):
            if list((tmp_path / "notes").glob("Briefing *.md")):
                break
            await asyncio.sleep(0.05)
        await pilot.pause()
    (note,) = (tmp_path / "notes").glob("Briefing *.md")
    text = note.read_text()
    assert "[US says at least 87 Venezuelan prisoners freed](<US says at least 87" in text
    assert "| 61 prisoners | Foro Penal (unable to verify) |" in text
    assert "Failed:" in text and "missing.html" in text
    assert (tmp_path / "notes" / "US says at least 87 Venezuelan prisoners freed.md").exists()


async def test_page_text_in_titles_is_shown_literally(tmp_path):
    feed = tmp_path / "hostile.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>[bold]feed[/]</title>'
        "<item><title>[@click=app.quit]x[/] and [/]</title><link>nowhere.html</link></item>"
        "</channel></rss>"
    )
    session = _session([str(feed)])
    app = CollectionApp(session)
    async with app.run_test(size=(120, 30)) as pilot:
        await _until_done(pilot, session)
        table = app.query_one("#articles", DataTable)
        assert _cells(table, 0)[1] == "Feed: [bold]feed[/]"
        assert _cells(table, 1)[1] == "[@click=app.quit]x[/] and [/]"
        await pilot.click("#articles", offset=(10, 2))
        await pilot.pause()
        assert app.is_running


async def test_the_facts_view_with_the_real_analysis(tmp_path):
    session = CollectionSession([str(FIXTURES / "feed.xml")], concurrency=2)
    session.start()
    app = CollectionApp(session)
    async with app.run_test(size=(140, 40)) as pilot:
        await _until_done(pilot, session, seconds=20)  # the entity model may load first
        await pilot.press("f")
        table = app.screen.query_one("#figure-groups", DataTable)
        claims = [_cells(table, i)[1] for i in range(3)]
        assert claims == [
            "at least 87 prisoners, according to Donald Trump’s administration",
            "99 prisoners, according to The government of Venezuela",
            "61 prisoners, according to Foro Penal (unable to verify)",
        ]


async def test_progress_shows_while_a_slow_article_loads():
    from tests.fixtures.collection.newsserver import NewsServer, Page, article_html

    body = article_html("A slow story", "Slow Site", ["Slow story text. " * 40] * 3)
    with NewsServer() as server:
        fast = server.add("/fast", Page(body.replace(b"slow", b"fast")))
        gate = threading.Event()  # the slow page answers when the test has looked
        slow = server.add("/slow", Page(body, gate=gate))
        session = CollectionSession([slow, fast], concurrency=2)
        session.start()
        app = CollectionApp(session)
        async with app.run_test(size=(120, 30)) as pilot:
            try:
                table = app.query_one("#articles", DataTable)
                for _ in range(250):
                    await asyncio.sleep(0.02)
                    if table.row_count == 2 and _cells(table, 1)[0] == "●":
                        break
                await pilot.pause()
                assert _cells(table, 0)[0] == "…"  # the slow one, still first in the list
                summary = str(app.query_one("#summary").render())
                assert summary == "Loading: 1 of 2 done, 0 failed"
                assert app.query_one("#progress").display
            finally:
                gate.set()
            await _until_done(pilot, session)
            await pilot.pause()
            assert _cells(table, 0)[:2] == ["●", "A slow story"]
            assert str(app.query_one("#summary").render()) == "2 articles, 0 failed"
