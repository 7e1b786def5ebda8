"""One briefing note: a Markdown file that links each article's note and keeps the
cross-article comparison.

Article notes are saved by ``tui.notes`` (which never loses what the reader wrote); the
briefing note is always a new file, so saving twice never replaces an earlier briefing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tui.errors import NotesError
from tui.render.escape import escape_inline

from .render import article_facts_line, comparison_markdown, failure_line
from .runner import CollectionResult


@dataclass(frozen=True, slots=True)
class BriefingNoteSaved:
    path: Path
    article_notes: list[Path | None]  # one per outcome; None for failures
    conflicts: list[Path]  # article notes written as conflict copies


def _link(path: Path | None) -> str:
    return f"<{path.name}>" if path else ""


def briefing_note_text(result: CollectionResult, notes: list[Path | None], when: datetime) -> str:
    links = [_link(p) for p in notes]
    out = [
        "---",
        "kind: briefing",
        f"created: {when.isoformat(timespec='seconds')}",
        f"articles: {len(result.briefings)}",
        f"failed: {len(result.failures)}",
        "---",
        "",
        f"# Briefing {when:%Y-%m-%d %H:%M}",
        "",
        "## Articles",
        "",
    ]
    for number, outcome in enumerate(result.outcomes, 1):
        if outcome.ok:
            title = escape_inline(outcome.title)
            target = f"[{title}]({links[number - 1]})" if links[number - 1] else title
            out.append(f"{number}. {target} — {article_facts_line(outcome)}  ")
            out.append(f"   {escape_inline(outcome.location)}")
        else:
            out.append(
                f"{number}. Failed: {escape_inline(outcome.location)} — {failure_line(outcome)}"
            )
    out.append("")
    out.append(comparison_markdown(result, links=links))
    return "\n".join(out).rstrip("\n") + "\n"


def _write_new(folder: Path, name: str, text: str) -> Path:
    from tui.notes.store import atomic_write

    for number in range(1, 1000):
        path = folder / (f"{name}.md" if number == 1 else f"{name} ({number}).md")
        if os.path.lexists(path):
            continue
        try:
            atomic_write(path, text.encode("utf-8"), create=True)
        except FileExistsError:
            continue
        except OSError as error:
            raise NotesError(f"cannot write the briefing note in {folder}: {error}") from None
        return path
    raise NotesError(f"no free file name for the briefing note in {folder}")


def save_briefing_note(
    result: CollectionResult, notes_dir: str | Path | None = None, *, now: datetime | None = None
) -> BriefingNoteSaved:
    """Save every article's note, then a new briefing note linking them. Raises NotesError."""
    from tui.notes import resolve_notes_dir, save_note

    folder = resolve_notes_dir(notes_dir)
    notes: list[Path | None] = []
    conflicts: list[Path] = []
    for outcome in result.outcomes:
        if outcome.briefing is None:
            notes.append(None)
            continue
        saved = save_note(outcome.briefing, (), folder)
        notes.append(saved.path)
        if saved.conflict_path is not None:
            conflicts.append(saved.conflict_path)
    when = now or datetime.now().astimezone()
    path = _write_new(
        folder, f"Briefing {when:%Y-%m-%d %H%M}", briefing_note_text(result, notes, when)
    )
    return BriefingNoteSaved(path, notes, conflicts)
