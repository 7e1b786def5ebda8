"""Page-tree rules: pruning readability's pick, and the page's own view of its article.

Readability scores paragraphs well but keeps what sits among them: screen-reader labels,
captions, related-story boxes, share rows, bylines. Those are marked by the page itself
(element names, ``class``/``id`` words, ARIA roles), so ``preclean`` removes them by
general words, never by site. Every removal is guarded: an element holding a large share
of the paragraph text is never removed, whatever its class says.

The rest looks at the page around the pick: its main-text element (for the fallback),
teaser cards, prose boxes beside the pick and prose lists readability dropped inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from tui.extraction_blocks import BLOCK_TAGS, element_text

# class/id words (split on space, "-" and "_") that mark boilerplate containers.
_BOILERPLATE_WORDS = frozenset(
    """
    related recommended recommendations recommend more-on moreon most-read mostread popular
    trending newsletter newsletters subscribe subscription signup sign-up optin share shares
    sharing sharebar sharetools social socials social-links comments comment-list respond
    disqus advert adverts advertisement advertising ad ads adslot ad-slot dfp gpt promo
    promos cookie cookies consent gdpr breadcrumb breadcrumbs byline bylines author authors
    dateline timestamp pubdate published-date article-date post-date entry-date tags
    tag-list taglist keywords outbrain taboola read-more readmore also-read further-reading
    next-article prev-next pagination toolbar tools print-button caption captions credit
    credits copyright wp-caption-text figcaption sr-only sr-text screen-reader-text
    screen-reader-only screenreader visually-hidden visuallyhidden u-visually-hidden
    offscreen element-invisible
    """.split()  # noqa: SIM905
)
_SCREEN_READER = frozenset(
    """
    sr-only sr-text screen-reader-text screen-reader-only screenreader visually-hidden
    visuallyhidden u-visually-hidden offscreen element-invisible
    """.split()  # noqa: SIM905
)
_SEPARATORS = re.compile(r"[\s_]+")
DROP_ROLES = frozenset(
    {"navigation", "contentinfo", "banner", "search", "dialog", "alertdialog", "complementary"}
)
_DROP_TAGS = frozenset({"nav", "form", "footer", "figcaption", "button", "select", "textarea"})
_NEVER_DROP = frozenset({"html", "body", "main", "article"})
_SUBSTANTIAL = 80  # characters: a paragraph at least this long is real prose


_NEGATIONS = frozenset({"no", "not", "non", "without"})


def _marks(element: etree._Element) -> Iterator[str]:
    """The words of ``class`` and ``id``, whole and split at hyphens."""
    for value in (element.get("class"), element.get("id")):
        if not value:
            continue
        negated = False
        for token in _SEPARATORS.split(value.lower()):
            if not token:
                continue
            # "no_caption", "no-ads", "without-comments" say the thing is absent.
            if negated or token in _NEGATIONS:
                negated = token in _NEGATIONS
                continue
            if token.split("-")[0] in _NEGATIONS:
                continue
            yield token
            if "-" in token:
                parts = token.split("-")
                yield from parts
                # "article-more-on" -> also "more-on"
                yield from ("-".join(parts[i : i + 2]) for i in range(len(parts) - 1))


# Word stems glued to other words in class names ("jp-relatedposts", "sharedaddy").
_BOILERPLATE_STEMS = (
    "related",
    "recommend",
    "newsletter",
    "outbrain",
    "taboola",
    "advert",
    "sharedaddy",
    "sharing",
    "breadcrumb",
)


def is_marked(element: etree._Element) -> tuple[bool, bool]:
    """(looks like boilerplate, is screen-reader-only text)."""
    boiler = screen_reader = False
    for word in _marks(element):
        if word in _SCREEN_READER:
            screen_reader = True
        if word in _BOILERPLATE_WORDS or word.startswith(_BOILERPLATE_STEMS):
            boiler = True
    return boiler, screen_reader


Paragraph = tuple[etree._Element, str, int]


def prose_paragraphs(root: etree._Element) -> list[Paragraph]:
    """Each substantial, mostly unlinked paragraph with its text and length."""
    found: list[Paragraph] = []
    for paragraph in root.iter("p", "pre"):
        text = element_text(paragraph)
        if len(text) < _SUBSTANTIAL:
            continue
        linked = sum(len(a.text_content()) for a in paragraph.iter("a"))
        if linked <= 0.3 * len(text):
            found.append((paragraph, text, len(text)))
    return found


def paragraph_weights(root: etree._Element) -> dict[etree._Element, int]:
    """Characters of substantial paragraph text under each element (any depth)."""
    weights: dict[etree._Element, int] = {}
    for paragraph, _, text_length in prose_paragraphs(root):
        for ancestor in paragraph.iterancestors():
            weights[ancestor] = weights.get(ancestor, 0) + text_length
    return weights


def preclean(root: etree._Element) -> None:
    """Remove boilerplate elements from a page tree or readability's pick, in place."""
    weights = paragraph_weights(root)
    total = max(weights.get(root, 0), 1)
    doomed: list[etree._Element] = []
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str) or tag in _NEVER_DROP:
            continue
        boiler, screen_reader = is_marked(element)
        # Class words only mark containers: an inline "dateline" or "keywords" link inside
        # a paragraph is part of the sentence.
        boiler = boiler and (tag in BLOCK_TAGS or _fills_its_block(element))
        role = (element.get("role") or "").lower()
        hidden = (element.get("aria-hidden") or "").lower() == "true"
        if not (boiler or screen_reader or hidden or role in DROP_ROLES or tag in _DROP_TAGS):
            continue
        weight = weights.get(element, 0)
        if (screen_reader and weight == 0) or (
            weight <= 0.25 * total and (weight < 1500 or tag in ("form", "footer"))
        ):
            doomed.append(element)
    gone: set[etree._Element] = set()
    text_total = _text_length(root) if doomed else 0
    for element in doomed:
        if element in gone or any(ancestor in gone for ancestor in element.iterancestors()):
            continue
        if element.find(".//h1") is not None and element.tag != "nav":
            continue
        if _text_length(element) > 0.5 * text_total:
            continue  # most of the text, whatever its class says (articles without <p>)
        gone.add(element)
        drop_element(element)


