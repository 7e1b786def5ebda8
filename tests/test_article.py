"""The article text is one string; blocks and links are offsets into it."""

from tui.article import build_article, build_raw_article
from tui.extract import Extraction, RawBlock, RawLink
from tui.model import Metadata


def test_blocks_are_joined_by_blank_lines_and_offsets_point_at_them():
    extraction = Extraction(
        [
            RawBlock("heading", "A  heading", 2),
            RawBlock("paragraph", "Body\x1b[2J text."),
            RawBlock("paragraph", " \x07 "),
            RawBlock("list_item", "Item"),
        ],
        Metadata(title="T\x1b]0;x\x07"),
    )
    article = build_article(extraction, "page.html")
    assert article.text == "A heading\n\nBody[2J text.\n\nItem"
    assert [article.block_text(b) for b in article.blocks] == ["A heading", "Body[2J text.", "Item"]
    assert [b.kind for b in article.blocks] == ["heading", "paragraph", "list_item"]
    assert article.blocks[0].level == 2
    assert article.meta.title == "T]0;x"


def test_links_are_located_in_their_block_even_when_text_repeats():
    extraction = Extraction(
        [RawBlock("paragraph", "See here and here."), RawBlock("paragraph", "Also here.")],
        Metadata(),
        [
            RawLink("here", "https://a.example/1", 0),
            RawLink("here", "https://a.example/2", 0),
            RawLink("here", "https://a.example/3", 1),
            RawLink("gone", "https://x", 5),
        ],
    )
    article = build_article(extraction, "p")
    spans = [(article.text[link.start : link.end], link.href, link.start) for link in article.links]
    assert spans == [
        ("here", "https://a.example/1", 4),
        ("here", "https://a.example/2", 13),
        ("here", "https://a.example/3", 25),
    ]


def test_raw_article_keeps_the_text_as_given():
    article = build_raw_article("  one\n\ntwo  \n", "-")
    assert article.text == "  one\n\ntwo  \n"
    assert [article.block_text(b) for b in article.blocks] == ["one", "two"]
