"""SVG snapshots of the reader's main views (pytest-textual-snapshot).

The article is a stored extraction (tests/fixtures/app) with hand-placed figures and
entities, so the pictures change only when the reader does. Update them on purpose with
``python -m pytest tests/test_app_snapshots.py --snapshot-update`` and look at the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from tests.fixtures.app.handmade import frozen_article, handmade_briefing
from tui.app.app import BriefingApp
from tui.app.config import Config
from tui.model import Briefing
from tui.pipeline import load_article

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "app" / "hostile.html"
WIDE, NARROW = (120, 40), (80, 24)


@pytest.fixture(autouse=True)
def no_user_files(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("BRIEFING_NOTES_DIR", str(tmp_path / "notes"))
    monkeypatch.delenv("NO_COLOR", raising=False)


def reader() -> BriefingApp:
    return BriefingApp(briefing=handmade_briefing(frozen_article()), config=Config())


async def select_entity(pilot, name: str = "Venezuela") -> None:
    app = pilot.app
    entity = next(e for e in app.briefing.entities if e.name == name)
    options = app.query_one("#entities", OptionList)
    options.focus()
    options.highlighted = options.get_option_index(entity.id)
    await pilot.press("enter")
    await pilot.pause()


def test_main_view(snap_compare):
    assert snap_compare(reader(), terminal_size=WIDE)


def test_entity_selected(snap_compare):
    assert snap_compare(reader(), terminal_size=WIDE, run_before=select_entity)


def test_search_hits(snap_compare):
    assert snap_compare(reader(), terminal_size=WIDE, press=["slash", *"prisoners", "enter", "n"])


def test_help_screen(snap_compare):
    assert snap_compare(reader(), terminal_size=WIDE, press=["question_mark"])


def test_narrow_text_only(snap_compare):
    assert snap_compare(reader(), terminal_size=NARROW)


def test_narrow_with_facts_below(snap_compare):
    assert snap_compare(reader(), terminal_size=NARROW, press=["f"])


def test_light_theme_with_kinds_toggled(snap_compare):
    assert snap_compare(reader(), terminal_size=WIDE, press=["t", "2", "4"])


def test_error_view(snap_compare):
    app = BriefingApp("/nonexistent/briefing/missing-article.html", config=Config())

    async def wait(pilot) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, terminal_size=NARROW, run_before=wait)


def test_hostile_page_literal(snap_compare):
    app = BriefingApp(briefing=Briefing(load_article(str(HOSTILE))), config=Config())
    assert snap_compare(app, terminal_size=NARROW)
