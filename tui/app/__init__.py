"""The Textual reader. Importing this package is cheap: Textual loads in ``run_app``.

``tui.cli`` calls ``run_app`` when stdout is a terminal and no ``--format`` was given,
so piping output never pays for importing Textual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from tui.sources import FetchOptions, RawDocument


def run_app(
    location: str | None,
    options: FetchOptions,
    *,
    raw_text: bool = False,
    notes_dir: Path | None = None,
    refresh: bool = False,
    document: RawDocument | None = None,
) -> int:
    """Open the reader on ``location`` (None: the bundled sample); return the exit code.

    ``notes_dir`` is where ``s`` saves notes (None: ``BRIEFING_NOTES_DIR`` or the default).
    ``document`` is standard input, already read. Pages go through the page cache
    (``refresh`` refetches) and what is read goes into the history.
    """
    from tui.app.app import BriefingApp

    app = BriefingApp(
        location,
        options,
        raw_text=raw_text,
        notes_dir=notes_dir,
        remember=True,
        refresh=refresh,
        document=document,
    )
    result = app.run()
    return 0 if result is None else int(result)
