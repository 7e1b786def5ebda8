"""Write page text into Markdown so that it stays text (stdout, notes and briefing notes).

Page text is hostile: ``[x](javascript:...)``, ``<img onerror>``, a bare URL that
Obsidian or GitHub turns into a link, ``#tag``, ``$math$``, ``%%comment%%``,
``==highlight==``, a line starting with ``-`` or ``1.`` that becomes a list, a table
cell with ``|``. CommonMark lets a backslash escape any ASCII punctuation and shows the
character as written, so we escape every character that can start markup, plus the
few that make autolinks (``://``, ``www.``, ``@``).
"""

from __future__ import annotations

import re

_MARKUP = re.compile(
    r"[\\`*_\[\]<>|#~^$@]"  # emphasis, code, links, HTML, tables, tags, math, mail
    r"|(?<=%)%|(?<==)="  # Obsidian %%comments%% and ==highlights==
    r"|&(?=#?\w+;)"  # character references such as &lt;
    r"|:(?=//)"  # URL schemes, which become autolinks
    r"|(?<=\b[wW]{3})\."  # www. autolinks
)
# What makes a line a list item (the rest is escaped everywhere already).
_LINE_START = re.compile(r"^([-+]|\d{1,9}(?=[.)]))")


def escape_inline(text: str) -> str:
    """One line of page text, escaped: whitespace collapsed, no markup, no autolink."""
    text = " ".join(text.split())
    text = _MARKUP.sub(lambda match: "\\" + match.group(0), text)
    match = _LINE_START.match(text)
    if match:  # escape the list marker: "- x", "+ x", "1984. Year", "3) x"
        at = len(match.group(1)) if match.group(1).isdigit() else 0
        text = text[:at] + "\\" + text[at:]
    return text


def quote_block(text: str) -> str:
    """Page text as a Markdown block quote, paragraph breaks kept."""
    lines = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        if lines:
            lines.append(">")
        lines.append("> " + escape_inline(paragraph))
    return "\n".join(lines) if lines else ">"


def table_row(cells: list[str]) -> str:
    """A GFM table row; every cell is escaped (``|`` included) and kept on one line."""
    return "| " + " | ".join(escape_inline(cell) for cell in cells) + " |"


def defuse_comment_markers(text: str) -> str:
    """The reader's own Markdown, kept as written except that it cannot open or close
    an HTML comment (which would swallow or fake the sections briefing manages)."""
    return text.replace("<!--", "<\\!--").replace("-->", "--\\>")
