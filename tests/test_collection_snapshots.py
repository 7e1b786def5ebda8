"""SVG snapshots of the briefing view and its facts view (pytest-textual-snapshot).

The session is filled by hand with fixed articles and facts (no fetching, extraction or
analysis), so the pictures change only when the view does. Update them on purpose with
``python -m pytest tests/test_collection_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

import pytest

from tui.app.collection_screen import CollectionApp, CollectionSession, Row
from tui.collection.runner import FeedInfo, Outcome
from tui.model import Article, Block, Briefing, Claimant, Entity, Figure, Metadata, Span

STORIES = [
    (
        "US says at least 87 Venezuelan prisoners freed",
        "Northern Ledger",
        "At least 87 prisoners have been released, according to Donald Trump’s administration.",
        ("87 prisoners", 87, "at least", "Donald Trump’s administration", None),
    ),
    (
        "Venezuela frees 99 prisoners in Christmas gesture",
        "Caribbean Wire",
        "The government of Venezuela announced the release of 99 prisoners on December 25.",
        ("99 prisoners", 99, None, "The government of Venezuela", None),
    ),
    (
        "Rights group can confirm only 61 releases in Venezuela",
        "Andes Monitor",
        "Foro Penal said it was unable to verify the release of 61 prisoners at the time.",
        ("61 prisoners", 61, None, "Foro Penal", "unable to verify"),
    ),
]


@pytest.fixture(autouse=True)
def _no_user_files(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("BRIEFING_NOTES_DIR", str(tmp_path / "notes"))
    monkeypatch.delenv("NO_COLOR", raising=False)


def _briefing(title: str, site: str, text: str, fact) -> Briefing:
    words, value, qualifier, source, hedge = fact
    start = text.index(words)
    article = Article(
        Metadata(title=title, site=site, published="2026-01-02T09:00:00Z"),
        text,
        (Block("paragraph", 0, len(text)),),
        location=f"https://{site.lower().replace(' ', '-')}.test/story",
    )
    figure = Figure(
        start,
        start + len(words),
        words,
        "count",
        value,
        "prisoner",
        qualifier,
        Claimant(source),
        hedge,
    )
    at = text.find("Venezuela")
    entities = (
        (Entity("place:venezuela", "Venezuela", "place", (Span(at, at + 9),)),) if (at >= 0) else ()
    )
    return Briefing(article, (figure,), entities)


def _session() -> CollectionSession:
    session = CollectionSession(["https://feed.test/rss"])
    feed = FeedInfo("https://feed.test/rss", (0,), "Morning reading", 4)
    session.rows[feed.location] = Row(feed.location, (0,), "Morning reading", feed=feed)
    for n, (title, site, text, fact) in enumerate(STORIES):
        briefing = _briefing(title, site, text, fact)
        location = briefing.article.location
        outcome = Outcome(location, (0, n), briefing=briefing, feed=feed.location)
        session.rows[location] = Row(location, (0, n), title, "done", outcome)
    failed = Outcome(
        "https://down.test/story",
        (0, 3),
        error="connection refused by down.test",
        exit_code=4,
        entry_title="A story from a site that is down",
    )
    session.rows[failed.location] = Row(failed.location, (0, 3), failed.entry_title, "done", failed)
    session.done.set()
    return session


def test_briefing_list(snap_compare):
    app = CollectionApp(_session(), read={"https://caribbean-wire.test/story"})
    assert snap_compare(app, terminal_size=(120, 24), press=["j", "j"])


def test_facts_view(snap_compare):
    assert snap_compare(CollectionApp(_session()), terminal_size=(120, 24), press=["f"])
