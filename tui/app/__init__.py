"""The Textual reader. Importing this package is cheap: Textual loads in ``run_app``.

``tui.cli`` calls ``run_app`` when stdout is a terminal and no ``--format`` was given,
so piping output never pays for importing Textual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from tui.sources import FetchOptions


def run_app(
    location: str | None,
    options: FetchOptions,
    *,
    raw_text: bool = False,
    notes_dir: Path | None = None,
) -> int:
    """Open the reader on ``location`` (None: the bundled sample); return the exit code.

    ``notes_dir`` is where ``s`` saves notes (None: ``BRIEFING_NOTES_DIR`` or the default).
    """
    from tui.app.app import BriefingApp

    app = BriefingApp(location, options, raw_text=raw_text, notes_dir=notes_dir)
    result = app.run()
    return 0 if result is None else int(result)
