"""Sentence boundaries by rule, shared by the figure, attribution and fallback rules.

A statistical sentence splitter would need the parser we deliberately do not load; news
prose is regular enough that punctuation plus a list of abbreviations does the job.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from tui.analysis import gazetteer as gz
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


# A city in capitals opening a line, then the story's first words with no dash between:
# "NEW YORK General Electric Co said", "MADAYA, Syria An aid convoy", "CULIACAN,
# Mexico/WASHINGTON Efforts", as a page that sets the dateline apart is scraped
_CAPS_WORD = r"[A-Z][A-Z.'’-]+"
_CAPS_CITY = rf"{_CAPS_WORD}(?: (?!U\.[SNK]\. ){_CAPS_WORD}){{0,2}}"  # ("WASHINGTON U.S. Senator")
_REGION = rf"[A-Z][a-z]+|[A-Z]\.[A-Z]\.|[A-Z][a-z]{{1,4}}\.|{_CAPS_WORD}(?: {_CAPS_WORD})?"
# one pattern for each length of the city, longest first: "NEW YORK General Electric", but
# "WASHINGTON U.S. Federal Reserve", where "U.S." is the story's first word
_CAPS_LEADS = [
    re.compile(
        rf"(?m)^(?P<city>{_CAPS_WORD}(?: {_CAPS_WORD}){{{words - 1}}})"
        rf"(?:, (?P<region>{_REGION}))?"  # "CHESTER, Pa."
        rf"(?:/(?P<other>{_CAPS_CITY})(?:, (?P<region2>{_REGION}))?)?"  # "/FORT PIERCE, Fla."
        r"(?= (?:[A-Z][a-z]|U\.[SNK]\.|A [a-z]))"  # ("DHAKA A pizza chef")
    )
    for words in (3, 2, 1)
]


def caps_dateline(text: str, start: int, known: bool = True) -> re.Match[str] | None:
    """The dashless dateline at ``start`` when its city or its country is a known place (or,
    with ``known`` false, any city of three letters or more: the sentence starts after it,
    "NAYPYITAW Hundreds of lawmakers")."""
    for pattern in _CAPS_LEADS:
        lead = pattern.match(text, start)
        region = lead["region"] or "" if lead else ""
        if lead and not known and len(lead["city"].split()[0]) >= 3:
            return lead
        if lead and (
            lead["city"].title() in gz.PLACES
            or region in gz.PLACES
            or region.title() in gz.PLACES  # "ALBANY, NEW YORK"
            or region in gz.US_STATE_ABBREVIATIONS
            or re.fullmatch(r"[A-Z]\.[A-Z]\.", region)  # "N.H.", "N.Y."
            or _named_in_story(text, start, lead["city"])
        ):
            return lead
    return None


def _named_in_story(text: str, start: int, city: str) -> bool:
    """ "OKLAHOMA CITY Friends ... at Oklahoma City's riverfront": the story's opening words
    in capitals are a city it names again (not a transcript's "NARRATOR", not "E.")."""
    return (
        start <= 400
        and "\n\n" not in text[:start].strip("\n")  # in the story's first paragraph
        and len(city.replace(" ", "")) >= 4
        and "." not in city
        and re.search(rf"(?<!\w){re.escape(city.title())}(?!\w)", text) is not None
    )


def dateline_spans(lead: re.Match[str]) -> list[tuple[int, int]]:
    """The places a dashless dateline names: its city, its country, a second city."""
    return [lead.span(group) for group in ("city", "region", "other", "region2") if lead[group]]


def is_sentence_start(text: str, offset: int) -> bool:
    """True when only spaces, quotes or brackets lie between ``offset`` and its sentence start,
    or a dateline does."""
    start, _ = sentence_at(text, offset)
    before = text[start:offset]
    return (
        not before.strip(" \"'“‘([")
        or bool(_DATELINE.fullmatch(before))
        or bool((lead := caps_dateline(text, start, known=False)) and lead.end() + 1 == offset)
    )  # ("LONDON Oil prices rose", "WASHINGTON Eight automakers said")
