"""Turn an article title into a file name that is safe on every common file system.

Titles come from web pages, so they are hostile: ``../../etc/passwd``, ``CON``, names
that hide (``.hidden``), names Windows refuses (trailing dots or spaces), control and
bidi characters that disguise what a name is, and titles longer than the 255-byte
limit most file systems share. Obsidian also reads ``# ^ [ ] |`` in a name as link
syntax, so those go too.
"""

from __future__ import annotations

import re
import unicodedata

SUFFIX = ".md"
MAX_NAME_BYTES = 255
UNTITLED = "Untitled"

# Path separators, characters Windows forbids, and Obsidian's link syntax.
_FORBIDDEN = re.compile(r'[/\\<>:"|?*#^\[\]]')
# Format characters (category Cf) are invisible and can make a name look like something
# else: zero-width space, bidi marks, embeddings, overrides and isolates, the byte-order
# mark. ZWJ and ZWNJ stay because scripts and emoji sequences need them.
_KEEP_FORMAT = frozenset("\u200c\u200d")
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]}
)


def _is_extender(char: str) -> bool:
    """True for code points that belong to the character before them."""
    code = ord(char)
    return (
        unicodedata.category(char) in ("Mn", "Mc", "Me")
        or char == "\u200d"
        or 0xFE00 <= code <= 0xFE0F  # variation selectors
        or 0xE0100 <= code <= 0xE01EF
        or 0x1F3FB <= code <= 0x1F3FF  # skin-tone modifiers
        or 0xE0020 <= code <= 0xE007F  # tag characters (flag sequences)
    )


def _is_regional_indicator(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def truncate_to_bytes(text: str, limit: int) -> str:
    """The longest prefix of ``text`` that fits in ``limit`` UTF-8 bytes without
    splitting a code point, a combining sequence, an emoji sequence or a flag."""
    if len(text.encode("utf-8")) <= limit:
        return text
    cut = 0
    used = 0
    for char in text:
        size = len(char.encode("utf-8"))
        if used + size > limit:
            break
        used += size
        cut += 1
    # Back off while the first dropped code point still belongs to the kept one.
    while 0 < cut < len(text) and (_is_extender(text[cut]) or text[cut - 1] == "\u200d"):
        cut -= 1
    # A flag is a pair of regional indicators: never keep half of one.
    run = 0
    while run < cut and _is_regional_indicator(text[cut - 1 - run]):
        run += 1
    if run % 2 and cut < len(text) and _is_regional_indicator(text[cut]):
        cut -= 1
    return text[:cut]


def clean_stem(title: str) -> str:
    """The title reduced to characters that are safe in a file name (may be empty)."""
    text = unicodedata.normalize("NFC", title)
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cc", "Zl", "Zp"):
            kept.append(" ")
        elif category not in ("Cf", "Cs") or char in _KEEP_FORMAT:
            kept.append(char)
    text = "".join(kept)
    text = _FORBIDDEN.sub(" ", text)
    text = " ".join(text.split())
    return text.strip(" .")


def _not_reserved(stem: str) -> str:
    """Windows refuses a device name even with an extension (``con.tar.md``)."""
    first = stem.split(".", 1)[0].rstrip(" ").upper()
    return f"_{stem}" if first in _RESERVED else stem


def safe_filename(title: str, disambiguator: int = 1, suffix: str = SUFFIX) -> str:
    """A file name for ``title``; ``disambiguator`` > 1 appends `` (n)`` so two
    articles with the same title get distinct files.

    The result has no separators, no leading dot, no trailing dot or space, no
    control or bidi character, is not a reserved device name and fits in
    ``MAX_NAME_BYTES`` bytes of UTF-8 including the suffix.
    """
    tail = (f" ({disambiguator})" if disambiguator > 1 else "") + suffix
    room = MAX_NAME_BYTES - len(tail.encode("utf-8")) - 1  # 1 byte for a reserved-name "_"
    stem = truncate_to_bytes(clean_stem(title), room).rstrip(" .")
    return _not_reserved(stem or UNTITLED) + tail
