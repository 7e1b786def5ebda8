"""A second look at readability's pick: article text it left out around it or inside it.

Readability scores paragraphs into their parent and grandparent and keeps the best box
with its close siblings, then drops boxes it scores down. An article split over nested
boxes (steps, sections, the parts between ad slots and inline promos) loses every part
that sits a level or two further out, and a step that is only a list, or a list of
points with linked names, is dropped from inside the pick. This check climbs from the
element that holds the pick and, level by level, takes the sibling boxes that read like
body text (sentences, few links, no linked headline) and look like more of the same
article (a twin of the pick's box, or paragraphs styled like its own); inside the pick
it puts back dropped twins of kept boxes and lists that sit between kept text.

It stops where a level is mostly something else (a page column of teasers, a footer),
at a page-level box (``body``, an ``article`` or ``main`` that is the pick's own frame,
the box that holds the headline), and it never looks inside boxes that the page marks as
boilerplate. A sibling with a headline of its own is another story, never more of this.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass

from lxml import etree

from tui.extraction_blocks import TextBlock, element_blocks, element_text
from tui.extraction_dom import DROP_ROLES, Paragraph, drop_element, is_marked

# Climb at most this many levels from the pick's container.
_LEVELS = 4
# A block is body text when it is a paragraph or quote of at least this many characters
# (a list item of any length) with at most this share of linked text.
_BODY_CHARS = 25
_BODY_LINKS = 0.3
# A sibling box is taken when body text is at least this share of its text (headings
# without links count for neither side) and links at most this share.
_BOX_BODY = 0.7
_BOX_LINKS = 0.2
# Climbing stops at a level whose other text outweighs its body text by this much.
_LEVEL_NOISE = 1.0
_LEVEL_NOISE_SLACK = 150
# Body text reads as sentences: a paragraph ends like one (a byline or a date line does
# not), unless it is long; list items and quotes count as they are.
_SENTENCE_END = re.compile(r"[.!?。！？…:;؟۔।॥։።။｡．][\"'”’»」』)\]]*$")
_LONG_BLOCK = 150
# A text this long (without spaces) found inside the article's text is already there.
_KNOWN_CHARS = 20
# Never climb past these: the page itself, or the frame of the whole article.
_FRAMES = frozenset({"html", "body"})
_SEMANTIC_FRAMES = frozenset({"article", "main"})
# Boxes never taken whole, and removed inside a taken box.
_NOT_BODY_TAGS = frozenset(
    {"aside", "nav", "footer", "form", "header", "figure", "figcaption", "button", "menu"}
)


@dataclass(slots=True)
class _Weighed:
    """Body, neutral (unlinked headings) and other characters of a run of blocks."""

    body: int = 0
    neutral: int = 0
    other: int = 0
    linked: int = 0

    @property
    def total(self) -> int:
        return self.body + self.neutral + self.other

    def add(self, other: _Weighed) -> None:
        self.body += other.body
        self.neutral += other.neutral
        self.other += other.other
        self.linked += other.linked


def _is_body(block: TextBlock) -> bool:
    """A paragraph or quote of mostly unlinked sentences, or an unlinked list item (a
    list of tools or ingredients is body text however short its items are)."""
    if block.link_density > _BODY_LINKS:
        return False
    if block.kind == "list_item":
        return len(block.text) >= 3
    if len(block.text) < _BODY_CHARS:
        return False
    if block.kind == "paragraph":
        return len(block.text) >= _LONG_BLOCK or bool(_SENTENCE_END.search(block.text))
    return True


def _weigh(blocks: list[TextBlock]) -> tuple[_Weighed, bool]:
    """Weigh blocks; the flag says a linked headline is among them (a teaser, not body)."""
    weighed = _Weighed()
    linked_headline = False
    for block in blocks:
        size = len(block.text)
        weighed.linked += block.link_chars
        if block.kind == "heading":
            if block.link_density > 0.5:
                linked_headline = True
                weighed.other += size
            else:
                weighed.neutral += size
        elif _is_body(block):
            weighed.body += size
        else:
            weighed.other += size
    return weighed, linked_headline


def _excluded(element: etree._Element) -> bool:
    """Never body text: a boilerplate box by name, role, tag or hiding."""
    if element.tag in _NOT_BODY_TAGS:
        return True
    role = (element.get("role") or "").lower()
    hidden = (element.get("aria-hidden") or "").lower() == "true" or element.get("hidden")
    return role in DROP_ROLES or bool(hidden) or is_marked(element)[0]


def _pruned(element: etree._Element) -> etree._Element | None:
    """A copy of a sibling box without its boilerplate boxes (None: it is one itself).

    Stricter than the cleanup of the pick: whatever the share of text, a marked box
    inside a sibling goes, because nothing here was part of readability's pick.
    """
    if not isinstance(element.tag, str) or _excluded(element):
        return None
    box = copy.deepcopy(element)
    box.tail = None
    doomed = [node for node in box.iterdescendants() if isinstance(node.tag, str)]
    for node in doomed:
        if _excluded(node):
            drop_element(node)
    return box


class _Known:
    """Texts already in the article. A text counts as known when it is one of them or,
    without spaces, part of their run: readability's copy of the page may cut or space a
    block differently (a code block split at its blank lines)."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = set(texts)
        self.run = "".join("".join(text.split()) for text in texts)

    def __contains__(self, text: str) -> bool:
        if text in self.texts:
            return True
        bare = "".join(text.split())
        return len(bare) >= _KNOWN_CHARS and bare in self.run

    def update(self, texts: list[str]) -> None:
        self.texts.update(texts)
        self.run += "".join("".join(text.split()) for text in texts)


