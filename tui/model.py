"""The data every face renders: one clean text string and offset spans into it.

Everything here is immutable and free of Textual, so a worker thread can build it
and any face (TUI, stdout, notes) can read it without copying or locking.
Offsets are code points into ``Article.text`` (half-open ``[start, end)``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

BLOCK_KINDS = ("paragraph", "heading", "list_item", "quote")
FIGURE_KINDS = (
    "count",
    "money",
    "percent",
    "date",
    "time",
    "duration",
    "age",
    "measure",
    "rank",
    "range",
    "score",
)
ENTITY_KINDS = ("person", "organization", "place", "group", "other")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range of code points in the article text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Block:
    """A structural unit of the article: one paragraph, heading, list item or quote.

    ``level`` is the heading level (1-6) for headings and 0 otherwise.
    """

    kind: str
    start: int
    end: int
    level: int = 0


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink kept from the article body; ``start``/``end`` locate its text."""

    text: str
    href: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Metadata:
    """What we know about the article apart from its body. Every string is sanitised."""

    title: str = ""
    byline: str | None = None
    site: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    url: str | None = None  # canonical URL when the page gives one, else the fetched URL
    source: str | None = None  # the trailing "Source: X" line, if any
    language: str | None = None
    description: str | None = None  # standfirst / meta description
    credits: tuple[str, ...] = ()  # "Reporting by ...; Editing by ..." lines


@dataclass(frozen=True, slots=True)
class Article:
    """The clean article: metadata, the body text and its blocks.

    ``location`` is what the user asked for (URL, path or ``-``).
    ``text`` is the body without the title; blocks are separated by blank lines.
    """

    meta: Metadata
    text: str
    blocks: tuple[Block, ...]
    location: str = ""
    links: tuple[Link, ...] = ()

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class Claimant:
    """Who states a figure: the words of the text, and the entity id when recognised."""

    text: str
    entity_id: str | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity stated in the text.

    ``start``/``end`` cover the number plus its unit or counted noun; ``qualifier``
    ("at least", "more than", ...) lies outside the span.
    """

    start: int
    end: int
    text: str
    kind: str
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    source: Claimant | None = None
    hedge: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A named person, organisation, place, group or other, with every mention."""

    id: str
    name: str
    kind: str
    mentions: tuple[Span, ...] = ()

    @property
    def count(self) -> int:
        return len(self.mentions)


@dataclass(frozen=True, slots=True)
class Briefing:
    """An article with its analysis. ``recogniser`` names the entity recogniser used."""

    article: Article
    figures: tuple[Figure, ...] = ()
    entities: tuple[Entity, ...] = ()
    recogniser: str | None = None
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Highlight:
    """A passage the reader marked, with their optional comment.

    ``text`` is kept beside the offsets so a note can find the passage again when
    the article text shifts between fetches.
    """

    start: int
    end: int
    text: str
    comment: str = ""
