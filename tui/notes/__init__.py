"""Markdown notes on disk, one per article, that never lose what the reader wrote.

Public API: ``save_note``, ``load_highlights``, ``resolve_notes_dir``,
``ensure_notes_folder``, ``NoteSaved``;
``tui.notes.cli.notes_command`` implements ``briefing notes``.
"""

from tui.notes.store import (
    NoteSaved,
    ensure_notes_folder,
    load_highlights,
    resolve_notes_dir,
    save_note,
)

__all__ = [
    "NoteSaved",
    "ensure_notes_folder",
    "load_highlights",
    "resolve_notes_dir",
    "save_note",
]