Signature = tuple[str, str, str]


def _signature(paragraph: etree._Element) -> Signature:
    """How a paragraph is styled: its class and its parent's tag and class."""
    parent = paragraph.getparent()
    if parent is None:
        return (paragraph.get("class") or "", "", "")
    return (paragraph.get("class") or "", str(parent.tag), parent.get("class") or "")


def pick_signatures(container: etree._Element, seen: _Known) -> set[Signature]:
    """The styles of the pick's own paragraphs, found in the page tree."""
    found: set[Signature] = set()
    for paragraph in container.iter("p"):
        if element_text(paragraph) in seen:
            found.add(_signature(paragraph))
    return found


def _is_twin(box: etree._Element, node: etree._Element) -> bool:
    """Same tag and class as the box that holds the pick: a step or part of one article."""
    mark = node.get("class")
    return bool(mark) and box.tag == node.tag and box.get("class") == mark


def _resembles(
    box: etree._Element, body: int, node: etree._Element, signatures: set[Signature]
) -> bool:
    """Is a sibling box more of the same article: a twin of the box that holds the pick
    (same tag and class, as the steps or parts of one article are), or are most of its
    body characters in paragraphs styled like the pick's? An author's note, a caption
    strip or a teaser reads like body text too, but is styled apart."""
    if _is_twin(box, node):
        return True
    alike = sum(
        len(element_text(paragraph))
        for paragraph in box.iter("p")
        if _signature(paragraph) in signatures
    )
    return alike >= 0.5 * body


def _side_blocks(
    siblings: list[etree._Element],
    node: etree._Element,
    signatures: set[Signature],
    seen: _Known,
    url: str | None,
) -> tuple[list[TextBlock], _Weighed, _Weighed]:
    """The body-like boxes among siblings: their blocks, their weight, the rest's weight.

    Blocks already in the article (put back by an earlier rule) come along in their
    place, so that what is added keeps the page's order; they weigh nothing.
    """
    taken: list[TextBlock] = []
    kept = _Weighed()
    rest = _Weighed()
    for sibling in siblings:
        if not isinstance(sibling.tag, str):
            continue
        # Cheap look first: a box with a headline of its own (the next story of an
        # endless page), or that is no twin, has no paragraph styled like the pick's and
        # holds none of the article's text, is never taken.
        if sibling.find(".//h1") is not None or not (
            _is_twin(sibling, node)
            or any(_signature(paragraph) in signatures for paragraph in sibling.iter("p"))
            or _held_texts(sibling, seen)
        ):
            rest.other += len(element_text(sibling))
            continue
        box = _pruned(sibling)
        if box is None:
            rest.other += len(element_text(sibling))
            continue
        blocks = element_blocks(box, url)
        new = [block for block in blocks if block.text not in seen]
        if not new:
            taken.extend(blocks)
            continue
        weighed, _ = _weigh(new)
        if _takes(box, new) and _resembles(box, weighed.body, node, signatures):
            taken.extend(blocks)
            kept.add(weighed)
        else:
            rest.add(weighed)
    return taken, kept, rest


_TEXT_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "dd")


