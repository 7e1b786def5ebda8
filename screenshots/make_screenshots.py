"""Render the real reader on the bundled sample article to SVG files in screenshots/.

    python screenshots/make_screenshots.py

Runs the whole pipeline (extraction and analysis, as `briefing --demo` does) and drives
the app with Textual's pilot, so the pictures show the current code. Needs no network.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from textual.widgets import OptionList  # noqa: E402

from tui.app.app import BriefingApp  # noqa: E402
from tui.app.config import Config  # noqa: E402

Step = Callable[[BriefingApp, object], Awaitable[None]]


async def nothing(app: BriefingApp, pilot) -> None:
    return None


async def select_entity(app: BriefingApp, pilot) -> None:
    """Pick the most-mentioned place (else any entity) and walk to its second mention."""
    entities = app.briefing.entities if app.briefing else ()
    if not entities:
        print("warning: the analysis found no entities; 'entity' shows none selected")
        return
    places = [e for e in entities if e.kind == "place"] or list(entities)
    entity = max(places, key=lambda e: e.count)
    options = app.query_one("#entities", OptionList)
    options.focus()
    options.highlighted = options.get_option_index(entity.id)
    await pilot.press("enter")
    if entity.count > 1:
        await pilot.press("n")


async def search(app: BriefingApp, pilot) -> None:
    await pilot.press("slash", *"prisoners", "enter", "n")


async def show_help(app: BriefingApp, pilot) -> None:
    await pilot.press("question_mark")


SHOTS: list[tuple[str, tuple[int, int], Step]] = [
    ("main", (120, 40), nothing),
    ("entity", (120, 40), select_entity),
    ("search", (120, 40), search),
    ("help", (120, 40), show_help),
    ("narrow", (80, 24), nothing),
]


async def shoot(name: str, size: tuple[int, int], step: Step, notes: Path) -> Path:
    app = BriefingApp(None, config=Config(), notes_dir=notes)
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await step(app, pilot)
        await pilot.pause()
        app.clear_notifications()
        await pilot.pause()
        path = HERE / f"{name}.svg"
        app.save_screenshot(filename=path.name, path=str(HERE))
    return path


async def main() -> None:
    os.environ.pop("NO_COLOR", None)
    with tempfile.TemporaryDirectory() as notes:
        for name, size, step in SHOTS:
            path = await shoot(name, size, step, Path(notes))
            print(f"wrote {path.relative_to(HERE.parent)} ({size[0]}x{size[1]})")


if __name__ == "__main__":
    asyncio.run(main())
