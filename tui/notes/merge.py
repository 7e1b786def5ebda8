"""Update an existing note in place: only what briefing manages changes.

The merge refuses (``NoteConflict``) whenever it cannot be sure the reader loses
nothing: the front matter is gone or not YAML, the data line is missing or damaged,
a section marker is missing, duplicated or out of order, or the reader wrote inside
a managed section (its checksum no longer matches what briefing wrote). The caller
then writes a conflict copy and leaves the note alone.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import yaml

from tui.notes import frontmatter
from tui.notes.document import (
    DATA_LINE,
    SECTIONS,
    NoteData,
    checksum,
    data_line,
    parse_data,
    section_block,
)

_MARKER = re.compile(r"^<!-- briefing:(begin|end) ([^ ]*) -->[ \t]*$", re.MULTILINE)
_ALWAYS_UPDATED = frozenset({"saved"})


class NoteConflict(Exception):
    """The note changed in a way that cannot be merged safely; ``str`` says how."""


@dataclass(frozen=True, slots=True)
class ParsedNote:
    """An existing note cut into the parts the merge works on (LF line endings)."""

    front: frontmatter.FrontMatter
    data: NoteData
    data_span: tuple[int, int]  # in front.body
    sections: dict[str, tuple[int, int]]  # content span of each section in front.body
    crlf: bool
    bom: bool


def _sections(body: str) -> dict[str, tuple[int, int]]:
    begins: dict[str, list[re.Match[str]]] = {}
    ends: dict[str, list[re.Match[str]]] = {}
    for match in _MARKER.finditer(body):
        kind, name = match.groups()
        if name not in SECTIONS:
            raise NoteConflict(f"unknown briefing marker {name!r}")
        (begins if kind == "begin" else ends).setdefault(name, []).append(match)
    spans: dict[str, tuple[int, int]] = {}
    for name in SECTIONS:
        opened, closed = begins.get(name, []), ends.get(name, [])
        if not opened and not closed:
            continue
        if len(opened) != 1 or len(closed) != 1:
            raise NoteConflict(f"the markers of the {name} section are missing or repeated")
        start, end = opened[0].end() + 1, closed[0].start()
        if start > end:
            raise NoteConflict(f"the markers of the {name} section are out of order")
        spans[name] = (start, end)
    ordered = sorted(spans.values())
    for (_, end), (next_start, _) in itertools.pairwise(ordered):
        if next_start < end:
            raise NoteConflict("briefing sections overlap")
    return spans


def parse(text: str, article_id: str) -> ParsedNote:
    """Cut ``text`` into front matter, data line and sections, or raise ``NoteConflict``."""
    bom = text.startswith("\ufeff")
    crlf = "\r\n" in text
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    try:
        front = frontmatter.split(text)
    except frontmatter.FrontMatterError as error:
        raise NoteConflict(str(error)) from None
    data_lines = list(DATA_LINE.finditer(front.body))
    if len(data_lines) != 1:
        raise NoteConflict("the hidden briefing:data line is missing or repeated")
    try:
        data = parse_data(data_lines[0].group(1))
    except (ValueError, KeyError, TypeError) as error:
        raise NoteConflict(f"the hidden briefing:data line is damaged ({error})") from None
    if data.article_id != article_id:
        raise NoteConflict("the note's data line belongs to another article")
    sections = _sections(front.body)
    for name, (start, end) in sections.items():
        if checksum(front.body[start:end]) != data.checksums.get(name):
            raise NoteConflict(f"the {name} section was edited by hand")
    for name in SECTIONS:
        if name not in sections and name in data.checksums:
            raise NoteConflict(f"the {name} section was removed")
    return ParsedNote(front, data, data_lines[0].span(), sections, crlf, bom)


def merge(
    parsed: ParsedNote,
    front: Mapping[str, frontmatter.Value],
    sections: Mapping[str, str],
    make_data: Callable[[dict[str, frontmatter.Value]], NoteData],
) -> str:
    """The note with new section contents, data line and managed front matter values.

    ``make_data(held_front)`` builds the new data line's ``NoteData`` once we know which
    front matter values were kept. Sections new in this version are appended at the end.
    """
    raw, held = frontmatter.update(parsed.front, front, parsed.data.front, _ALWAYS_UPDATED)
    try:
        if not isinstance(yaml.safe_load(raw), dict):
            raise NoteConflict("updating the front matter would not give a mapping")
    except yaml.YAMLError as error:
        raise NoteConflict(f"updating the front matter would break it ({error})") from None
    data: NoteData = make_data(held)
    body = parsed.front.body
    replacements = [(*parsed.data_span, data_line(data))]
    replacements += [(*parsed.sections[name], sections[name] + "\n") for name in parsed.sections]
    for start, end, text in sorted(replacements, reverse=True):
        body = body[:start] + text + body[end:]
    missing = [name for name in SECTIONS if name not in parsed.sections]
    for name in missing:
        body = body.rstrip("\n") + "\n\n" + section_block(name, sections[name]) + "\n"
    note = "---\n" + (raw if raw.endswith("\n") else raw + "\n") + "---\n" + body
    if parsed.crlf:
        note = note.replace("\n", "\r\n")
    return ("\ufeff" if parsed.bom else "") + note
