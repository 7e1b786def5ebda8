"""Walk an HTML element into text blocks (paragraphs, headings, list items, quotes) and links.

Readability's pick and the ``--full`` page view both go through here. Text that sits
outside any ``<p>`` (bare text in a ``<div>``, ``<br>``-separated lines, table rows)
becomes its own block, so nothing the reader would see is silently dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

# Elements whose content is never article text.
SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "button",
        "select",
        "option",
        "input",
        "textarea",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "head",
        "title",
        "meta",
        "link",
    }
)

# Elements that start and end a block of text.
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "caption",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "details",
        "summary",
        "center",
        "hgroup",
        "address",
        "body",
        "html",
        "hr",
        *HEADINGS,
    }
)

# Inline elements that separate words (table cells) even though they do not end a block.
_SPACED_INLINE = frozenset({"td", "th"})
# Reference markers and section edit links: "free.[3]", "[citation needed]", "History[edit]".
# Links of the page's tooling, not words of the article; shingle scores and readers alike
# stumble on them.
_FOOTNOTE_MARK = re.compile(r"^\s*\[\s*[^\[\]]{1,30}\]\s*$")
_EDIT_LINK = re.compile(
    r"^\s*\[?\s*(?:edit|edit source|bearbeiten|quelltext bearbeiten|modifier|modifier le code|"
    r"editar|editar código-fonte|modifica|modifica wikitesto|编辑|編集|править|редактировать)"
    r"\s*\]?\s*$",
    re.I,
)


def _is_marker(element: etree._Element, tag: str, kind: str) -> bool:
    """A footnote marker in a <sup> or a section's "[edit]" link inside a heading."""
    if tag not in ("sup", "span", "a"):
        return False
    text = element.text_content()
    if tag == "sup":
        return bool(_FOOTNOTE_MARK.match(text))
    return kind == "heading" and bool(_EDIT_LINK.match(text))


# <br> is recorded as this marker, so the page's own source newlines (plain whitespace in
# HTML) never look like a line break; two <br> in a row end a paragraph.
_BR = "\u2029"
_LINE_BREAKS = re.compile(_BR + r"\s*" + _BR + r"[\s" + _BR + r"]*")
_LINK_SCHEMES = ("http://", "https://", "mailto:")


@dataclass(slots=True)
class TextBlock:
    """A block with its links as (text, href) and how many characters sit inside links."""

    kind: str
    text: str
    level: int = 0
    links: list[tuple[str, str]] = field(default_factory=list)
    link_chars: int = 0
    in_data_table: bool = False  # a cell or row of a table of data (see ``is_data_table``)

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


class _Builder:
    """Collects inline text and cuts it into blocks at block boundaries."""

    def __init__(self, base_url: str | None) -> None:
        self.base_url = base_url
        self.blocks: list[TextBlock] = []
        self.pieces: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.link_chars = 0
        self.data_table = False  # inside a table of data

    def add(self, text: str | None) -> None:
        if text:
            self.pieces.append(text)

    def flush(self, kind: str, level: int) -> None:
        if not self.pieces:
            return
        raw = "".join(self.pieces)
        self.pieces = []
        links, self.links = self.links, []
        link_chars, self.link_chars = self.link_chars, 0
        parts = [" ".join(part.replace(_BR, " ").split()) for part in _LINE_BREAKS.split(raw)]
        parts = [part for part in parts if part]
        for index, part in enumerate(parts):
            # Links and link density stay with the whole run; split runs share them.
            if index == 0:
                block = TextBlock(kind, part, level, links, link_chars, self.data_table)
            else:
                block = TextBlock(kind, part, level, in_data_table=self.data_table)
            self.blocks.append(block)
        if len(parts) > 1:
            # Re-attach each link to the part that holds its text.
            first = self.blocks[-len(parts)]
            pending, first.links = first.links, []
            total = len(" ".join(parts))
            for block in self.blocks[-len(parts) :]:
                block.links = [link for link in pending if link[0] in block.text]
                block.link_chars = round(link_chars * len(block.text) / max(total, 1))

    def link(self, text: str, href: str | None) -> None:
        text = " ".join(text.split())
        target = (href or "").strip().lower()
        if not text or not target or target.startswith("javascript:"):
            # An anchor without a target (readability-lxml empties "javascript:" ones)
            # leads nowhere: its words are read as text, as Readability.js does.
            return
        self.link_chars += len(text)
        if not href:
            return
        href = href.strip()
        if not href or href.startswith("#"):
            return
        if self.base_url:
            try:
                href = urljoin(self.base_url, href)
            except ValueError:
                return
        if not href.lower().startswith(_LINK_SCHEMES):
            return
        if self.base_url and href.split("#")[0] == self.base_url.split("#")[0]:
            return  # a link to this page itself (or what a "javascript:" link was turned into)
        self.links.append((text, href))


