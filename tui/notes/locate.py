"""Find a saved highlight again in an article whose text may have shifted.

A note stores each highlight's quoted text beside its offsets. When the article is
fetched again the page may have gained a paragraph, lost a share row or swapped
straight quotes for curly ones, so offsets alone would mark the wrong words. We look
for the quoted text itself, nearest the old position, first exactly and then ignoring
differences in white space, quote marks and dashes.
"""

from __future__ import annotations

from tui.model import Highlight

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)
_MAX_CANDIDATES = 10_000


def _occurrences(text: str, needle: str) -> list[int]:
    found: list[int] = []
    at = text.find(needle)
    while at != -1 and len(found) < _MAX_CANDIDATES:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` with quote marks and dashes folded and white space runs collapsed to
    one space, and for each folded character its index in ``text``."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text.translate(_FOLD)):
        if char.isspace():
            if chars and chars[-1] == " ":
                continue
            char = " "
        chars.append(char)
        origin.append(index)
    return "".join(chars), origin


def relocate(text: str, highlight: Highlight) -> Highlight | None:
    """``highlight`` moved to where its quoted text now is in ``text``, or ``None``."""
    quoted = highlight.text
    if not quoted.strip():
        return None
    if text[highlight.start : highlight.end] == quoted:
        return highlight
    starts = _occurrences(text, quoted)
    if starts:
        start = min(starts, key=lambda at: abs(at - highlight.start))
        return Highlight(start, start + len(quoted), quoted, highlight.comment)
    folded_text, origin = _folded(text)
    folded_quote = " ".join(_folded(quoted)[0].split())
    starts = _occurrences(folded_text, folded_quote)
    if not starts:
        return None
    at = min(starts, key=lambda index: abs(origin[index] - highlight.start))
    start, end = origin[at], origin[at + len(folded_quote) - 1] + 1
    return Highlight(start, end, text[start:end], highlight.comment)


def relocate_all(
    text: str, highlights: tuple[Highlight, ...] | list[Highlight]
) -> tuple[list[Highlight], list[Highlight]]:
    """Split saved highlights into those found in ``text`` (moved) and those not found."""
    found: list[Highlight] = []
    lost: list[Highlight] = []
    for highlight in highlights:
        moved = relocate(text, highlight)
        if moved is None:
            lost.append(highlight)
        else:
            found.append(moved)
    return found, lost
