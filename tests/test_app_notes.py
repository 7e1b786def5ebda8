"""h, a and s in the reader: highlights and comments reach a real note file and come back."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.app.pilot import SAMPLE, anyio_backend, isolated, row_text, settle  # noqa: F401
from tui.app.app import BriefingApp
from tui.app.config import Config
from tui.app.screens.comment import CommentScreen

pytestmark = pytest.mark.anyio

FIRST_SENTENCE = (
    "At least 87 prisoners have been released as part of the president’s campaign to "
    "pressure Caracas, according to Donald Trump’s administration."
)


def reader(notes: Path) -> BriefingApp:
    return BriefingApp(str(SAMPLE), config=Config(), notes_dir=notes)


def note_files(notes: Path) -> list[Path]:
    return sorted(notes.glob("*.md"))


async def test_highlight_comment_save_and_restore(tmp_path):
    notes = tmp_path / "notes"
    app = reader(notes)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("h")  # the cursor starts on the first paragraph's first sentence
        assert [h.text for h in app.highlights] == [FIRST_SENTENCE]
        marked = app.highlights[0]
        assert app.view.spans["highlight"].spans == [(marked.start, marked.end)]
        await pilot.press("a")
        assert isinstance(app.screen, CommentScreen)
        await pilot.press(*"check the count", "enter")
        assert app.highlights[0].comment == "check the count"
        await pilot.press("s")
        await settle(app, pilot)
        assert not app.unsaved
        assert any("Note saved" in n.message for n in app._notifications)
    [note] = note_files(notes)
    text = note.read_text(encoding="utf-8")
    assert "At least 87 prisoners have been released" in text
    assert "check the count" in text

    again = reader(notes)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(again, pilot)
        assert [(h.text, h.comment) for h in again.highlights] == [
            (FIRST_SENTENCE, "check the count")
        ]
        assert len(again.view.spans["highlight"]) == 1
        # Removing it and saving removes it from the note, keeping the rest.
        await pilot.press("h", "s")
        await settle(again, pilot)
    text = note.read_text(encoding="utf-8")
    assert "check the count" not in text
    assert "87" in text


async def test_paragraph_highlight_and_mouse_selection(tmp_path):
    app = reader(tmp_path / "notes")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("H")
        article = app.briefing.article
        first = article.blocks[0]
        assert [(h.start, h.end) for h in app.highlights] == [(first.start, first.end)]
        await pilot.press("H")
        assert app.highlights == []
        # Drag across "87 prisoners" on the first text row, then h.
        row = app.view.page.row_for_offset(first.start)
        line = row_text(app, row)
        x = line.index("87")
        await pilot.mouse_down("#article", offset=(x, row))
        await pilot.hover("#article", offset=(x + len("87 prisoners"), row))
        await pilot.mouse_up("#article", offset=(x + len("87 prisoners"), row))
        await pilot.pause()
        await pilot.press("h")
        assert [h.text for h in app.highlights] == ["87 prisoners"]


async def test_failed_save_keeps_highlights_and_says_why(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the notes folder should be", encoding="utf-8")
    app = reader(blocker)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("h", "s")
        await settle(app, pilot)
        assert len(app.highlights) == 1
        assert app.unsaved
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert errors and errors[0].startswith("Note not saved: ")
        assert "\n" not in errors[0]
        # Quitting with unsaved highlights asks first.
        await pilot.press("q")
        assert app.is_running
        await pilot.press("q")
    assert app.return_value == 0
