"""Render a Briefing as a Markdown note: front matter, then the sections briefing manages.

Each managed section sits between ``<!-- briefing:begin NAME -->`` and
``<!-- briefing:end NAME -->`` lines, which Markdown viewers and Obsidian hide. A
hidden data line (``<!-- briefing:data {...} -->``) keeps what the merge needs next
time: the article id, a checksum of each section as written, the front matter values
as written and the highlights with their offsets. Everything outside the sections is
the reader's and is never rewritten.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from tui.analysis.sentences import sentence_at
from tui.model import Article, Briefing, Entity, Figure, Highlight
from tui.notes import frontmatter
from tui.notes.identity import full_location
from tui.render.escape import defuse_comment_markers, escape_inline, quote_block, table_row

FORMAT_VERSION = 1
SECTIONS = ("summary", "highlights", "figures", "entities")
READER_HEADING = "## My notes"
MAX_SENTENCE = 400

_KIND_HEADINGS = {
    "person": "People",
    "organization": "Organisations",
    "place": "Places",
    "group": "Groups",
    "other": "Other",
}


@dataclass(frozen=True, slots=True)
class NoteData:
    """What the hidden data line remembers between saves."""

    article_id: str
    front: dict = field(default_factory=dict)  # key -> fingerprint of the value written
    checksums: dict = field(default_factory=dict)
    highlights: tuple[Highlight, ...] = ()
    lost: tuple[Highlight, ...] = ()  # saved highlights not found in the latest text


# --- the hidden data line -------------------------------------------------------------

_COMMENT_BREAKERS = re.compile(r"-(?=-)|[<>]")
DATA_LINE = re.compile(r"^<!-- briefing:data (\{.*\}) -->[ \t]*$", re.MULTILINE)


def _highlight_json(highlight: Highlight, found: bool) -> dict:
    return {
        "start": highlight.start,
        "end": highlight.end,
        "text": highlight.text,
        "comment": highlight.comment,
        "found": found,
    }


def data_line(data: NoteData) -> str:
    """One HTML comment holding ``data`` as JSON that can never close the comment early."""
    payload = {
        "version": FORMAT_VERSION,
        "article_id": data.article_id,
        "front": data.front,
        "checksums": data.checksums,
        "highlights": [_highlight_json(h, True) for h in data.highlights]
        + [_highlight_json(h, False) for h in data.lost],
    }
    text = json.dumps(payload, ensure_ascii=True, separators=(",", ":"))
    # "--" and ">" could end the comment. They only occur inside strings (no number is
    # negative), where a \u escape means the same character.
    text = _COMMENT_BREAKERS.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
    return f"<!-- briefing:data {text} -->"


def parse_data(payload: str) -> NoteData:
    """The data line's JSON back as ``NoteData``; raises ``ValueError`` if damaged."""
    raw = json.loads(payload)
    if not isinstance(raw, dict) or not isinstance(raw.get("article_id"), str):
        raise ValueError("no article id")
    found: list[Highlight] = []
    lost: list[Highlight] = []
    for item in raw.get("highlights", []):
        highlight = Highlight(
            int(item["start"]), int(item["end"]), str(item["text"]), str(item.get("comment", ""))
        )
        (found if item.get("found", True) else lost).append(highlight)
    return NoteData(
        raw["article_id"],
        dict(raw.get("front") or {}),
        dict(raw.get("checksums") or {}),
        tuple(found),
        tuple(lost),
    )


# --- sections ------------------------------------------------------------------------


def checksum(content: str) -> str:
    """Checksum of a section's text, blind to line endings and trailing white space an
    editor may add or strip."""
    lines = [line.rstrip() for line in content.replace("\r\n", "\n").split("\n")]
    return hashlib.sha256("\n".join(lines).strip("\n").encode("utf-8", "replace")).hexdigest()[:16]


def section_block(name: str, content: str) -> str:
    return f"<!-- briefing:begin {name} -->\n{content}\n<!-- briefing:end {name} -->"


def sentence_around(article: Article, start: int, end: int) -> str:
    """The sentence(s) of the article that hold ``[start, end)``, on one line and capped."""
    first, _ = sentence_at(article.text, start)
    _, last = sentence_at(article.text, max(start, end - 1))
    sentence = " ".join(article.text[first:last].split())
    if len(sentence) > MAX_SENTENCE:
        sentence = sentence[: MAX_SENTENCE - 1].rstrip() + "…"
    return sentence


def _value_cell(figure: Figure) -> str:
    """A count as a number (``2,000``); anything else as written (``$2.5 billion``,
    ``July 2024``, ``third``), which says more than the bare value."""
    if figure.kind == "count" and figure.value is not None:
        return format(figure.value, ",.12g")
    return figure.text


def _counts_cell(figure: Figure) -> str:
    """What a count counts (its noun); for other figures their kind and unit."""
    if figure.kind == "count":
        return figure.unit or ""
    unit = f" ({figure.unit})" if figure.unit and figure.unit != figure.kind else ""
    return figure.kind + unit


