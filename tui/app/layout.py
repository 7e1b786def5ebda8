"""Wrap an article into display lines that remember their offsets into ``Article.text``.

The reader draws only the lines on screen (Line API), so the whole article is laid out
once per width as a compact table of offsets; no styled text is built here. Wrapping is
by terminal cell width (CJK and emoji take two cells) while offsets stay code points.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime

from rich.cells import cell_len, get_character_cell_size

from tui.model import Article

WORDS_PER_MINUTE = 230
_WORD = re.compile(r"\S+\s*")


@dataclass(frozen=True, slots=True)
class Line:
    """One display row.

    Body rows carry ``start``/``end`` offsets into the article text and the index of
    their block; header rows (title, byline...) carry their own ``text`` and
    ``block == -1``. ``prefix`` is drawn before the text (list bullets, quote bars).
    """

    kind: str
    start: int = 0
    end: int = 0
    block: int = -1
    text: str | None = None
    prefix: str = ""


def reading_minutes(words: int) -> int:
    """Reading time at an ordinary adult pace, never less than one minute."""
    return max(1, round(words / WORDS_PER_MINUTE))


def format_date(published: str | None) -> str | None:
    """ "2026-01-02T14:05:00Z" -> "2 January 2026"; anything unparseable as given."""
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return published
    return f"{moment.day} {moment:%B %Y}"


def byline_parts(article: Article) -> list[str]:
    """The pieces of the line under the title: site, byline, date, words, reading time."""
    meta = article.meta
    words = article.word_count
    parts = [part for part in (meta.site, meta.byline, format_date(meta.published)) if part]
    parts.append(f"{words:,} words · {reading_minutes(words)} min read")
    return parts


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of one paragraph: ``(start, end)`` code-point ranges per row.

    Trailing spaces at a break are left out of the row; a word wider than the row is
    split by cells. An empty paragraph gives one empty row.
    """
    width = max(1, width)
    if text.isascii() and "\t" not in text:
        if len(text) <= width:
            return [(0, len(text))]
        measure = len
    else:
        measure = cell_len
    rows: list[tuple[int, int]] = []
    row_start = 0
    row_cells = 0
    row_end = 0  # end of the last word placed on the row, without trailing spaces
    for match in _WORD.finditer(text):
        word_start = match.start()
        word = match.group().rstrip()
        word_end = word_start + len(word)
        cells = measure(word)
        gap = measure(text[row_end:word_start]) if row_end > row_start else 0
        if row_end > row_start and row_cells + gap + cells <= width:
            row_cells += gap + cells
            row_end = word_end
            continue
        if row_end > row_start:
            rows.append((row_start, row_end))
        if cells <= width:
            row_start, row_end, row_cells = word_start, word_end, cells
            continue
        # A word longer than the row: cut it by cells.
        piece_start = word_start
        piece_cells = 0
        for index in range(word_start, word_end):
            size = get_character_cell_size(text[index]) if measure is cell_len else 1
            if piece_cells + size > width and index > piece_start:
                rows.append((piece_start, index))
                piece_start, piece_cells = index, 0
            piece_cells += size
        row_start, row_end, row_cells = piece_start, word_end, piece_cells
    if row_end > row_start or not rows:
        rows.append((row_start, row_end))
    return rows


def join_parts(parts: list[str], separator: str, width: int) -> list[str]:
    """Join ``parts`` into rows of at most ``width`` cells, breaking only between parts
    (a part wider than a row is wrapped on its own)."""
    rows: list[str] = []
    current = ""
    for part in parts:
        candidate = f"{current}{separator}{part}" if current else part
        if cell_len(candidate) <= width:
            current = candidate
            continue
        if current:
            rows.append(current)
        pieces = [part[start:end] for start, end in wrap(part, width)]
        rows.extend(pieces[:-1])
        current = pieces[-1]
    if current:
        rows.append(current)
    return rows


class Layout:
    """Every display row of an article at one width, with offset look-ups."""

    def __init__(self, lines: list[Line], width: int) -> None:
        self.lines = lines
        self.width = width
        self._body_rows = [row for row, line in enumerate(lines) if line.block >= 0]
        self._body_starts = [lines[row].start for row in self._body_rows]

    def __len__(self) -> int:
        return len(self.lines)

    def row_for_offset(self, offset: int) -> int:
        """The display row that shows ``offset`` (or the nearest row before it)."""
        if not self._body_rows:
            return 0
        index = bisect_right(self._body_starts, offset) - 1
        return self._body_rows[max(0, index)]

    def first_body_row(self) -> int:
        return self._body_rows[0] if self._body_rows else 0


def layout_article(article: Article, width: int) -> Layout:
    """Lay out the header (title, byline line) and every block at ``width`` cells."""
    width = max(10, width)
    lines: list[Line] = []
    if article.meta.title:
        for start, end in wrap(article.meta.title, width):
            lines.append(Line("title", text=article.meta.title[start:end]))
    for text in join_parts(byline_parts(article), " · ", width):
        lines.append(Line("meta", text=text))
    standfirst = article.meta.description
    first_block = article.block_text(article.blocks[0]) if article.blocks else ""
    if standfirst and standfirst.strip() != first_block.strip():
        lines.append(Line("blank"))
        for start, end in wrap(standfirst, width):
            lines.append(Line("standfirst", text=standfirst[start:end]))
    lines.append(Line("rule", text="─" * width))
    text = article.text
    for index, block in enumerate(article.blocks):
        lines.append(Line("blank"))
        kind = block.kind
        first, rest = "", ""
        if kind == "list_item":
            first, rest = "• ", "  "
        elif kind == "quote":
            first = rest = "▌ "
        body = text[block.start : block.end]
        for number, (start, end) in enumerate(wrap(body, width - len(first))):
            lines.append(
                Line(
                    kind,
                    block.start + start,
                    block.start + end,
                    index,
                    prefix=first if number == 0 else rest,
                )
            )
    return Layout(lines, width)
