"""HTML or plain text to article blocks, links and metadata.

The page is parsed once. Metadata is read from that tree first; readability-lxml then
picks the main block from it; general boilerplate rules prune the pick
(``extraction_dom``), which is cut into blocks (``extraction_blocks``); what readability
dropped from beside or inside the article (an intro box, bullet points) is put back, and
so are boxes further out that read like more of it (``extraction_candidates``); the
text rules of ``clean`` finish the job. When readability's pick is a teaser list or far
shorter than the page's main text, the page's own main-text element is used instead.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree
from readability import Document
from readability.readability import Unparseable

from tui.clean import CleanContext, clean_blocks, repair, split_headline, text_blocks
from tui.errors import NothingReadableError
from tui.extraction_blocks import HEADINGS, TextBlock, element_blocks
from tui.extraction_candidates import boxed_weight, widen_pick
from tui.extraction_dom import (
    Paragraph,
    drop_element,
    dropped_between,
    main_text_element,
    pick_container,
    preclean,
    prose_beside,
    prose_paragraphs,
    teaser_paragraphs,
)
from tui.metadata import PageMetadata, extract_metadata
from tui.model import Metadata

NOTHING_READABLE = "no readable article found on this page (use --full to see all of its text)"
NOTHING_VISIBLE = "the page has no visible text"

# Readability's pick is replaced when it holds less than this share of the page's main text.
_SHORT_PICK = 0.5
# ... or when this share of its text is short linked list items (a teaser list).
_TEASER_SHARE = 0.6


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
    """What extraction found, before sanitising and offset building.

    ``method`` says where the blocks came from: "readability", "main-text" (readability's
    pick was replaced), "text" (plain-text input) or "full" (the whole page).
    """

    blocks: list[RawBlock]
    meta: Metadata
    links: list[RawLink] = field(default_factory=list)
    method: str = "readability"


def parse_html(html: str) -> etree._Element:
    """Parse decoded HTML once; raise NothingReadableError for an empty document."""
    if not html.strip():
        raise NothingReadableError(NOTHING_VISIBLE)
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        # ValueError: a str with an XML encoding declaration; parse its bytes instead.
        try:
            root = lxml.html.document_fromstring(html.encode("utf-8", "replace"))
        except etree.ParserError as error:
            raise NothingReadableError(NOTHING_VISIBLE) from error
    return root


def _readability_blocks(root: etree._Element, url: str | None) -> list[TextBlock]:
    try:
        # Without a URL readability only applies <base href>; the few links we keep are
        # resolved against the page URL in extraction_blocks (saves rewriting every link).
        summary = Document(root).summary(html_partial=True)
    except Unparseable:
        return []
    if not summary.strip():
        return []
    try:
        fragment = lxml.html.fragment_fromstring(summary, create_parent="div")
    except (AssertionError, etree.ParserError, ValueError):
        return []  # lxml asserts on fragments without a body, e.g. "<html></html>"
    preclean(fragment)
    return element_blocks(fragment, url)


def _chars(blocks: list[TextBlock]) -> int:
    return sum(len(block.text) for block in blocks)


def _is_teaser_list(blocks: list[TextBlock]) -> bool:
    """Mostly short list items or headings that are links: other stories, not an article."""
    total = _chars(blocks)
    teasers = sum(
        len(block.text)
        for block in blocks
        if block.link_density >= 0.5 and len(block.text.split()) <= 30
    )
    return total > 0 and teasers >= _TEASER_SHARE * total


def needs_fallback(picked: list[TextBlock], main_weight: int) -> bool:
    """Is readability's pick a teaser list, or far shorter than the page's main text?

    ``main_weight`` is the prose held by the page's main-text element (see
    ``extraction_dom.main_text_element``).
    """
    prose = sum(len(block.text) - block.link_chars for block in picked)
    return _is_teaser_list(picked) or prose < _SHORT_PICK * main_weight


def better_fallback(picked: list[TextBlock], fallback: list[TextBlock]) -> bool:
    """Take the main-text element's blocks only when they are prose and longer."""
    if not fallback or _is_teaser_list(fallback):
        return False
    return _is_teaser_list(picked) or _chars(fallback) > _chars(picked)


def _restore_around_pick(
    root: etree._Element, paragraphs: list[Paragraph], picked: list[TextBlock], url: str | None
) -> list[TextBlock]:
    """Put back what readability dropped from the article: unmarked prose boxes right
    beside its pick (an intro box) and prose lists from inside it (bullet points)."""
    long = [block.text for block in picked if len(block.text) >= 80]
    container = pick_container(paragraphs, long[0], long[-1], root) if long else None
    if container is None:
        return picked
    seen = {block.text for block in picked}
    blocks = list(picked)
    for anchor, element in dropped_between(container, [block.text for block in blocks]):
        at = next(i for i, block in enumerate(blocks) if block.text == anchor)
        kind, level = (
            ("heading", HEADINGS[element.tag])
            if element.tag in HEADINGS
            else (
                "paragraph",
                0,
            )
        )
        blocks[at:at] = [
            TextBlock(kind, b.text, level, b.links, b.link_chars)
            for b in element_blocks(element, url)
        ]
    before, after = prose_beside(container)
    head = [b for element in before for b in element_blocks(element, url) if b.text not in seen]
    tail = [b for element in after for b in element_blocks(element, url) if b.text not in seen]
    return widen_pick(container, head + blocks + tail, url)


