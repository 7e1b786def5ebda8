"""A dependency-free recogniser: capitalised phrases, typed by word lists and context.

Used when spaCy or its model is not installed (or ``BRIEFING_NER=fallback``). It finds
runs of capitalised words, drops sentence-initial words that the text also uses in lower
case (so "However" or "Since" are not names), and types each phrase from the gazetteer,
titles and head nouns; the shared refinement in ``entities`` then does the rest.
"""

from __future__ import annotations

import re

from tui.analysis import gazetteer as gz
from tui.analysis.lexicon import FUNCTION_WORDS, MONTHS, WEEKDAYS, words_of
from tui.analysis.recognisers import RawMention
from tui.analysis.sentences import is_sentence_start

_CAP = r"(?:[A-Z][\w'’&.-]*[\w]|[A-Z]\.?)"
_PHRASE = re.compile(rf"{_CAP}(?:\s+(?:(?:of|the|for|de|da|del|la|van|von|bin|al)\s+)*{_CAP})*")
_OPENERS = frozenset(
    words_of(
        """however meanwhile moreover furthermore yet still although even instead today
        yesterday tomorrow last next many most others officials critics analysts experts
        residents witnesses sources authorities source reply read share related watch"""
    )
)
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,6}$")


def recognise(text: str) -> list[RawMention]:
    """Capitalised phrases with a guessed kind."""
    lower_words = set(re.findall(r"\b[a-z]+\b", text))
    out: list[RawMention] = []
    for match in _PHRASE.finditer(text):
        start, end = match.span()
        words = match.group().split()
        # drop leading words that only look like names because they open a sentence
        while words and _is_common(words[0], text, start, lower_words):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        while words and words[-1].lower() in ("of", "the", "for", "and"):
            words = words[:-1]
        if not words:
            continue
        end = start + len(" ".join(words)) if text[start:end].startswith(" ".join(words)) else end
        name = re.sub(r"(?:['’]s?|\.)$", "", text[start:end])
        end = start + len(name)
        if name in MONTHS or name in WEEKDAYS or name in ("I", "A"):
            continue
        out.append(RawMention(start, end, _guess_kind(text, start, end, name)))
    return out


def _is_common(word: str, text: str, start: int, lower_words: set[str]) -> bool:
    plain = word.rstrip(".,'’s")
    if plain.isupper() and len(plain) > 1:
        return False  # an acronym such as "US" is a name, never the word "us"
    if plain.lower() in FUNCTION_WORDS or plain.lower() in _OPENERS:
        return True
    if is_sentence_start(text, start) and plain.lower() in lower_words:
        return plain not in gz.PLACES and plain not in gz.NATIONALITIES
    return False


def _guess_kind(text: str, start: int, end: int, name: str) -> str:
    words = name.split()
    before = text[max(0, start - 30) : start]
    if name in gz.NATIONALITIES or (words[0] in gz.NATIONALITIES and len(words) == 1):
        return "group"
    if name in gz.PLACES or words[-1] in gz.PLACE_WORDS:
        return "place"
    if words[-1] in gz.ORG_WORDS or (any(w in gz.ORG_WORDS for w in words[:-1]) and "of" in words):
        return "organization"
    if _ACRONYM.match(name) or (len(words) == 1 and re.search(r"\bthe\s+$", before)):
        return "organization"
    if re.search(r"\b(?:in|at|from|to|near|across)\s+$", before) and len(words) == 1:
        return "place"
    if words[0] in gz.TITLES or (
        re.search(r"([A-Z][\w.]*)\s+$", before) and any(t in before.split()[-1:] for t in gz.TITLES)
    ):
        return "person"
    if 2 <= len(words) <= 3 and all(w[0].isupper() and w.isalpha() for w in words):
        return "person"
    if re.match(r"^\s*(?:said|says|told|added|wrote|argued)\b", text[end : end + 12]):
        return "person"
    return "other"