def _kind_for(tag: str, inherited: str) -> tuple[str, int]:
    if tag in HEADINGS:
        return "heading", HEADINGS[tag]
    if tag == "li" or tag in {"dt", "dd"}:
        return ("quote", 0) if inherited == "quote" else ("list_item", 0)
    if tag == "blockquote":
        return "quote", 0
    if tag == "p" and inherited in {"quote", "list_item"}:
        return inherited, 0
    if tag in {"p", "pre", "tr", "caption", "figcaption", "summary"}:
        return "paragraph", 0
    return inherited, 0


def _walk(element: etree._Element, builder: _Builder, kind: str, level: int) -> None:
    tag = element.tag
    if not isinstance(tag, str):  # comments and processing instructions
        builder.add(element.tail)
        return
    tag = tag.lower()
    if tag in SKIP_TAGS:
        builder.add(element.tail)
        return
    if _is_marker(element, tag, kind):
        builder.add(element.tail)
        return
    if tag == "br":
        builder.add(_BR)
        builder.add(element.tail)
        return
    if tag in BLOCK_TAGS:
        builder.flush(kind, level)
        inner_kind, inner_level = _kind_for(tag, kind)
        outer_table = builder.data_table
        if tag == "table":
            builder.data_table = is_data_table(element)
        if tag == "pre":
            builder.add(element.text_content().replace("\n", " "))
        else:
            builder.add(element.text)
            for child in element:
                _walk(child, builder, inner_kind, inner_level)
        builder.flush(inner_kind, inner_level)
        builder.data_table = outer_table
        builder.add(element.tail)
        return
    if tag in _SPACED_INLINE:
        builder.add(" ")
    if tag == "a":
        start = len(builder.pieces)
        builder.add(element.text)
        for child in element:
            _walk(child, builder, kind, level)
        builder.link("".join(builder.pieces[start:]), element.get("href"))
    else:
        builder.add(element.text)
        for child in element:
            _walk(child, builder, kind, level)
    if tag in _SPACED_INLINE:
        builder.add(" ")
    builder.add(element.tail)


def is_data_table(table: etree._Element) -> bool:
    """A table of data, not of layout: its cells are article text whatever they say
    (a column headed "Comment", a cell reading "Email" or a date).

    The signs Readability.js uses: header cells, a caption or summary, or a grid larger
    than a couple of cells per row; a table holding another table lays out a page.
    """
    if (table.get("role") or "").lower() == "presentation" or table.get("datatable") == "0":
        return False
    if table.get("summary") or "".join(table.xpath("string(./caption)").split()):
        return True
    if table.xpath(".//th | .//thead | .//tfoot | .//col | .//colgroup"):
        return not table.xpath(".//table")
    if table.xpath(".//table"):
        return False
    rows = table.xpath(".//tr")
    columns = max((len(row.xpath("./td | ./th")) for row in rows), default=0)
    if len(rows) <= 1 or columns <= 1:
        return False
    return len(rows) >= 10 or columns > 4 or len(rows) * columns > 10


def element_text(element: etree._Element) -> str:
    """An element's whole text with its runs of whitespace made single spaces."""
    return " ".join(element.text_content().split())


def element_blocks(element: etree._Element, base_url: str | None = None) -> list[TextBlock]:
    """Every block of visible text under ``element``, in document order."""
    builder = _Builder(base_url)
    builder.add(element.text)
    for child in element:
        _walk(child, builder, "paragraph", 0)
    builder.flush("paragraph", 0)
    return builder.blocks