def _choose_blocks(root: etree._Element, url: str | None) -> tuple[list[TextBlock], str]:
    """Readability's pick, unless the page's main-text element is clearly the better one."""
    teasers = teaser_paragraphs(root)
    picked = [block for block in _readability_blocks(root, url) if block.text not in teasers]
    paragraphs = prose_paragraphs(root)
    main, main_weight = main_text_element(paragraphs)
    if main is not None:
        main_weight = boxed_weight(main, main_weight, paragraphs, url)
    if main is None or not needs_fallback(picked, main_weight):
        return _restore_around_pick(root, paragraphs, picked, url), "readability"
    preclean(main)
    fallback = widen_pick(main, element_blocks(main, url), url)
    if better_fallback(picked, fallback):
        return fallback, "main-text"
    return picked, "readability"


_WORDS = re.compile(r"\w+")


def headline_repeats_title(headline: str, title: str) -> bool:
    """Is the page's first <h1> a variant of the title shown above the article?

    Only then is it dropped from the body as a repeat; an <h1> that says something else
    (a section heading, a different headline) is text the reader would otherwise never
    see. Like Readability.js: at least 75% of the heading's text is words of the title.
    """
    words = _WORDS.findall(headline.casefold())
    if not words or not title:
        return False
    known = set(_WORDS.findall(title.casefold()))
    unknown = " ".join(word for word in words if word not in known)
    return len(unknown) <= 0.25 * len(" ".join(words))


def _to_extraction(
    blocks: list[TextBlock], page: PageMetadata, method: str, *, clean: bool = True
) -> Extraction:
    titles = [page.title]
    if headline_repeats_title(page.headline, page.title):
        titles.append(page.headline)
    if clean:
        context = CleanContext(titles, page.byline, page.description, page.standfirst_text)
        result = clean_blocks(blocks, context)
        kept, source, credits = result.blocks, result.source, tuple(result.credits)
    else:
        kept, source, credits = list(enumerate(blocks)), None, ()
    raw_blocks: list[RawBlock] = []
    links: list[RawLink] = []
    for _, block in kept:
        for text, href in block.links:
            links.append(RawLink(repair(text), href, len(raw_blocks)))
        raw_blocks.append(RawBlock(block.kind, block.text, block.level))
    meta = Metadata(
        title=page.title,
        byline=page.byline,
        site=page.site,
        published=page.published,
        url=page.url,
        source=source,
        language=page.language,
        description=page.description,
        credits=credits,
    )
    return Extraction(raw_blocks, meta, links, method)


_FEWEST_WORDS = 8
"""Fewer words than this, in no paragraph or heading, is a widget ("Cart (0)")."""


def _looks_like_no_article(
    blocks: list[RawBlock], links: list[RawLink], has_paragraphs: bool
) -> bool:
    """Nothing left, a few stray words outside any paragraph or heading (a shop, an
    app shell), or only links: a front page, a menu, a login wall."""
    if not blocks:
        return True
    words = sum(len(block.text.split()) for block in blocks)
    headed = any(block.kind == "heading" for block in blocks)
    if words < _FEWEST_WORDS and not (has_paragraphs or headed):
        return True
    total = sum(len(block.text) for block in blocks)
    linked = sum(len(link.text) for link in links)
    longest_prose = max(len(block.text.split()) for block in blocks)
    return linked >= 0.75 * total and longest_prose < 25


def extract_html(html: str, url: str | None = None) -> Extraction:
    """Extract the article of a decoded HTML page.

    Raises NothingReadableError when the page holds no article (the message points to
    ``--full``, which shows all of the page's text).
    """
    root = parse_html(html)
    page = extract_metadata(root, url)
    # Readability drops these too; dropping them first keeps their text out of every count.
    etree.strip_elements(root, "script", "style", "noscript", "template", with_tail=False)
    has_paragraphs = any(p.text_content().strip() for p in root.iter("p"))
    blocks, method = _choose_blocks(root, url)
    extraction = _to_extraction(blocks, page, method)
    if _looks_like_no_article(extraction.blocks, extraction.links, has_paragraphs):
        raise NothingReadableError(NOTHING_READABLE)
    return extraction


def extract_full(html: str, url: str | None = None) -> Extraction:
    """The whole page's visible text as blocks (``--full``): only artifacts are repaired."""
    root = parse_html(html)
    page = extract_metadata(root, url)
    for element in root.xpath("//*[@hidden] | //*[@aria-hidden='true']"):
        drop_element(element)
    body = root.find("body")
    blocks = element_blocks(body if body is not None else root, url)
    repaired = [dataclasses.replace(block, text=repair(block.text)) for block in blocks]
    extraction = _to_extraction([b for b in repaired if b.text], page, "full", clean=False)
    if not extraction.blocks:
        raise NothingReadableError(NOTHING_VISIBLE)
    return extraction


def extract_text(text: str) -> Extraction:
    """Plain text (for example a page someone already scraped): the same rules, per line."""
    headline, blocks = split_headline(text_blocks(text))
    return _to_extraction(blocks, PageMetadata(title=headline, headline=headline), "text")
