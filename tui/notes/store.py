"""Notes on disk: find an article's note, write it atomically under a lock, never lose
a word.

- One lock file per notes folder serialises every save, so two processes saving at
  once run one after the other and the second merges into what the first wrote.
- A write goes to a temporary file in the same folder (flush, fsync, the old file's
  permissions), then ``os.replace`` and an fsync of the folder. Any failure removes
  the temporary file and leaves the old note as it was, byte for byte.
- If the note was changed in a way the merge cannot take safely, the new version goes
  to a conflict copy beside it and the note is not touched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import filelock
import platformdirs

from tui.errors import NotesError
from tui.model import Article, Briefing, Highlight
from tui.notes import document, merge
from tui.notes.catalog import find_note
from tui.notes.filenames import safe_filename
from tui.notes.identity import article_id
from tui.notes.locate import relocate_all

ENV_NOTES_DIR = "BRIEFING_NOTES_DIR"
LOCK_NAME = ".briefing.lock"
LOCK_TIMEOUT = 10.0  # seconds to wait for another save in the same folder
_MAX_RETRIES = 3


@dataclass(frozen=True, slots=True)
class NoteSaved:
    """Where a save went. ``conflict_path`` is set when the note could not be merged
    and the new version was written beside it instead (the note is then untouched);
    ``conflict_reason`` then says why, in a few words."""

    path: Path
    conflict_path: Path | None
    created: bool
    conflict_reason: str | None = None


class _ChangedUnderneath(Exception):
    """The note changed on disk between our read and our replace (an editor saved)."""


def resolve_notes_dir(override: str | Path | None = None) -> Path:
    """``--notes-dir``, else ``$BRIEFING_NOTES_DIR``, else the user data dir's ``notes``."""
    chosen = override if override not in (None, "") else os.environ.get(ENV_NOTES_DIR)
    if chosen:
        return Path(chosen).expanduser().absolute()
    return platformdirs.user_data_path("briefing", appauthor=False) / "notes"


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def ensure_notes_folder(folder: Path) -> None:
    """Create the notes folder; NotesError (exit 3) when it cannot be a folder of notes."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise NotesError(f"notes folder {folder} exists but is not a folder") from None
    except OSError as error:
        raise NotesError(f"cannot create notes folder {folder}: {_reason(error)}") from None
    if not folder.is_dir():
        raise NotesError(f"notes folder {folder} exists but is not a folder")


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    timeout = LOCK_TIMEOUT
    lock = filelock.FileLock(folder / LOCK_NAME, timeout=timeout)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise NotesError(
            f"another briefing has been saving in {folder} for {timeout:g} s; try again"
        ) from None
    except OSError as error:
        raise NotesError(f"cannot lock notes folder {folder}: {_reason(error)}") from None
    try:
        yield
    finally:
        lock.release()


# --- writing -------------------------------------------------------------------------


def _umask() -> int:
    """The process umask, read without changing it where the system allows."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable; not every system lets a folder be opened for this."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_fd(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def atomic_write(
    path: Path, data: bytes, *, create: bool, expect: os.stat_result | None = None
) -> None:
    """Write ``data`` to ``path`` so that it is either all there or not at all.

    ``create`` refuses to replace an existing file (a file that appeared meanwhile is
    never clobbered). ``expect`` is the note's stat when we read it: if the note changed
    since, ``_ChangedUnderneath`` is raised and nothing is replaced. Raises ``OSError``.
    """
    folder = path.parent
    fd, temp = tempfile.mkstemp(prefix=".briefing-", suffix=".tmp", dir=folder)
    try:
        try:
            _write_fd(fd, data)
            if expect is not None:
                if hasattr(os, "fchown") and os.geteuid() == 0:
                    with contextlib.suppress(OSError):
                        os.fchown(fd, expect.st_uid, expect.st_gid)
                mode = expect.st_mode & 0o7777
            else:
                mode = 0o666 & ~_umask()
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            os.fsync(fd)
        finally:
            os.close(fd)
        if not hasattr(os, "fchmod"):
            os.chmod(temp, mode)
        if create:
            _place_new(temp, path)
        else:
            now = os.stat(path)
            if expect is not None and (now.st_mtime_ns, now.st_size, now.st_ino) != (
                expect.st_mtime_ns,
                expect.st_size,
                expect.st_ino,
            ):
                raise _ChangedUnderneath
            os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_folder(folder)


def _place_new(temp: str, path: Path) -> None:
    """Move ``temp`` to ``path`` unless ``path`` exists (then ``FileExistsError``)."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError as error:  # file systems without hard links
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "File exists", str(path)) from None
        os.replace(temp, path)
        return
    os.unlink(temp)


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "replace")


def write_new(folder: Path, title: str, text: str, suffix: str = ".md") -> Path:
    """Write a new file named after ``title`` (made safe), adding `` (n)`` until a name
    is free; never replaces a file. Raises ``OSError``, or ``NotesError`` if no name is free."""
    for number in range(1, 10_000):
        path = folder / safe_filename(title, number, suffix)
        if os.path.lexists(path):
            continue
        try:
            atomic_write(path, _encode(text), create=True)
        except FileExistsError:
            continue
        return path
    raise NotesError(f"no free file name for {title!r} in {folder}")


# --- saving --------------------------------------------------------------------------


def _merge_highlights(
    article: Article,
    given: Sequence[Highlight],
    stored: document.NoteData | None,
    replace: bool,
) -> tuple[list[Highlight], list[Highlight]]:
    """(highlights found in the text, highlights no longer found), given ones winning."""
    text = article.text
    chosen: dict[tuple[int, int], Highlight] = {}
    lost: list[Highlight] = []
    if stored is not None:
        found, lost = relocate_all(text, [*stored.highlights, *stored.lost])
        if not replace:
            chosen = {(h.start, h.end): h for h in found}
    for highlight in given:
        start = max(0, min(highlight.start, len(text)))
        end = max(start, min(highlight.end, len(text)))
        quoted = highlight.text or text[start:end]
        if quoted.strip():
            chosen[(start, end)] = Highlight(start, end, quoted, highlight.comment)
    return sorted(chosen.values(), key=lambda h: (h.start, h.end)), lost


def _read_data(text: str) -> document.NoteData | None:
    """The data line of a note even if the rest is damaged, or ``None``."""
    matches = list(document.DATA_LINE.finditer(text.replace("\r\n", "\n")))
    if len(matches) != 1:
        return None
    try:
        return document.parse_data(matches[0].group(1))
    except (ValueError, KeyError, TypeError):
        return None


def _timestamp(now: datetime | None) -> str:
    return (now or datetime.now()).replace(microsecond=0).isoformat()


def save_note(
    briefing: Briefing,
    highlights: Sequence[Highlight] = (),
    notes_dir: Path | None = None,
    *,
    replace_highlights: bool = False,
    now: datetime | None = None,
) -> NoteSaved:
    """Save or update the note for ``briefing.article``.

    ``highlights`` are added to those the note already holds (a highlight at the same
    place replaces the stored one, so comments can change); ``replace_highlights``
    makes them the whole set, for a caller that loaded them with ``load_highlights``
    and lets the reader remove some. Raises ``NotesError`` on any I/O failure.
    """
    folder = resolve_notes_dir(notes_dir)
    ensure_notes_folder(folder)
    article = briefing.article
    ident = article_id(article)
    saved = _timestamp(now)
    try:
        with _folder_lock(folder):
            for _attempt in range(_MAX_RETRIES):
                try:
                    return _save_locked(
                        folder, briefing, ident, saved, highlights, replace_highlights
                    )
                except _ChangedUnderneath:
                    continue
            raise NotesError(f"the note for {article.meta.title!r} keeps changing; try again")
    except OSError as error:
        note = str(error.filename or "")
        where = f"note {note}" if note.endswith(".md") else f"note in {folder}"
        raise NotesError(f"cannot save {where}: {_reason(error)}") from None


def _save_locked(
    folder: Path,
    briefing: Briefing,
    ident: str,
    saved: str,
    highlights: Sequence[Highlight],
    replace_highlights: bool,
) -> NoteSaved:
    article = briefing.article
    title = article.meta.title or "Untitled"
    front = document.front_values(briefing, ident, saved)
    existing = find_note(folder, ident, title)
    if existing is None:
        found, lost = _merge_highlights(article, highlights, None, replace_highlights)
        sections = document.render_sections(briefing, found, lost)
        data = document.note_data(ident, front, sections, found, lost)
        text = document.render_note(front, sections, data, {"tags": ["briefing"]})
        return NoteSaved(write_new(folder, title, text), None, True)

    target = Path(os.path.realpath(existing))  # a symlinked note stays a symlink
    before = os.stat(target)
    with open(target, "rb") as handle:
        raw = handle.read()
    try:
        old_text = raw.decode("utf-8")
    except UnicodeDecodeError:
        old_text = None
    stored = _read_data(old_text) if old_text is not None else None
    found, lost = _merge_highlights(article, highlights, stored, replace_highlights)
    sections = document.render_sections(briefing, found, lost)
    try:
        if old_text is None:
            raise merge.NoteConflict("the note is not valid UTF-8")
        parsed = merge.parse(old_text, ident)
        merged = merge.merge(
            parsed,
            front,
            sections,
            lambda held: document.note_data(ident, held, sections, found, lost),
        )
    except merge.NoteConflict as conflict:
        data = document.note_data(ident, front, sections, found, lost)
        extra = {"tags": ["briefing"], "conflict_of": existing.name}
        text = document.render_note(front, sections, data, extra)
        stamp = saved.replace("T", " ").replace(":", "")
        copy = write_new(existing.parent, existing.stem, text, f" (conflict {stamp}).md")
        return NoteSaved(existing, copy, False, str(conflict))
    if _encode(merged) != raw:
        atomic_write(target, _encode(merged), create=False, expect=before)
    return NoteSaved(existing, None, False)


# --- reading -------------------------------------------------------------------------


def load_highlights(article: Article, notes_dir: Path | None = None) -> tuple[Highlight, ...]:
    """The reader's highlights and comments saved in the article's note, moved to where
    their quoted text now is in ``article.text``. Highlights whose text is no longer
    in the article stay in the note but are not returned (they have no offsets)."""
    folder = resolve_notes_dir(notes_dir)
    path = find_note(folder, article_id(article), article.meta.title or "Untitled")
    if path is None:
        return ()
    try:
        text = path.read_bytes().decode("utf-8", "replace")
    except OSError as error:
        raise NotesError(f"cannot read note {path}: {_reason(error)}") from None
    data = _read_data(text)
    if data is None:
        return ()
    found, _lost = relocate_all(article.text, [*data.highlights, *data.lost])
    unique = {(h.start, h.end): h for h in found}
    return tuple(sorted(unique.values(), key=lambda h: (h.start, h.end)))
