"""YAML front matter that stays valid whatever the page puts in it, and that can be
updated key by key without disturbing what the reader added.

We write every string double-quoted on one line with our own escaping rather than
through a YAML emitter: a title holding quotes, colons, ``#``, newlines, ``---``,
line or paragraph separators, bidi controls or non-characters then cannot end the
front matter, start a comment or break either PyYAML or Obsidian's parser. Updating
uses PyYAML's node positions to replace one value in place, so the reader's own keys,
comments and ordering survive.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import yaml

Value = str | None | Sequence[str]

_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


class FrontMatterError(ValueError):
    """The front matter is missing or is not a YAML mapping we can update."""


def _needs_escape(char: str) -> bool:
    code = ord(char)
    if 0x20 <= code <= 0x7E:
        return False
    if code < 0xA0:
        return True
    # Format (bidi, zero-width), separators that YAML reads as line breaks, surrogates,
    # private use, unassigned and non-characters such as U+FFFE.
    return unicodedata.category(char) in ("Cf", "Zl", "Zp", "Cs", "Co", "Cn")


def _escape_char(char: str) -> str:
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    if not _needs_escape(char):
        return char
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def quote(text: str) -> str:
    """``text`` as a one-line double-quoted YAML scalar (JSON-compatible escapes)."""
    return '"' + "".join(_escape_char(char) for char in text) + '"'


def dump_value(value: Value) -> str:
    """The text after ``key:`` for a value (leading space included)."""
    if value is None:
        return " null"
    if isinstance(value, str):
        return " " + quote(value)
    return "".join(f"\n  - {quote(item)}" for item in value) if value else " []"


def dump(mapping: Mapping[str, Value]) -> str:
    """A front matter block, delimiters included, ending with a newline."""
    lines = [f"{key}:{dump_value(value)}" for key, value in mapping.items()]
    return "---\n" + "\n".join(lines) + "\n---\n"


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The raw YAML between the delimiters, what it parses to, and the body after it."""

    raw: str
    values: dict
    body: str


def split(text: str) -> FrontMatter:
    """Separate front matter from body. Raises ``FrontMatterError`` if there is none
    or it is not a YAML mapping."""
    if not text.startswith("---\n"):
        raise FrontMatterError("the note no longer starts with front matter")
    closing = _CLOSING.search(text, 4)
    if closing is None:
        raise FrontMatterError("the note's front matter is not closed")
    raw = text[4 : closing.start()]
    body = text[closing.end() + 1 :] if closing.end() < len(text) else ""
    try:
        values = yaml.safe_load(raw) if raw.strip() else {}
    except yaml.YAMLError as error:
        raise FrontMatterError(f"the note's front matter is not valid YAML ({error})") from None
    if not isinstance(values, dict):
        raise FrontMatterError("the note's front matter is not a mapping")
    return FrontMatter(raw, values, body)


def _value_nodes(raw: str) -> dict[str, list[yaml.Node]]:
    root = yaml.compose(raw, Loader=yaml.SafeLoader) if raw.strip() else None
    nodes: dict[str, list[yaml.Node]] = {}
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode):
                nodes.setdefault(key.value, []).append(value)
    return nodes


def fingerprint(value: object) -> str:
    """A short digest of a front matter value, to tell later whether the reader changed it."""
    if isinstance(value, tuple):
        value = list(value)
    encoded = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(encoded.encode("utf-8", "replace")).hexdigest()[:12]


def update(
    front: FrontMatter,
    new: Mapping[str, Value],
    last_written: Mapping[str, str],
    always: frozenset[str] = frozenset(),
) -> tuple[str, dict[str, Value]]:
    """Three-way merge of the keys briefing manages into the reader's front matter.

    ``last_written`` maps each key briefing wrote last time to the ``fingerprint`` of
    its value. For each key of ``new``: if the reader left it as briefing last wrote it
    (or it is in ``always``), it takes the new value in place; if the reader changed
    it, theirs stays; if the reader deleted a key briefing had written, it stays
    deleted; a key briefing never wrote is added at the end. Returns the new raw YAML
    and the values now held for the managed keys.
    """
    nodes = _value_nodes(front.raw)
    edits: list[tuple[int, int, str]] = []
    additions: list[str] = []
    held: dict[str, Value] = {}
    for key, value in new.items():
        found = nodes.get(key, [])
        if not found:
            if key in last_written and key not in always:
                continue  # the reader removed it
            additions.append(f"{key}:{dump_value(value)}\n")
            held[key] = value
            continue
        current = front.values.get(key)
        node = found[-1]
        unchanged = last_written.get(key) == fingerprint(current)
        inline = isinstance(node, yaml.ScalarNode) and node.style in (None, '"', "'")
        if len(found) == 1 and inline and (unchanged or key in always):
            held[key] = value
            if not _same(current, value):
                start, end = node.start_mark.index, node.end_mark.index
                text = dump_value(value)
                if start > 0 and front.raw[start - 1] in " \t":
                    text = text[1:]
                edits.append((start, end, text))
        else:
            held[key] = current
    raw = front.raw
    for start, end, text in sorted(edits, reverse=True):
        raw = raw[:start] + text + raw[end:]
    if additions:
        raw = (raw if raw.endswith("\n") or not raw else raw + "\n") + "".join(additions)
    return raw, held


def _same(current: object, last: object) -> bool:
    if isinstance(current, list | tuple) and isinstance(last, list | tuple):
        return list(current) == list(last)
    return current == last