def _held_texts(element: etree._Element, known: _Known) -> list[str]:
    """The article's texts found in an element's text elements, in order (a quick look,
    without cutting the element into blocks)."""
    texts = (element_text(node) for node in element.iter(*_TEXT_TAGS))
    return [text for text in texts if text in known.texts]


def _has_linked_headline(box: etree._Element) -> bool:
    """A heading that is mostly a link, or inside one (a whole teaser card as a link)."""
    for heading in box.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        text = element_text(heading)
        if not text:
            continue
        if any(ancestor.tag == "a" for ancestor in heading.iterancestors()):
            return True
        if sum(len(element_text(link)) for link in heading.iter("a")) >= 0.5 * len(text):
            return True
    return False


def _takes(box: etree._Element, blocks: list[TextBlock]) -> bool:
    """Do a box's new blocks read like body text, without a linked headline?"""
    weighed, linked_headline = _weigh(blocks)
    unlinked = weighed.total - weighed.neutral
    return bool(
        weighed.body
        and not linked_headline
        and not _has_linked_headline(box)
        and weighed.body >= _BOX_BODY * unlinked
        and weighed.linked <= _BOX_LINKS * weighed.total
    )


def twins_inside(
    container: etree._Element, picked: list[TextBlock], url: str | None = None
) -> list[TextBlock]:
    """Put back boxes inside the pick's container that readability dropped whole while it
    kept their twins (same tag and class): a step of a how-to that is only a list, a part
    of the body with a few links. Each goes after the kept text that precedes it."""
    kept = _Known([block.text for block in picked])
    children = [child for child in container if isinstance(child.tag, str)]
    counts = Counter((child.tag, child.get("class")) for child in children if child.get("class"))
    if not any(count >= 2 for count in counts.values()):
        return picked
    blocks_of = {
        child: element_blocks(child, url)
        for child in children
        if counts.get((child.tag, child.get("class")), 0) >= 2
    }
    holders = {
        (child.tag, child.get("class"))
        for child, blocks in blocks_of.items()
        if any(block.text in kept for block in blocks)
    }
    if not holders:
        return picked
    result = list(picked)
    anchor: str | None = None
    for child in children:
        if child in blocks_of:
            held = [block.text for block in blocks_of[child] if block.text in kept]
        else:
            held = _held_texts(child, kept)
        if held:
            anchor = held[-1]
            continue
        if (child.tag, child.get("class")) not in holders:
            continue
        box = _pruned(child)
        if box is None:
            continue
        found = [block for block in element_blocks(box, url) if block.text not in kept]
        if not found or not _takes(box, found):
            continue
        at = next((i + 1 for i, block in enumerate(result) if block.text == anchor), 0)
        result[at:at] = found
        kept.update([block.text for block in found])
        anchor = found[-1].text
    return result


# A dropped list goes back when its items read like sentences: this many words on
# average, and at most this share of items mostly linked (a list of headlines is not).
_LIST_WORDS = 5
# A list without any link needs fewer (ingredients, tools): a menu is made of links.
_LIST_WORDS_UNLINKED = 2
_CONTROL_TAGS = ("video", "audio", "button", "select", "input")
_CONTROL_DEPTH = 5  # ... looked for in the list's nearest boxes only
_LIST_LINKED_ITEMS = 0.5
# ... and when it is at most this share of the article's length.
_LIST_SHARE = 0.5


def _is_control(element: etree._Element) -> bool:
    """A player or a widget: its lists are menus of settings, not text."""
    return any(element.find(f".//{tag}") is not None for tag in _CONTROL_TAGS)


def _list_blocks(
    element: etree._Element, container: etree._Element, kept: _Known, url: str | None
) -> list[TextBlock]:
    """The blocks of a list readability dropped from the article, or none when it is not
    article text: nested in an item, inside a boilerplate box or a player, partly kept
    already, a gallery, longer than half the article, or made of links rather than
    sentences."""
    if len(element_text(element)) > _LIST_SHARE * len(kept.run):
        return []
    for depth, node in enumerate(element.iterancestors()):
        if node is container:
            break
        if node.tag == "li" or _excluded(node) or (depth < _CONTROL_DEPTH and _is_control(node)):
            return []
    if any(element_text(item) in kept for item in element.iter("li")):
        return []
    if element.find(".//img") is not None or element.find(".//picture") is not None:
        return []  # a gallery: its items are captions
    previous = element.getprevious()
    if previous is not None and (
        previous.tag in ("figure", "img", "picture") or previous.find(".//img") is not None
    ):
        return []  # the caption of the picture before it
    box = _pruned(element)
    if box is None:
        return []
    blocks = [block for block in element_blocks(box, url) if block.kind == "list_item"]
    items = [item for item in box if item.tag == "li"]
    if not blocks or not items:
        return []
    words = sum(len(element_text(item).split()) for item in items) / len(items)
    linked = sum(1 for block in blocks if block.link_density >= 0.5)
    unlinked = box.find(".//a") is None
    if words < (_LIST_WORDS_UNLINKED if unlinked else _LIST_WORDS):
        return []
    if linked > _LIST_LINKED_ITEMS * len(blocks):
        return []
    return element_blocks(box, url)


