"""readability-lxml to blocks and metadata. The cleanup rules live in ``clean``."""

from __future__ import annotations

from dataclasses import dataclass, field

import lxml.html
from readability import Document

from tui.model import Metadata


@dataclass(frozen=True, slots=True)
class RawBlock:
    """A block before it is placed in the article text. ``text`` is not yet sanitised."""

    kind: str  # one of model.BLOCK_KINDS
    text: str
    level: int = 0


@dataclass(frozen=True, slots=True)
class RawLink:
    """A link found in a block: its text, target and the index of that block."""

    text: str
    href: str
    block: int


@dataclass(slots=True)
class Extraction:
    """What extraction found, before sanitising and offset building."""

    blocks: list[RawBlock]
    meta: Metadata
    links: list[RawLink] = field(default_factory=list)


_BLOCK_TAGS = {
    "p": "paragraph",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "li": "list_item",
    "blockquote": "quote",
    "pre": "paragraph",
}


def extract_html(html: str, url: str | None = None) -> Extraction:
    """Run readability-lxml on decoded HTML and split its pick into blocks."""
    document = Document(html, url=url)
    summary = document.summary(html_partial=True)
    root = lxml.html.fragment_fromstring(summary, create_parent="div")
    blocks: list[RawBlock] = []
    for element in root.iter(*_BLOCK_TAGS):
        if any(ancestor.tag in _BLOCK_TAGS for ancestor in element.iterancestors()):
            continue
        text = " ".join(element.text_content().split())
        if text:
            kind = _BLOCK_TAGS[element.tag]
            level = int(element.tag[1]) if kind == "heading" else 0
            blocks.append(RawBlock(kind, text, level))
    try:
        title = document.short_title()
    except Exception:  # lxml raises ParserError on empty documents
        title = ""
    return Extraction(blocks, Metadata(title=title, url=url))


def extract_text(text: str) -> Extraction:
    """Plain text: one paragraph per non-empty line."""
    blocks = [RawBlock("paragraph", line.strip()) for line in text.splitlines() if line.strip()]
    return Extraction(blocks, Metadata())
