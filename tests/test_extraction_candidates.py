"""The second look around readability's pick: article parts it left in nearby boxes.

Each fixture page is built so that readability-lxml alone keeps only part of the
article; the tests check what a reader would notice: every part of the article is there,
in the page's order, and nothing from the boxes around it (an author's note, comments,
teasers, a footer, a "more to read" box) is pulled in.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
from readability import Document

from tui.extract import extract_html
from tui.extraction_blocks import TextBlock, element_blocks
from tui.extraction_candidates import _is_body, widen_pick

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
URL = "https://example.com/country/owls"


def page(name: str) -> str:
    return (FIXTURES / name).read_text()


def readability_text(html: str) -> str:
    summary = Document(html).summary(html_partial=True)
    return lxml.html.fragment_fromstring(summary, create_parent="div").text_content()


def body_texts(html: str) -> list[str]:
    return [block.text for block in extract_html(html, URL).blocks]


def source_paragraphs(html: str, css_class: str) -> list[str]:
    root = lxml.html.fromstring(html)
    return [
        " ".join(p.text_content().split()) for p in root.iter("p") if p.get("class") == css_class
    ]


def test_second_part_of_a_split_article_is_put_back_in_order() -> None:
    html = page("split_article.html")
    article = source_paragraphs(html, "txt")
    assert article[4] not in readability_text(html)  # readability keeps the first part only
    texts = body_texts(html)
    assert [text for text in texts if text in article] == article
    assert "Mowing matters" in texts
    assert texts.index("Mowing matters") == texts.index(article[4]) + 1


def test_boxes_around_a_split_article_stay_out() -> None:
    html = page("split_article.html")
    text = " ".join(body_texts(html))
    for stray in (
        "Marta Lind writes about farming",  # author's note, styled apart from the body
        "We put up two boxes last year",  # comments
        "Small presses are opening again",  # teaser cards with linked headlines
        "Beekeepers blame a cold March",  # inline related box
        "Copyright The Weekly Example",  # footer
        "Advertisement",
    ):
        assert stray not in text


def test_short_step_in_a_twin_box_is_put_back_in_place() -> None:
    html = page("split_steps.html")
    assert "food-grade plastic barrel" not in readability_text(html)
    blocks = extract_html(html, URL).blocks
    texts = [block.text for block in blocks]
    materials = [block for block in blocks if block.kind == "list_item"]
    assert materials[0].text == "A food-grade plastic barrel with a lid"
    assert len(materials) == 4
    first_step = texts.index(source_paragraphs(html, "say")[1])
    last_step = texts.index(source_paragraphs(html, "say")[2])
    assert first_step < texts.index(materials[0].text) < last_step
    assert not any("Compost" in text or "More to read" in text for text in texts)


def test_article_whose_pick_is_whole_is_not_changed() -> None:
    # The same page with the body in one box: nothing around it reads like more of it.
    html = page("split_article.html").replace(
        '</div>\n</div>\n<div class="ad-slot">Advertisement</div>', ""
    )
    html = html.replace(
        '<div class="inline-related"><h3><a href="/country/bees">Why the valley\'s bees are '
        "late this year</a></h3><p>Beekeepers blame a cold March.</p></div>\n"
        '<div class="chunk">\n<div class="inner">\n',
        "",
    )
    article = source_paragraphs(html, "txt")
    texts = body_texts(html)
    assert [text for text in texts if text in article] == article
    assert len(texts) == len(article) + 1  # the subheading


def test_steps_readability_left_out_of_a_one_step_pick_are_put_back() -> None:
    html = page("dropped_step.html")
    steps = [" ".join(p.text_content().split()) for p in lxml.html.fromstring(html).iter("p")]
    assert steps[1] not in readability_text(html)  # readability keeps the first step only
    blocks = extract_html(html, URL).blocks
    texts = [block.text for block in blocks]
    assert [text for text in texts if text in steps] == steps
    tools = [block.text for block in blocks if block.kind == "list_item"]
    assert tools == ["Whetstone", "Water", "Towel", "Honing steel (optional)"]
    assert texts.index(steps[0]) < texts.index("Whetstone") < texts.index(steps[1])
    text = " ".join(texts)
    assert "More to read" not in text and "cast iron" not in text
    assert "(Example Almanac)" not in text  # the caption


def test_twin_step_dropped_inside_the_pick_goes_back_in_place() -> None:
    # As on a how-to page where readability keeps the column of steps but drops the one
    # that is only a list: the pick is every step box except that one.
    root = lxml.html.fromstring(page("dropped_step.html"))
    column = root.find(".//div[@class='col-main']")
    steps = [box for box in column if box.get("class") == "mod step"]
    picked = [block for box in steps for p in box.iter("p") for block in element_blocks(p)]
    texts = [block.text for block in widen_pick(column, picked)]
    assert texts[1:6] == [
        "What You'll Need:",
        "Whetstone",
        "Water",
        "Towel",
        "Honing steel (optional)",
    ]
    assert texts[0] == picked[0].text and texts[6:] == [block.text for block in picked[1:]]
    assert not any("cast iron" in text for text in texts)  # the box between the steps


def test_next_story_of_an_endless_page_stays_out() -> None:
    html = page("next_story.html")
    texts = body_texts(html)
    assert texts[0].startswith("Sleeper trains will run again")
    assert any(text.startswith("Bookings open next month") for text in texts)
    joined = " ".join(texts)
    assert "City library to open on Sundays" not in joined
    assert "central library will open" not in joined


def test_list_of_linked_points_dropped_between_paragraphs_is_put_back() -> None:
    html = page("linked_list.html")
    assert "built four raised beds" not in readability_text(html)
    blocks = extract_html(html, URL).blocks
    texts = [block.text for block in blocks]
    items = [block.text for block in blocks if block.kind == "list_item"]
    assert items == [
        "Ana Souza-Pereira and Joe Whitfield built four raised beds out of old boards",
        "Li Wei of the Tuesday crew fixed the leaking tap by the shed",
        "Samantha Okonkwo-Reyes planted two rows of beans by the fence",
    ]
    lead = next(i for i, text in enumerate(texts) if text.startswith("Thanks to everyone"))
    assert texts[lead + 1] == items[0]
    joined = " ".join(texts)
    assert "orchard plants its first apple trees" not in joined  # other stories' headlines
    assert "seen from the shed" not in joined  # the picture's caption


def test_short_parts_after_a_long_one_are_put_back() -> None:
    html = page("short_sections.html")
    assert "fear losing trade" not in readability_text(html)
    texts = body_texts(html)
    assert texts[-2:] == [
        "Shops near the bridge say they fear losing trade.",
        "The county said it would review the diversion after a week.",
    ]
    assert len(texts) == 6
    assert not any("newsletter" in text for text in texts)


def test_fallback_to_one_boxed_paragraph_takes_the_boxes_beside_it() -> None:
    html = page("boxed_paragraphs.html")
    paragraphs = [
        " ".join(box.text_content().split())
        for box in lxml.html.fromstring(html).iter("div")
        if box.get("class") == "para" and box.find("a") is None
    ]
    assert paragraphs[0] not in readability_text(html)
    extraction = extract_html(html, URL)
    assert extraction.method == "main-text"
    # No promo, no title, and no card for another story.
    assert [block.text for block in extraction.blocks] == paragraphs


def test_wrong_pick_shorter_than_the_boxed_article_is_replaced() -> None:
    html = page("boxed_wrong_pick.html")
    notice = "Our offices will be closed on Monday"
    assert notice in readability_text(html)  # readability picks the notice
    paragraphs = [
        " ".join(box.text_content().split())
        for box in lxml.html.fromstring(html).iter("div")
        if box.get("class") == "para" and box.find("a") is None
    ]
    extraction = extract_html(html, URL)
    assert extraction.method == "main-text"
    assert [block.text for block in extraction.blocks] == paragraphs


def test_right_pick_of_boxed_paragraphs_is_kept() -> None:
    # The same page with a wrapper readability keeps and without the notice: its pick is
    # the whole article, and the card after it stays out.
    html = page("boxed_wrong_pick.html").replace("layout-with-sidebar", "layout-wide")
    html = re.sub(r'<div class="strip">.*?</div>', "", html)
    assert "The Regent opened in 1934" in readability_text(html)
    extraction = extract_html(html, URL)
    assert extraction.method == "readability"
    texts = [block.text for block in extraction.blocks]
    assert texts[0].startswith("The town council voted on Wednesday")
    assert texts[-1].startswith("A public meeting on the plans")
    assert not any("offices will be closed" in text or "Swimming pool" in text for text in texts)


def test_short_unlinked_list_between_kept_text_goes_back_but_a_player_menu_does_not() -> None:
    # As when readability drops both lists and the box it picks holds more than the
    # article (so the older rule for prose lists holds back): the pick is the paragraphs.
    root = lxml.html.fromstring(page("ingredient_list.html"))
    post = root.find(".//div[@class='post']")
    picked = [block for p in post.iter("p") for block in element_blocks(p)]
    texts = [block.text for block in widen_pick(post, picked)]
    assert texts[2:7] == ["200 g flour", "150 g butter", "120 g sugar", "3 eggs", "12 ripe plums"]
    assert texts[7].startswith("Beat the butter")
    assert not any("selected" in text for text in texts)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Shops near the bridge say they fear losing trade.", True),
        ("قال المجلس إن الجسر سيغلق لمدة شهر كامل هل هذا صحيح؟", True),
        ("परिषद ने कहा कि पुल एक महीने के लिए बंद रहेगा।", True),
        ("市议会表示这座桥将关闭一个月以便进行全面的维修工作。", True),
        ("Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015", False),  # a dateline
    ],
)
def test_sentences_in_any_script_read_as_body_text(text: str, body: bool) -> None:
    assert _is_body(TextBlock("paragraph", text)) is body
