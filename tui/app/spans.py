"""Style spans by offset, and the sentence/paragraph arithmetic the reader needs.

Nothing here knows about Textual: spans are ``(start, end, style_name)`` triples that the
article view turns into Rich styles when it draws a row.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

from tui.model import Article, Block

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+")


class SpanLayer:
    """Non-empty ``(start, end)`` ranges with one style name, sorted for range look-ups."""

    def __init__(self, name: str, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.name = name
        self.spans = sorted((start, end) for start, end in spans if end > start)
        self.starts = [start for start, _ in self.spans]
        self.longest = max((end - start for start, end in self.spans), default=0)

    def __len__(self) -> int:
        return len(self.spans)

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Spans that share at least one code point with ``[start, end)``."""
        low = bisect_left(self.starts, start - self.longest)
        high = bisect_left(self.starts, end)
        for span_start, span_end in self.spans[low:high]:
            if span_end > start:
                yield span_start, span_end

    def after(self, offset: int) -> int | None:
        """Index of the first span starting after ``offset``, wrapping to the first."""
        if not self.spans:
            return None
        index = bisect_right(self.starts, offset)
        return index if index < len(self.spans) else 0

    def before(self, offset: int) -> int | None:
        """Index of the last span starting before ``offset``, wrapping to the last."""
        if not self.spans:
            return None
        index = bisect_left(self.starts, offset) - 1
        return index if index >= 0 else len(self.spans) - 1


def block_at(article: Article, offset: int) -> Block | None:
    """The block holding ``offset``, or the nearest one before it."""
    blocks = article.blocks
    if not blocks:
        return None
    index = bisect_right([block.start for block in blocks], offset) - 1
    return blocks[max(0, index)]


def sentence_at(article: Article, offset: int) -> tuple[int, int] | None:
    """The ``(start, end)`` of the sentence holding ``offset`` within its block."""
    block = block_at(article, offset)
    if block is None:
        return None
    text = article.text[block.start : block.end]
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start()
        if block.start + match.end() > offset:
            return block.start + start, block.start + end
        start = match.end()
    return block.start + start, block.end


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Case-insensitive literal matches; offsets stay those of ``text``."""
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    return [(match.start(), match.end()) for match in pattern.finditer(text)]
