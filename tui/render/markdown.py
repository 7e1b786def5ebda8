"""Markdown output: structure kept, page text escaped so it stays text.

Page text must never become a live link, raw HTML or accidental formatting when the
Markdown is rendered, so inline syntax characters are backslash-escaped and block
starters at the beginning of a paragraph are neutralised.
"""

from __future__ import annotations

import re

from tui.model import Block, Briefing
from tui.render.escape import escape_inline, table_row


def escape_markdown(text: str) -> str:
    """Page text as Markdown text, line breaks kept (see ``tui.render.escape``)."""
    return "\n".join(escape_inline(line) for line in text.split("\n"))


def _block_markdown(kind: str, level: int, text: str) -> str:
    body = escape_markdown(text)
    if kind == "heading":
        return "#" * min(max(level, 1) + 1, 6) + " " + body
    if kind == "list_item":
        return "- " + body
    if kind == "quote":
        return "> " + body
    return body


def _facts(briefing: Briefing) -> list[str]:
    lines = ["## Figures", ""]
    if briefing.figures:
        lines += ["| figure | qualifier | counts | claimed by | hedge |", "|---|---|---|---|---|"]
        for figure in briefing.figures:
            cells = [
                figure.text,
                figure.qualifier or "",
                figure.unit or figure.kind,
                figure.source.text if figure.source else "",
                figure.hedge or "",
            ]
            lines.append(table_row(cells))
    else:
        lines.append("No figures found.")
    lines += ["", "## Entities", ""]
    if briefing.entities:
        for entity in sorted(briefing.entities, key=lambda e: (e.kind, -e.count, e.name)):
            lines.append(f"- {escape_markdown(entity.name)} ({entity.kind}, {entity.count})")
    else:
        lines.append("No entities found.")
    return lines


def render_markdown(briefing: Briefing, *, facts: bool = False) -> str:
    article = briefing.article
    meta = article.meta
    out: list[str] = []
    if meta.title:
        out += ["# " + escape_markdown(meta.title), ""]
    about = [escape_markdown(v) for v in (meta.byline, meta.site, meta.published) if v]
    if about:
        out += ["*" + " · ".join(about) + "*", ""]
    if meta.url:
        out += [f"<{meta.url}>" if _plain_url(meta.url) else escape_markdown(meta.url), ""]
    if meta.description:  # the standfirst: metadata, shown apart from the body
        out += ["> " + escape_inline(meta.description), ""]
    blocks: tuple[Block, ...] = article.blocks
    for index, block in enumerate(blocks):
        out.append(_block_markdown(block.kind, block.level, article.block_text(block)))
        next_kind = blocks[index + 1].kind if index + 1 < len(blocks) else None
        if not (block.kind == "list_item" and next_kind == "list_item"):
            out.append("")
    if facts:
        out += _facts(briefing)
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _plain_url(url: str) -> bool:
    return bool(re.fullmatch(r"https?://[^\s<>`]+", url))
