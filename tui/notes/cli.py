"""``briefing notes``: list saved notes, or print where they live.

The lead's CLI routes ``briefing notes ...`` here with the arguments after ``notes``.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from tui.arguments import ArgumentParser
from tui.errors import BriefingError, NotesError
from tui.notes.catalog import NoteInfo, list_notes
from tui.notes.store import ENV_NOTES_DIR, resolve_notes_dir
from tui.sanitize import sanitize, sanitize_optional


def _parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="briefing notes",
        description="List the notes briefing saved (newest first), or print their folder.",
        epilog=f"The folder is --notes-dir, else ${ENV_NOTES_DIR}, else the user data folder.",
    )
    parser.add_argument("--notes-dir", metavar="DIR", help="notes folder to read")
    parser.add_argument("--locate", action="store_true", help="print the notes folder and stop")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (text)"
    )
    return parser


def _clean(value: str | None) -> str:
    """Front matter is the reader's file, but may hold page text: never print controls."""
    return sanitize_optional(value) or ""


def _note_json(note: NoteInfo) -> dict:
    return {
        "title": _clean(note.title),
        "site": _clean(note.site) or None,
        "saved": _clean(note.saved) or None,
        "url": _clean(note.url) or None,
        "article_id": note.article_id,
        "path": sanitize(str(note.path)),
        "conflict_of": _clean(note.conflict_of) or None,
    }


def _print_text(notes: list[NoteInfo], out: TextIO) -> None:
    for note in notes:
        saved = _clean(note.saved).replace("T", " ")[:16] or "-"
        site = _clean(note.site)
        title = _clean(note.title) + (f" ({site})" if site else "")
        if note.conflict_of:
            title += f" [conflict copy of {_clean(note.conflict_of)}]"
        out.write(f"{saved:<16}  {title}\n{'':<16}  {sanitize(str(note.path))}\n")


def notes_command(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run ``briefing notes``; returns the exit code (2 usage, 3 unreadable folder)."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        if any(arg in ("-h", "--help") for arg in argv):
            out.write(_parser().format_help())
            return 0
        args = _parser().parse_args(argv)
        folder = resolve_notes_dir(args.notes_dir)
        if args.locate:
            out.write(f"{folder}\n")
            return 0
        if folder.exists() and not folder.is_dir():
            raise NotesError(f"notes folder {folder} is not a folder")
        notes = list_notes(folder)
    except BriefingError as error:
        err.write(f"briefing: {error}\n")
        return error.exit_code
    if args.format == "json":
        json.dump([_note_json(note) for note in notes], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif notes:
        _print_text(notes, out)
    else:
        err.write(f"briefing: no notes in {folder}\n")
    return 0
