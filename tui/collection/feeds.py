"""RSS and Atom feeds: recognised by their content, read with feedparser.

A feed is a list of links; each entry becomes one source of the briefing. Entry titles
come from the page author, so they are sanitised like any page text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from tui.errors import NothingReadableError
from tui.sanitize import sanitize
from tui.sources import RawDocument, is_url

MAX_FEED_ENTRIES = 200
"""A briefing is read by a person: more entries than this are cut, with a warning."""

_FEED_ROOT = re.compile(
    rb"""\A\s*
    (?:<\?xml[^>]*\?>\s*)?
    (?:(?:<!--.*?-->|<!DOCTYPE[^>]*>|<\?[^>]*\?>)\s*)*
    <(?:[A-Za-z_][\w.-]*:)?(?:rss|feed|RDF)\b""",
    re.DOTALL | re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed: where the article is and what the feed calls it."""

    link: str
    title: str = ""
    published: str | None = None


def _head_bytes(data: bytes) -> bytes:
    """The first bytes as ASCII-compatible bytes (UTF-16 feeds are re-encoded)."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    return head.removeprefix(b"\xef\xbb\xbf")


def is_feed(raw: RawDocument) -> bool:
    """True when the document's root element is an RSS, Atom or RDF (RSS 1.0) feed."""
    return bool(_FEED_ROOT.match(_head_bytes(raw.data)))


_FEED_PATH = re.compile(r"(?:\.(?:xml|rss|atom|rdf)|/(?:feeds?|rss|atom)(?:/|\.\w+)?)$", re.I)


def probably_feed(location: str) -> bool:
    """Whether to open ``location`` as a briefing before reading it: a local file is
    sniffed exactly (its first bytes), a URL judged by its path (``.xml``, ``.rss``,
    ``/feed``...), since fetching it first would delay the interface."""
    if location == "-":
        return False
    if is_url(location):
        return bool(_FEED_PATH.search(urlsplit(location).path))
    try:
        with Path(location).expanduser().open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return is_feed(RawDocument(head, location))


def _resolve(link: str, raw: RawDocument) -> str | None:
    """Entry links relative to the feed: against its URL, or its folder for a local file.

    A feed fetched from the web may only point at http(s) pages, never at local files.
    """
    if raw.url or is_url(raw.location):
        absolute = urljoin(raw.url or raw.location, link)
        return absolute if urlsplit(absolute).scheme in ("http", "https") else None
    if is_url(link):
        return link
    if raw.location not in ("", "-"):
        return str(Path(raw.location).expanduser().parent / link)
    return link


@dataclass(frozen=True, slots=True)
class Feed:
    title: str
    entries: list[FeedEntry]


def feed_entries(raw: RawDocument) -> list[FeedEntry]:
    """The feed's entries with a link, in feed order (see ``read_feed``)."""
    return read_feed(raw).entries


def read_feed(raw: RawDocument) -> Feed:
    """The feed's title and entries with a link, in feed order, at most ``MAX_FEED_ENTRIES``.

    Raises NothingReadableError when the feed has no entry with a link.
    """
    import feedparser

    parsed = feedparser.parse(raw.data)
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link:
            continue
        link = _resolve(sanitize(link), raw)
        if link is None or link in seen:
            continue
        seen.add(link)
        published = entry.get("published") or entry.get("updated")
        entries.append(
            FeedEntry(
                link=link,
                title=sanitize(entry.get("title") or ""),
                published=sanitize(published) if published else None,
            )
        )
        if len(entries) >= MAX_FEED_ENTRIES:
            break
    if not entries:
        raise NothingReadableError(f"the feed {raw.location} has no entries with a link")
    return Feed(sanitize(parsed.feed.get("title") or ""), entries)
