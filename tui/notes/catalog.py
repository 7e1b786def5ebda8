"""Which notes a folder holds: find an article's note by id, list notes for ``briefing notes``.

A note is recognised by ``article_id`` in its front matter, not by its file name, so
the reader may rename a note or move it into a subfolder and briefing still finds it.
Only the first ``HEADER_BYTES`` of each file are read.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from tui.notes.filenames import safe_filename

HEADER_BYTES = 64 * 1024
_ID_LINE = re.compile(r"""^article_id:[ \t]*["']?([A-Za-z0-9_-]+)["']?[ \t]*$""", re.MULTILINE)
_CONFLICT_LINE = re.compile(r"^conflict_of:", re.MULTILINE)
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


def _front_of(path: Path) -> str | None:
    """The raw front matter of a file, or ``None`` if it has none or cannot be read."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(HEADER_BYTES).decode("utf-8", "replace")
    except OSError:
        return None
    header = header.removeprefix("\ufeff").replace("\r\n", "\n")
    if not header.startswith("---\n"):
        return None
    end = _CLOSING.search(header, 4)
    return header[4 : end.start()] if end else None


def _note_id(path: Path) -> tuple[str | None, bool]:
    """(article id, is a conflict copy), read with a regex rather than a YAML parse."""
    front = _front_of(path)
    if front is None:
        return None, False
    match = _ID_LINE.search(front)
    return (match.group(1) if match else None), bool(_CONFLICT_LINE.search(front))


def iter_note_files(folder: Path) -> Iterator[Path]:
    """Markdown files in ``folder`` and its subfolders, skipping hidden files and
    folders such as ``.obsidian`` and ``.trash``."""
    if not folder.is_dir():
        return
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(".md") and not name.startswith("."):
                yield Path(root) / name


def find_note(folder: Path, ident: str, title: str = "") -> Path | None:
    """The note (not a conflict copy) whose front matter holds ``article_id: ident``.

    The names the title would get are tried first, so a save need not read the whole
    folder when the reader has not renamed the note.
    """
    guesses = [folder / safe_filename(title, n) for n in range(1, 4)]
    for path in [*guesses, *iter_note_files(folder)]:
        if path.is_file() and _note_id(path) == (ident, False):
            return path
    return None


@dataclass(frozen=True, slots=True)
class NoteInfo:
    """One saved note as ``briefing notes`` lists it."""

    title: str
    site: str | None
    saved: str | None
    url: str | None
    article_id: str
    path: Path
    conflict_of: str | None = None


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def list_notes(folder: Path) -> list[NoteInfo]:
    """Every briefing note in ``folder`` (files with an ``article_id``), newest first.

    A note whose front matter the reader broke is still listed, titled by its file name.
    """
    notes: list[NoteInfo] = []
    for path in iter_note_files(folder):
        front = _front_of(path)
        match = _ID_LINE.search(front) if front is not None else None
        if match is None:
            continue
        try:
            values = yaml.load(front, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            values = None
        if not isinstance(values, dict):
            values = {}
        notes.append(
            NoteInfo(
                title=_text(values.get("title")) or path.stem,
                site=_text(values.get("site")),
                saved=_text(values.get("saved")),
                url=_text(values.get("url")),
                article_id=match.group(1),
                path=path,
                conflict_of=_text(values.get("conflict_of")),
            )
        )
    notes.sort(key=lambda note: (note.saved or "", str(note.path)), reverse=True)
    return notes
