"""Sentence boundaries by rule, shared by the figure, attribution and fallback rules.

A statistical sentence splitter would need the parser we deliberately do not load; news
prose is regular enough that punctuation plus a list of abbreviations does the job.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from tui.analysis.lexicon import words_of

ABBREVIATIONS = frozenset(
    words_of("""mr mrs ms dr prof sen rep gov gen col lt capt sgt st jr sr inc corp ltd co no vs
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m e.g i.e etc
    approx est dept univ ave rev hon fig ft mt""")
)
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n+")


@lru_cache(maxsize=8)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Half-open (start, end) spans of the sentences of ``text``, trimmed of spaces."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        if match.group().startswith("."):
            word = re.search(r"([\w.]+)$", text[start : match.start()])
            token = word.group(1).lower() if word else ""
            if token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token):
                continue
        _add(text, start, match.end(), spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return tuple(spans)


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


@lru_cache(maxsize=8)
def _starts(text: str) -> list[int]:
    return [s for s, _ in sentence_spans(text)]


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The span of the sentence holding ``offset`` (or the nearest one before it)."""
    spans = sentence_spans(text)
    if not spans:
        return (0, len(text))
    index = bisect_right(_starts(text), offset) - 1
    return spans[max(index, 0)]


# "WASHINGTON – ", "LOS ANGELES (AP) — ": a dateline, after which the story's first sentence
_DATELINE = re.compile(r"[A-Z][A-Z.’' ]+(?:,[A-Za-z. ]+)?(?:\s\([A-Za-z]+\))?\s[-–—]\s*")


# "WASHINGTON Eight automakers said", "CHESTER, Pa. An Amtrak train": a dateline with no
# dash, as pages that set it apart are scraped, opening the line
_CAPS_DATELINE = re.compile(r"[A-Z][A-Z.’'-]{2,}(?: [A-Z][A-Z.’'-]+){0,2}(?:, [A-Z][A-Za-z.]+)? ")


def is_sentence_start(text: str, offset: int) -> bool:
    """True when only spaces, quotes or brackets lie between ``offset`` and its sentence start,
    or a dateline does."""
    start, _ = sentence_at(text, offset)
    before = text[start:offset]
    return (
        not before.strip(" \"'“‘([")
        or bool(_DATELINE.fullmatch(before))
        or bool(
            _CAPS_DATELINE.fullmatch(before)
            and text[start - 1 : start] in ("", "\n")
            and re.match(r"[A-Z][a-z]+\b", text[offset : offset + 30])  # a sentence's word
        )
    )