def lists_inside(
    container: etree._Element, picked: list[TextBlock], url: str | None = None
) -> list[TextBlock]:
    """Put back lists inside the pick's container that readability dropped although they
    sit between kept text (a section that is a list of points under its heading), when
    their items read like sentences, links or not. Each goes after the kept text before."""
    kept = _Known([block.text for block in picked])
    found: list[tuple[str | None, list[TextBlock]]] = []
    pending: list[tuple[str | None, list[TextBlock]]] = []
    anchor: str | None = None
    inside: set[etree._Element] = set()
    for element in container.iter("ul", "ol", *_TEXT_TAGS):
        if element in inside:
            continue
        if element.tag in ("ul", "ol"):
            blocks = _list_blocks(element, container, kept, url)
            if blocks:
                pending.append((anchor, blocks))
                inside.update(element.iter())
            continue
        text = element_text(element)
        if text and text in kept.texts:
            found.extend(pending)  # kept text after the lists: they were in the article
            pending = []
            anchor = text
    if not found:
        return picked
    result = list(picked)
    for at_text, blocks in reversed(found):
        at = next((i + 1 for i, block in enumerate(result) if block.text == at_text), 0)
        result[at:at] = blocks
    return result


def widen_pick(
    container: etree._Element, picked: list[TextBlock], url: str | None = None
) -> list[TextBlock]:
    """The pick with the body-like boxes inside and around its container that readability
    left out, in the page's order."""
    picked = lists_inside(container, twins_inside(container, picked, url), url)
    head, tail = body_around_pick(container, picked, url)
    if not head and not tail:
        return picked
    moved = {block.text for block in head + tail}
    return head + [block for block in picked if block.text not in moved] + tail


def body_around_pick(
    container: etree._Element, picked: list[TextBlock], url: str | None = None
) -> tuple[list[TextBlock], list[TextBlock]]:
    """Body-like boxes around the pick's container that readability left out.

    Returns the blocks to put before and after the pick, in document order; blocks of
    the pick that sit in those boxes are among them.
    """
    seen = _Known([block.text for block in picked])
    signatures = pick_signatures(container, seen)
    head: list[TextBlock] = []
    tail: list[TextBlock] = []
    node = container
    for _ in range(_LEVELS):
        parent = node.getparent()
        if parent is None or node.tag in _SEMANTIC_FRAMES or parent.tag in _FRAMES:
            break
        if node.find(".//h1") is not None:
            break  # the box of the whole article: around it are other parts of the page
        before, before_kept, before_rest = _side_blocks(
            list(node.itersiblings(preceding=True))[::-1], node, signatures, seen, url
        )
        after, after_kept, after_rest = _side_blocks(
            list(node.itersiblings()), node, signatures, seen, url
        )
        body = before_kept.body + after_kept.body
        noise = before_rest.total + after_rest.total
        if noise > _LEVEL_NOISE * body + _LEVEL_NOISE_SLACK:
            break
        if body:
            head = before + head
            tail = tail + after
            seen.update([block.text for block in before + after])
        node = parent
    return head, tail


def boxed_weight(
    main: etree._Element, weight: int, paragraphs: list[Paragraph], url: str | None = None
) -> int:
    """The prose of the page's main-text element together with the boxes beside it that
    read like more of it, when it holds a single paragraph: on a page that puts every
    paragraph in a box of its own, one box is not the measure of its article."""
    if sum(1 for paragraph, _, _ in paragraphs if paragraph.getparent() is main) > 1:
        return weight
    blocks = widen_pick(main, element_blocks(main, url), url)
    prose = sum(len(block.text) - block.link_chars for block in blocks if block.kind != "heading")
    return max(weight, prose)
