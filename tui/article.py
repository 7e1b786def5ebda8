"""Assemble the one clean text string and its block and link offsets."""

from __future__ import annotations

import dataclasses

from tui.extract import Extraction
from tui.model import Article, Block, Link, Metadata
from tui.sanitize import sanitize, sanitize_optional

BLOCK_SEPARATOR = "\n\n"


def sanitize_metadata(meta: Metadata) -> Metadata:
    """Sanitise every string field of the metadata (they all come from the page)."""
    changes: dict[str, object] = {}
    for item in dataclasses.fields(meta):
        value = getattr(meta, item.name)
        if isinstance(value, str):
            changes[item.name] = sanitize_optional(value)
        elif isinstance(value, tuple):
            changes[item.name] = tuple(filter(None, map(sanitize_optional, value)))
    changes["title"] = changes.get("title") or ""
    return dataclasses.replace(meta, **changes)


def build_article(extraction: Extraction, location: str) -> Article:
    """Sanitise the blocks, join them with blank lines and record offsets."""
    parts: list[str] = []
    blocks: list[Block] = []
    starts: list[int] = []
    position = 0
    for raw in extraction.blocks:
        text = " ".join(sanitize(raw.text).split())
        if not text:
            starts.append(-1)
            continue
        if parts:
            position += len(BLOCK_SEPARATOR)
        starts.append(position)
        parts.append(text)
        blocks.append(Block(raw.kind, position, position + len(text), raw.level))
        position += len(text)
    body = BLOCK_SEPARATOR.join(parts)
    links = _place_links(extraction, body, starts)
    return Article(sanitize_metadata(extraction.meta), body, tuple(blocks), location, links)


def _place_links(extraction: Extraction, body: str, starts: list[int]) -> tuple[Link, ...]:
    links: list[Link] = []
    cursor: dict[int, int] = {}
    for raw in extraction.links:
        if raw.block >= len(starts) or starts[raw.block] < 0:
            continue
        text = " ".join(sanitize(raw.text).split())
        href = sanitize(raw.href).strip()
        if not text or not href:
            continue
        block_start = starts[raw.block]
        found = body.find(text, cursor.get(raw.block, block_start))
        if found < 0:
            continue
        cursor[raw.block] = found + len(text)
        links.append(Link(text, href, found, found + len(text)))
    return tuple(links)


def build_raw_article(text: str, location: str) -> Article:
    """``--raw``: the input is the text; only sanitised. Each non-blank line is a block."""
    clean = sanitize(text)
    blocks: list[Block] = []
    position = 0
    for line in clean.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped[0])
            blocks.append(Block("paragraph", start, start + len(stripped)))
        position += len(line) + 1
    return Article(Metadata(), clean, tuple(blocks), location)