def _figures_section(briefing: Briefing) -> str:
    lines = ["## Key figures", ""]
    if not briefing.figures:
        return "\n".join([*lines, "_No figures found._"])
    lines.append(
        table_row(["Value", "Qualifier", "What it counts", "Who claims it", "Hedge", "Sentence"])
    )
    lines.append("| --- | --- | --- | --- | --- | --- |")
    for figure in sorted(briefing.figures, key=lambda f: (f.start, f.end)):
        lines.append(
            table_row(
                [
                    _value_cell(figure),
                    figure.qualifier or "",
                    _counts_cell(figure),
                    figure.source.text if figure.source else "",
                    figure.hedge or "",
                    sentence_around(briefing.article, figure.start, figure.end),
                ]
            )
        )
    return "\n".join(lines)


def _entities_section(entities: Sequence[Entity], recogniser: str | None) -> str:
    lines = ["## Entities"]
    if not entities:
        return "\n".join([*lines, "", "_No named entities found._"])
    kinds = list(_KIND_HEADINGS)
    groups: dict[str, list[Entity]] = {}
    for entity in entities:
        groups.setdefault(entity.kind if entity.kind in kinds else "other", []).append(entity)
    for kind in kinds:
        members = sorted(groups.get(kind, []), key=lambda e: (-e.count, e.name.casefold()))
        if members:
            lines += ["", f"### {_KIND_HEADINGS[kind]}", ""]
            lines += [f"- {escape_inline(e.name)} ({e.count})" for e in members]
    if recogniser:
        lines += ["", f"_Found by {escape_inline(recogniser)}._"]
    return "\n".join(lines)


def _highlights_section(found: Sequence[Highlight], lost: Sequence[Highlight]) -> str:
    lines = ["## Highlights"]
    if not found and not lost:
        return "\n".join([*lines, "", "_No highlights yet._"])
    for highlight, missing in [(h, False) for h in found] + [(h, True) for h in lost]:
        lines += ["", quote_block(highlight.text)]
        if missing:
            lines += ["", "_(no longer found in the article's text)_"]
        if highlight.comment.strip():
            lines += ["", defuse_comment_markers(highlight.comment.strip())]
    return "\n".join(lines)


def _summary_section(article: Article) -> str:
    meta = article.meta
    lines = [f"# {escape_inline(meta.title) or 'Untitled'}"]
    byline = [part for part in (meta.site, meta.byline, meta.published) if part]
    if meta.source:
        byline.append(f"Source: {meta.source}")
    if byline:
        lines += ["", " · ".join(escape_inline(part) for part in byline)]
    standfirst = meta.description
    if not standfirst:
        paragraphs = [b for b in article.blocks if b.kind == "paragraph"]
        standfirst = article.block_text(paragraphs[0]) if paragraphs else None
    if standfirst and standfirst.strip():
        lines += ["", escape_inline(standfirst)]
    return "\n".join(lines)


def render_sections(
    briefing: Briefing, found: Sequence[Highlight], lost: Sequence[Highlight]
) -> dict[str, str]:
    """The content of every managed section, by name."""
    return {
        "summary": _summary_section(briefing.article),
        "highlights": _highlights_section(found, lost),
        "figures": _figures_section(briefing),
        "entities": _entities_section(briefing.entities, briefing.recogniser),
    }


def front_values(briefing: Briefing, article_id: str, saved: str) -> dict[str, frontmatter.Value]:
    """The front matter keys briefing manages, in the order they are first written."""
    meta = briefing.article.meta
    return {
        "title": meta.title or "Untitled",
        "url": meta.url,
        "site": meta.site,
        "byline": meta.byline,
        "published": meta.published,
        "saved": saved,
        "source": meta.source,
        "location": full_location(briefing.article) or None,
        "article_id": article_id,
    }


def note_data(
    article_id: str,
    front: Mapping[str, frontmatter.Value],
    sections: Mapping[str, str],
    found: Sequence[Highlight],
    lost: Sequence[Highlight],
) -> NoteData:
    """The data line for a note whose sections and front matter are as given."""
    checksums = {name: checksum(content) for name, content in sections.items()}
    prints = {key: frontmatter.fingerprint(value) for key, value in front.items()}
    return NoteData(article_id, prints, checksums, tuple(found), tuple(lost))


def render_note(
    front: Mapping[str, frontmatter.Value],
    sections: Mapping[str, str],
    data: NoteData,
    extra_front: Mapping[str, frontmatter.Value] | None = None,
) -> str:
    """A whole new note. ``extra_front`` holds keys written once (tags, conflict_of)."""
    values = dict(front)
    values.update(extra_front or {})
    parts = [frontmatter.dump(values) + data_line(data)]
    parts += [section_block(name, sections[name]) for name in SECTIONS]
    parts.append(READER_HEADING + "\n")
    return "\n\n".join(parts)
