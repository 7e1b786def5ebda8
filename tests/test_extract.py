"""Extraction on fixture pages, one per boilerplate family, and on the fallback paths.

Every fixture page carries the same six article paragraphs (fixtures/extract/article.txt)
among one family of boilerplate; the body must come out as exactly those paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from readability import Document

from tui.errors import NothingReadableError
from tui.extract import (
    better_fallback,
    extract_full,
    extract_html,
    extract_text,
    needs_fallback,
)
from tui.extraction_blocks import TextBlock, is_data_table

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
URL = "https://example.com/news/ferry"
PARAGRAPHS = [line for line in (FIXTURES / "article.txt").read_text().splitlines() if line]


def body(name: str) -> list[str]:
    return [block.text for block in extract_html((FIXTURES / name).read_text(), URL).blocks]


@pytest.mark.parametrize(
    "fixture",
    [
        "related.html",
        "screen_reader.html",
        "navigation.html",
        "captions.html",
        "share.html",
        "comments.html",
        "header_lines.html",
        "credits.html",
        "links.html",
        "metadata.html",
        "metadata_minimal.html",
    ],
)
def test_body_is_exactly_the_article_paragraphs(fixture: str) -> None:
    assert body(fixture) == PARAGRAPHS


def test_boilerplate_words_never_reach_the_body() -> None:
    text = " ".join(
        " ".join(body(name))
        for name in ("related.html", "screen_reader.html", "share.html", "comments.html")
    ).lower()
    for phrase in (
        "related stories",
        "most read",
        "list of",
        "end of list",
        "advertisement",
        "newsletter",
        "cookies",
        "leave a reply",
        "whatsapp",
        "read more",
    ):
        assert phrase not in text


def test_source_line_and_credits_move_to_metadata() -> None:
    extraction = extract_html((FIXTURES / "credits.html").read_text(), URL)
    assert extraction.meta.source == "Reuters"
    assert extraction.meta.credits == (
        "Reporting by Jane Roe in Sydney; Additional reporting by Sam Lee; Editing by John Doe",
    )


def test_standfirst_is_description_not_body() -> None:
    extraction = extract_html((FIXTURES / "metadata.html").read_text(), URL)
    assert extraction.meta.description == (
        "Three new routes will link the northern suburbs with the business district."
    )
    assert all("Three new routes will link" not in block.text for block in extraction.blocks)


def test_first_heading_unlike_the_title_stays_in_the_body() -> None:
    # The page's only <h1> heads the article's first section; the title shown above the
    # article is the <title>, so dropping the <h1> as a repeated headline would lose it.
    extraction = extract_html((FIXTURES / "section_h1.html").read_text(), URL)
    assert extraction.meta.title == "Harbour ferry service to expand with three new routes"
    assert [block.text for block in extraction.blocks if block.kind == "heading"] == [
        "What the council decided",
        "What happens next",
    ]
    # A headline that repeats the title is still dropped (see metadata_minimal.html).
    assert body("metadata_minimal.html")[0] == PARAGRAPHS[0]


def test_class_names_that_negate_a_boilerplate_word_keep_their_text() -> None:
    # "no_caption" and "no-ads" mark boxes without a caption or ads; a real "caption"
    # box still goes.
    assert body("negated_marks.html") == PARAGRAPHS


def test_links_are_absolute_and_point_into_their_block() -> None:
    extraction = extract_html((FIXTURES / "links.html").read_text(), URL)
    found = [(link.text, link.href, link.block) for link in extraction.links]
    # javascript: and same-page fragment links are not worth listing.
    assert found == [
        ("a regional transport grant", "https://transport.example.org/grants?id=7", 1),
        ("the council's own consultants", "https://example.com/reports/ferry-study", 3),
    ]
    for link in extraction.links:
        assert link.text in extraction.blocks[link.block].text


def test_intro_box_beside_readabilitys_pick_is_kept() -> None:
    # readability-lxml alone returns only the four paragraphs of "more-content".
    html = (FIXTURES / "intro_box.html").read_text()
    assert PARAGRAPHS[0] not in Document(html).summary(html_partial=True)
    assert body("intro_box.html") == PARAGRAPHS


def test_prose_list_dropped_by_readability_is_put_back_in_place() -> None:
    html = (FIXTURES / "dropped_list.html").read_text()
    assert "first route" not in Document(html).summary(html_partial=True)
    blocks = extract_html(html, URL).blocks
    assert [block.kind for block in blocks] == ["paragraph"] * 2 + ["list_item"] * 3 + [
        "paragraph"
    ] * 4
    assert blocks[2].text == "The first route will link the northern wharf with the city centre."
    assert [block.text for block in blocks if block.kind == "paragraph"] == PARAGRAPHS


def test_section_headings_dropped_by_readability_are_put_back_in_place() -> None:
    html = (FIXTURES / "section_links.html").read_text()
    assert "Crowded bridges" not in Document(html).summary(html_partial=True)
    blocks = extract_html(html, URL).blocks
    assert [(block.kind, block.text) for block in blocks if block.kind == "heading"] == [
        ("heading", "Crowded bridges"),
        ("heading", "What happens next"),
    ]
    assert blocks[2].text == "Crowded bridges"
    assert blocks[5].text == "What happens next"
    # A linked heading next to text readability dropped (a box of links) stays out.
    assert [block.text for block in blocks if block.kind == "paragraph"] == PARAGRAPHS


def test_introduction_beside_a_table_pick_is_kept() -> None:
    # readability-lxml picks the table of a list article and leaves out its introduction.
    html = (FIXTURES / "table_list.html").read_text()
    assert "has published the list" not in Document(html).summary(html_partial=True)
    blocks = [block.text for block in extract_html(html, URL).blocks]
    assert blocks[0].startswith("The council has published the list of stops")
    assert blocks[1] == "Stop Opens What is planned"
    assert len(blocks) == 11
    assert all("Weather" not in text for text in blocks)


def test_headings_of_a_post_written_as_lists_are_put_back() -> None:
    # The pick is list items only, the first with a nested list; readability-lxml drops
    # the self-linked section headings.
    html = (FIXTURES / "list_post.html").read_text()
    assert "Fixes this week" not in Document(html).summary(html_partial=True)
    blocks = extract_html(html, URL).blocks
    assert [block.kind for block in blocks] == ["heading"] + ["list_item"] * 4 + ["heading"] + [
        "list_item"
    ] * 2
    assert (blocks[0].text, blocks[5].text) == ("News", "Fixes this week")


def test_paragraph_readability_dropped_between_kept_ones_is_put_back() -> None:
    html = (FIXTURES / "scored_down_box.html").read_text()
    assert PARAGRAPHS[3] not in Document(html).summary(html_partial=True)
    assert body("scored_down_box.html") == PARAGRAPHS


def test_short_paragraph_readability_dropped_in_a_run_is_put_back_too() -> None:
    # A short paragraph after the long one no longer ends the run of dropped prose.
    html = (FIXTURES / "scored_down_pair.html").read_text()
    assert "three reasons" not in Document(html).summary(html_partial=True)
    reasons = "The council gave three reasons:"
    assert body("scored_down_pair.html") == [*PARAGRAPHS[:4], reasons, *PARAGRAPHS[4:]]


def test_teaser_cards_kept_by_readability_are_dropped() -> None:
    # readability-lxml merges the sibling grid of teaser cards into its pick.
    assert body("teaser_fallback.html") == [" ".join(PARAGRAPHS[:3])]


def test_teaser_list_pick_falls_back_to_main_text() -> None:
    teasers = [
        TextBlock("list_item", f"Another story number {i} about the city", link_chars=38)
        for i in range(10)
    ]
    article = [TextBlock("paragraph", PARAGRAPHS[0])]
    assert needs_fallback(teasers, main_weight=len(PARAGRAPHS[0]))
    assert better_fallback(teasers, article)
    assert not better_fallback(article, teasers)


def test_short_pick_falls_back_only_to_longer_prose() -> None:
    short = [TextBlock("paragraph", "A caption-sized pick of a few words.")]
    article = [TextBlock("paragraph", text) for text in PARAGRAPHS]
    weight = sum(len(text) for text in PARAGRAPHS)
    assert needs_fallback(short, weight)
    assert better_fallback(short, article)
    assert not needs_fallback(article, weight)


def test_page_without_article_says_so_and_points_to_full() -> None:
    html = (FIXTURES / "no_article.html").read_text()
    with pytest.raises(NothingReadableError, match="--full") as caught:
        extract_html(html, URL)
    assert caught.value.exit_code == 8
    assert "no readable article" in str(caught.value)
    full = extract_full(html, URL)
    texts = [block.text for block in full.blocks]
    assert "Section 1 of the site" in texts and "© 2026 The Daily Example" in texts
    assert full.method == "full"


@pytest.mark.parametrize(
    "html", ["", "   \n", "<html>", "<html><body></body></html>", "<svg><text>x</text></svg>"]
)
def test_empty_pages_are_nothing_readable(html: str) -> None:
    with pytest.raises(NothingReadableError):
        extract_html(html, URL)


def test_full_page_keeps_boilerplate_but_repairs_artifacts() -> None:
    full = extract_full((FIXTURES / "share.html").read_text(), URL)
    texts = [block.text for block in full.blocks]
    assert "Advertisement" in texts and PARAGRAPHS[0] in texts


def test_plain_text_is_cleaned_line_by_line() -> None:
    extraction = extract_text((FIXTURES / "scraped.txt").read_text())
    assert [block.text for block in extraction.blocks] == PARAGRAPHS
    assert extraction.meta.title == "Harbour ferry service to expand with three new routes"
    assert extraction.meta.source == "Reuters"
    assert extraction.meta.credits == ("Reporting by Jane Roe; Editing by John Doe",)


def test_hard_wrapped_plain_text_joins_lines_of_a_paragraph() -> None:
    text = "First paragraph starts here\nand goes on here.\n\nSecond one\nends here.\n"
    blocks = extract_text(text).blocks
    assert [block.text for block in blocks] == [
        "First paragraph starts here and goes on here.",
        "Second one ends here.",
    ]


def test_structure_is_kept_as_block_kinds() -> None:
    html = (
        "<html><body><article><h1>T</h1>"
        f"<p>{PARAGRAPHS[0]}</p><h2>Where the ferries will go</h2>"
        f"<ul><li>{PARAGRAPHS[1]}</li><li>{PARAGRAPHS[2]}</li></ul>"
        f"<blockquote><p>{PARAGRAPHS[3]}</p></blockquote><p>{PARAGRAPHS[4]}</p>"
        "</article></body></html>"
    )
    kinds = [(block.kind, block.level) for block in extract_html(html, URL).blocks]
    assert kinds == [
        ("paragraph", 0),
        ("heading", 2),
        ("list_item", 0),
        ("list_item", 0),
        ("quote", 0),
        ("paragraph", 0),
    ]


def test_line_breaks_split_paragraphs_only_when_doubled() -> None:
    # Source newlines around a single <br> are plain whitespace, not a paragraph break.
    html = (
        f"<html><body><article><p>{PARAGRAPHS[0]}\n   <br/>\n{PARAGRAPHS[1]}</p>"
        f"<div>{PARAGRAPHS[2]}<br><br>{PARAGRAPHS[3]}</div></article></body></html>"
    )
    assert body_of(html) == [f"{PARAGRAPHS[0]} {PARAGRAPHS[1]}", PARAGRAPHS[2], PARAGRAPHS[3]]


def body_of(html: str) -> list[str]:
    return [block.text for block in extract_html(html, URL).blocks]


def test_cells_of_a_data_table_are_text_whatever_they_say() -> None:
    # Column heads and cells such as "Comment", "Email", "Print" or a bare date would
    # open a comment section, look like share buttons or a date line outside a table.
    blocks = body("data_table.html")
    assert blocks[:3] == PARAGRAPHS[:3] and blocks[-3:] == PARAGRAPHS[3:]
    table = blocks[3:-3]
    assert table[:4] == ["Route", "Opens", "Booking", "Comment"]
    for cell in ("Northern line", "12 March 2027", "Email", "1 May 2027", "Print"):
        assert cell in table
    assert all("Weather" not in text for text in blocks)


def test_layout_tables_are_not_data_tables() -> None:
    def table(html: str) -> bool:
        return is_data_table(lxml.html.fragment_fromstring(html))

    cells = "".join(f"<tr><td>{i}</td><td>a</td><td>b</td><td>c</td></tr>" for i in range(4))
    assert table(f"<table>{cells}</table>")
    assert table("<table><tr><th>Stop</th><th>Opens</th></tr><tr><td>A</td><td>1</td></tr></table>")
    assert not table(f'<table role="presentation">{cells}</table>')
    assert not table("<table><tr><td>Share</td></tr><tr><td>Email</td></tr></table>")
    nested = f"<table><tr><td><table>{cells}</table></td><td>Print</td></tr></table>"
    assert not table(nested)


def test_anchors_that_lead_nowhere_are_read_as_text() -> None:
    # A script hook or a bare anchor is not a link: a short last line inside one is not
    # taken for a row of tag links, while a real tag link at the end still goes.
    page = "<html><body><article>{}</article></body></html>"
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    for anchor in ('<a href="javascript:void(0)">', '<a name="end">'):
        html = page.format(f"{paragraphs}<p>{anchor}Figures from the city budget</a></p>")
        assert body_of(html)[-1] == "Figures from the city budget"
    tagged = page.format(f'{paragraphs}<p><a href="/tags/ferries">Ferries</a></p>')
    assert body_of(tagged) == PARAGRAPHS


def test_author_notes_after_the_article_leave_the_body() -> None:
    notes = (
        "Sam Lee contributed to this report.",
        "Jane Roe is a transport reporter for The Daily Example. Follow her on Mastodon.",
    )
    paragraphs = "".join(f"<p>{text}</p>" for text in (*PARAGRAPHS, *notes))
    html = f'<html><body><article>{paragraphs}<p><a href="/tags/ferries">Ferries</a></p>'
    extraction = extract_html(html + "</article></body></html>", URL)
    assert [block.text for block in extraction.blocks] == list(PARAGRAPHS)
    assert extraction.meta.credits == ("Sam Lee contributed to this report.",)


def test_footnote_markers_and_edit_links_are_not_text() -> None:
    cite = '<sup class="reference"><a href="#cite_note-3">[3]</a></sup>'
    body = "".join(f"<p>{text}{cite}</p>" for text in PARAGRAPHS[:3])
    heading = '<h2>History<span class="mw-editsection">[<a href="/edit">edit</a>]</span></h2>'
    html = (
        f"<html><body><article>{heading}{body}"
        "<p>Water is H<sub>2</sub>O and a square is x<sup>2</sup>.</p></article></body></html>"
    )
    texts = [block.text for block in extract_html(html, URL).blocks]
    assert texts[0] == "History"
    assert texts[1:4] == PARAGRAPHS[:3]
    assert texts[4] == "Water is H2O and a square is x2."  # real superscripts stay