def _fills_its_block(element: etree._Element) -> bool:
    """An inline element that is all the text of its parent (a caption in a bare <span>)."""
    parent = element.getparent()
    if parent is None:
        return False
    own = "".join(element.text_content().split())
    return bool(own) and own == "".join(parent.text_content().split())


def _text_length(element: etree._Element) -> int:
    return len("".join(element.text_content().split()))


def drop_element(element: etree._Element) -> None:
    """Remove an element but keep its tail text in place."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def main_text_element(paragraphs: list[Paragraph]) -> tuple[etree._Element | None, int]:
    """The element whose own paragraphs hold the most substantial text, and that amount.

    Only direct children count, so a page of many teasers spread over many boxes does
    not outweigh one article; an article split over sibling boxes is underestimated,
    which only makes the fallback more cautious.
    """
    weights: dict[etree._Element, int] = {}
    for paragraph, _, text_length in paragraphs:
        parent = paragraph.getparent()
        if parent is not None:
            weights[parent] = weights.get(parent, 0) + text_length
    if not weights:
        return None, 0
    best = max(weights, key=weights.__getitem__)
    return best, weights[best]


_CARD_LIMIT = 400  # characters: a teaser card is a headline and a line or two


def _card(element: etree._Element) -> etree._Element | None:
    """The nearest ancestor (three levels at most) repeated as a sibling: a card in a grid."""
    for ancestor in list(element.iterancestors())[:3]:
        parent = ancestor.getparent()
        mark = ancestor.get("class")
        if parent is None or not mark:
            continue
        twins = sum(
            1 for sibling in parent if sibling.tag == ancestor.tag and sibling.get("class") == mark
        )
        if twins >= 3:
            return ancestor
    return None


def teaser_paragraphs(root: etree._Element) -> set[str]:
    """Texts of the paragraphs inside teaser cards: repeated same-class boxes, each with a
    linked headline and little else. Readability sometimes keeps their summaries."""
    found: set[str] = set()
    for heading in root.xpath("//h2[.//a]|//h3[.//a]|//h4[.//a]|//a[.//h2 or .//h3 or .//h4]"):
        card = _card(heading)
        if card is None:
            continue
        if len(element_text(card)) > _CARD_LIMIT:
            continue
        for paragraph in card.iter("p"):
            text = element_text(paragraph)
            if text:
                found.add(text)
    return found


_NOT_PROSE_TAGS = frozenset({"aside", "nav", "footer", "form", "header", "figure", "ul", "ol"})


def _is_prose_box(element: etree._Element) -> bool:
    """Unmarked article-like text: substantial paragraphs, few links."""
    if not isinstance(element.tag, str) or element.tag in _NOT_PROSE_TAGS:
        return False
    if element.find(".//h1") is not None:
        return False  # a box with a headline of its own: the next story, not more of this
    if any(is_marked(node)[0] for node in element.iter() if isinstance(node.tag, str)):
        return False
    text_length = len(element_text(element))
    linked = sum(len(a.text_content()) for a in element.iter("a"))
    prose = sum(length for _, _, length in prose_paragraphs(element))
    return prose >= 160 and prose >= 0.7 * text_length and linked <= 0.15 * text_length


def pick_container(
    paragraphs: list[Paragraph], first: str, last: str, root: etree._Element | None = None
) -> etree._Element | None:
    """The page element that holds readability's pick, found from the texts of the pick's
    first and last long paragraphs (readability hands back a copy, not the element)."""
    found: dict[str, etree._Element] = {}
    for paragraph, text, _ in paragraphs:
        if text in (first, last):
            found.setdefault(text, paragraph)
    if (first not in found or last not in found) and root is not None:
        # A pick of table rows or list items (a list article): find those elements,
        # comparing without spaces (cells are joined with one in the pick).
        # An item's text may go on in a nested list the pick holds apart: match its start.
        wanted = {"".join(first.split()): first, "".join(last.split()): last}
        for element in root.iter("tr", "li", "dd", "blockquote"):
            own = "".join(element.text_content().split())
            for key, text in wanted.items():
                if own.startswith(key):
                    found.setdefault(text, element)
    if first not in found or last not in found:
        return None
    end_ancestors = set(found[last].iterancestors())
    return next((a for a in found[first].iterancestors() if a in end_ancestors), None)


def prose_beside(container: etree._Element) -> tuple[list, list]:
    """Prose boxes that readability left next to its pick (an intro box, a second part).

    The search climbs at most two levels from the pick's container. Returns the elements
    before and after the pick, in document order.
    """
    before: list[etree._Element] = []
    after: list[etree._Element] = []
    for _ in range(3):
        if container is None or container.tag in ("html", "body", "main", "article"):
            break
        before = [s for s in container.itersiblings(preceding=True) if _is_prose_box(s)][::-1]
        after = [s for s in container.itersiblings() if _is_prose_box(s)]
        if before or after:
            break
        container = container.getparent()
    return before, after


_BLOCK_TEXT_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "li")


_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _inside_boilerplate(element: etree._Element, container: etree._Element) -> bool:
    for node in (element, *element.iterancestors()):
        if node is container:
            return False
        if node.tag in _NOT_PROSE_TAGS or is_marked(node)[0]:
            return True
    return True  # not inside the container at all


def _is_prose(element: etree._Element, text: str) -> bool:
    """A mostly unlinked <p>, of any length: a short one ("He said:") may sit in a run."""
    if element.tag != "p":
        return False
    return sum(len(a.text_content()) for a in element.iter("a")) <= 0.3 * len(text)


def _lead_text(element: etree._Element) -> str:
    """The text of an element up to its first nested block (a list inside a list item)."""
    pieces = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag in BLOCK_TAGS:
            break
        pieces.append(child.text_content() if isinstance(child.tag, str) else "")
        pieces.append(child.tail or "")
    return " ".join("".join(pieces).split())


def dropped_between(
    container: etree._Element, kept_texts: list[str]
) -> list[tuple[str, etree._Element]]:
    """Subheadings and prose paragraphs inside the pick's container that readability
    dropped (it drops headings that are links, such as self-links to the section, headings
    alone in a box, and boxes whose class it scores down), each with the text of the kept
    block that follows. One counts only when it sits between kept text: one next to text
    readability dropped (a related box, a video player, a sidebar) stays out.
    """
    kept = {text for text in kept_texts if text}
    kept_run = " ".join(kept_texts)
    found: list[tuple[str, etree._Element]] = []
    pending: list[etree._Element] = []
    after_kept = True  # the start of the container counts as kept
    inside: etree._Element | None = None  # the text element being read
    for element in container.iter():
        if not isinstance(element.tag, str):
            continue
        if inside is not None and inside in element.iterancestors():
            continue
        if element.tag in _BLOCK_TEXT_TAGS:
            inside = element
            text = element_text(element)
            if element.tag == "li" and text not in kept:
                text = _lead_text(element)  # an item the pick splits at its nested list
            loose = " ".join((element.tail or "").split())
        else:
            text = ""
            loose = " ".join(f"{element.text or ''} {element.tail or ''}".split())
        if text in kept:
            found.extend((text, heading) for heading in pending)
            pending, after_kept = [], True
        elif (
            text
            and (element.tag in _SUBHEADINGS or _is_prose(element, text))
            and (after_kept or pending)
        ):
            if not _inside_boilerplate(element, container):
                pending.append(element)
        elif text:
            pending, after_kept = [], False
        if loose and loose not in kept_run:
            pending, after_kept = [], False
    return found
