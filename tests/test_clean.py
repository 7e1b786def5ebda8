"""Boilerplate rules and artifact repair: what goes, and (as important) what must stay."""

from __future__ import annotations

import pytest

from tui.clean import (
    CleanContext,
    clean_blocks,
    is_boilerplate,
    is_byline,
    is_caption,
    is_dateline,
    repair,
)
from tui.extraction_blocks import TextBlock


@pytest.mark.parametrize(
    ("broken", "repaired"),
    [
        ("At least 2, 000 people", "At least 2,000 people"),
        ("a crowd of 12, 345, 678 fans", "a crowd of 12,345,678 fans"),
        ("about 7, 500.", "about 7,500."),
        ("It cost $1, 500, the report said", "It cost $1,500, the report said"),
        ("between 1, 000 and 2, 000 people", "between 1,000 and 2,000 people"),
        ("list of 3 itemsUS strikes dock", "US strikes dock"),
        ("the dock was hitend of list", "the dock was hit"),
        ("words , then more .", "words, then more."),
        ("too   many\t spaces", "too many spaces"),
    ],
)
def test_repair_fixes_artifacts(broken: str, repaired: str) -> None:
    assert repair(broken) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "counting 1, 2, 3 and so on",
        "in 2019, 000 was the code",  # a year, then something else
        "rounds 10, 200 and 300",  # a list of numbers
        "scores of 3, 4 and 5",
        "On May 5, 100 people gathered",  # a date, then a count
        "see pages 3, 100",
        "on March 5, 2020 the law changed",
        "a .NET app and U.S. , too",
        "Bonjour ! Ça va ?",
    ],
)
def test_repair_leaves_ambiguous_text_alone(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Recommended Stories",
        "Related",
        "Related Articles",
        "Most Read",
        "More on this story",
        "You might also like",
        "Read more: Bridge tolls to rise in May",
        "list of 3 items",
        "list of 3 itemsend of list",
        "end of list",
        "Advertisement",
        "Story continues below advertisement",
        "Share this on WhatsApp",
        "Sharing is caring!",
        "Facebook Twitter WhatsApp Email",
        "Click here to share on social media",
        "Sign up for our newsletter",
        "Get the morning briefing delivered to your inbox every weekday.",
        "By signing up, you agree to our Privacy Policy",
        "We use cookies to improve your experience. By continuing to browse you accept them.",
        "Leave a Reply",
        "12 Comments",
        "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Follow us on Twitter",
        "← Previous: Council delays vote",
        "© 2026 The Daily Example",
        "Tags: Venezuela, Maduro",
        "[Read: Why Tunisia, the Arab Spring’s success story, is under threat]",
        "5 min read",
        "Already a subscriber? Log in",
        "Lesen Sie auch: Die Bahn streikt",
        "Anzeige",
        "LIRE AUSSI : Le gouvernement recule",
        "Copyright 2016 The Associated Press",
        "Copyright: Reuters",
        "Follow Jane Roe:",
        "Get the app",
    ],
)
def test_boilerplate_blocks(text: str) -> None:
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Related companies said they would appeal the ruling.",
        "More than 100 people have died in the strikes.",
        "Latest developments",
        "The newsletter industry is booming, and subscribers pay by email.",
        "Comments from the minister drew an angry response on Tuesday.",
        "Next month the council will vote again.",
        "Follow the money.",
        "Share prices fell 3% in early trading.",
        "Cookies and cakes were served at the ceremony, officials said.",
        "Topics of the summit included trade and defence, officials said.",
        "He was the first of 12 children.",
        "The study was first published on February 1, 2016.",
        "(Lorenz had suggested a similar two-week cap to weather forecasts in the mid-1960s.)",
        # a how-to's steps and a legal explainer's subheading
        "Follow these steps:",
        "Get the apples and peel them",
        "Copyright and fair use",
        "Sign up for a library card",
        "Share prices",
        "Updated figures show a 40% rise in 2023.",
        "Published in 1999, the book sold 2 million copies.",
        "Previously a correspondent for Reuters",  # a list item of a profile
    ],
)
def test_article_sentences_are_not_boilerplate(text: str) -> None:
    assert not is_boilerplate(text)
    assert not is_caption(text)
    assert not is_dateline(text)
    assert not is_byline(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Photo: Alex Smith, AP",
        "Image copyright Getty Images",
        "Relatives wait outside a prison in Venezuela [File: Reuters]",
        "The ferry at dawn. Photograph: Jane Roe/Getty Images",
        "Commuters at the wharf (AP Photo/John Doe)",
        "Credit: Jane Roe for The Daily Example",
        "Photo by Jane Roe on Unsplash",
        "Jane Roe/AFP via Getty Images",
        "Jane Roe for Reuters",
    ],
)
def test_captions_and_photo_credits(text: str) -> None:
    assert is_caption(text)


@pytest.mark.parametrize(
    "text",
    [
        "Published On 2 Jan 2026",
        "Updated: March 3, 2026 at 10:15 am",
        "2 March 2026",
        "2026-03-02 08:30",
        "5 hours ago",
        "Last updated 14:05 GMT, 2 January 2026",
        "3. März 2026, 10:15 Uhr",
        "3 mars 2026 à 10h15",
        "3 de marzo de 2026",
        "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET",
        "Mis à jour le 3 mars 2026 à 10h32",
        "Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.",
    ],
)
def test_date_and_updated_lines(text: str) -> None:
    assert is_dateline(text)


def test_bylines_but_not_sentences_starting_with_by() -> None:
    assert is_byline("By Jane Roe", None)
    assert is_byline("By Jane Roe and John Doe | Reuters", None)
    assert is_byline("Al Jazeera Staff", "Al Jazeera Staff")
    assert not is_byline("By then, it was over.", None)
    assert not is_byline("By 2030 the city will need more ferries.", None)
    assert not is_byline("By Tuesday, the council had voted.", None)
    assert not is_byline("By March 2027 the routes will open", None)
    assert is_byline("By Jane Roe, Reuters", None)
    assert is_byline("Jane Roe | Reuters", "Jane Roe")
    assert not is_byline("Jane Roe said the vote was close.", "Jane Roe")


def blocks(*texts: str, kind: str = "paragraph") -> list[TextBlock]:
    return [TextBlock(kind, text) for text in texts]


PROSE = [
    "The council voted on Tuesday to expand the harbour ferry service, adding three routes "
    "that will connect the northern suburbs with the business district.",
    "Officials said the plan would cost about 40 million dollars over five years, most of it "
    "paid for by a regional transport grant approved in March.",
    "Residents of the northern suburbs have long complained that the only bridge into the "
    "centre is jammed every morning, turning a short trip into a crawl.",
]


def kept(result) -> list[str]:
    return [block.text for _, block in result.blocks]


def test_repeated_headline_is_dropped_near_the_start_only() -> None:
    title = "Ferry service to expand"
    context = CleanContext(titles=[title])
    assert kept(clean_blocks(blocks(title, *PROSE), context)) == PROSE
    late = [*PROSE, *PROSE, title]
    assert kept(clean_blocks(blocks(*late), context))[-1] == title


def test_source_line_is_lifted_only_at_the_end() -> None:
    result = clean_blocks(blocks(*PROSE, "Source: Al Jazeera and news agencies"))
    assert result.source == "Al Jazeera and news agencies"
    assert kept(result) == PROSE
    middle = clean_blocks(blocks(PROSE[0], "Source: the ministry", *PROSE[1:]))
    assert middle.source is None and "Source: the ministry" in kept(middle)


def test_credits_separate_or_glued_to_the_last_paragraph() -> None:
    separate = clean_blocks(blocks(*PROSE, "Reporting by Jane Roe; Editing by John Doe"))
    assert separate.credits == ["Reporting by Jane Roe; Editing by John Doe"]
    assert kept(separate) == PROSE
    glued = clean_blocks(blocks(*PROSE[:2], PROSE[2] + " (Writing by Sam Lee; Editing by Ann Po)"))
    assert glued.credits == ["Writing by Sam Lee; Editing by Ann Po"]
    assert kept(glued) == PROSE


def test_author_notes_at_the_end_go_to_credits_or_out_with_the_tag_links() -> None:
    # Who contributed is a credit (metadata), a bio is about the writer, not the story
    # (as the byline is), tag links are the page's; a paragraph about someone stays.
    tail = [
        TextBlock("paragraph", "Reporting by Jane Roe; Editing by John Doe"),
        *blocks(
            "Heba Habib contributed to this report.",
            "Jane Roe covers the White House. She joined in 2019.",
            "Sam Lee has covered economics since 2012. Previously he wrote about banks.",
        ),
        TextBlock("list_item", "Politics", link_chars=8),
    ]
    result = clean_blocks([*blocks(*PROSE), *tail])
    assert kept(result) == PROSE
    assert result.credits == [
        "Reporting by Jane Roe; Editing by John Doe",
        "Heba Habib contributed to this report.",
    ]
    mayor = "John Smith is the mayor of the northern suburbs and backed the plan."
    assert kept(clean_blocks(blocks(*PROSE, mayor)))[-1] == mayor


def test_last_paragraph_about_writing_is_not_a_credit() -> None:
    last = "Writing and directing the film took three years, she said."
    result = clean_blocks(blocks(*PROSE, last))
    assert result.credits == [] and kept(result)[-1] == last


def test_related_heading_takes_its_teaser_lines_with_it() -> None:
    teasers = [
        "Recommended Stories",
        "US strikes dock in Venezuela in first attack on its soil",
        "Machado resurfaces in Oslo after months in hiding",
    ]
    result = clean_blocks(blocks(PROSE[0], *teasers, *PROSE[1:]))
    assert kept(result) == PROSE


def test_truncated_teaser_before_read_more_goes_too() -> None:
    result = clean_blocks(
        blocks(*PROSE, "Ever wondered why shoppers buy things they…", "Read more")
    )
    assert kept(result) == PROSE


def test_a_link_labelled_link_is_text_but_share_buttons_go() -> None:
    # A paragraph that is only a link reading "link" (a list of references) is not a
    # share row; "Email", "Share on X" and "Copy link" are.
    middle = TextBlock("paragraph", "link", link_chars=4)
    buttons = blocks("Email", "Share on X", "Copy link", "Facebook X")
    result = clean_blocks([*blocks(PROSE[0]), middle, *buttons, *blocks(*PROSE[1:])])
    assert kept(result) == [PROSE[0], "link", *PROSE[1:]]


def test_headings_inside_the_text_are_not_bylines_or_date_lines() -> None:
    # A travel piece's "By Train" section and a timeline's dated sections are text; a
    # byline or date line near the start still goes.
    start = [*blocks("By Jane Roe", "12 March 2026"), *blocks(*PROSE, *PROSE)]
    sections = blocks("By Train", "March 3, 2020", kind="heading")
    result = clean_blocks([*start, sections[0], *blocks(PROSE[0]), sections[1], *blocks(PROSE[1])])
    assert kept(result) == [*PROSE, *PROSE, "By Train", PROSE[0], "March 3, 2020", PROSE[1]]


def test_end_matter_after_the_text_goes_until_the_text_resumes() -> None:
    # References, "See also" and "External links" are the page's apparatus, not the
    # article; a later section of the text at the same level brings the text back.
    tail = [
        TextBlock("heading", "See also", level=2),
        *blocks("Harbour ferries of the world", kind="list_item"),
        TextBlock("heading", "References", level=2),
        *blocks('^ "Ferry plan approved". The Example Times. Retrieved 3 May 2016.'),
        TextBlock("heading", "Sources", level=3),
        *blocks("Council minutes, 2016."),
        TextBlock("heading", "Timetable", level=2),
        *blocks("Boats will leave every 20 minutes from the new pier."),
    ]
    result = kept(clean_blocks([*blocks(*PROSE), *tail]))
    assert result == [*PROSE, "Timetable", "Boats will leave every 20 minutes from the new pier."]
    # a heading "Notes" opening the article is no end matter
    opening = [TextBlock("heading", "Notes", level=2), *blocks(*PROSE)]
    assert kept(clean_blocks(opening))[0] == "Notes"


def test_a_date_before_a_byline_is_still_a_byline() -> None:
    lines = ["Tuesday 15 October 2019 by Bradley M. Kuhn", "2/26/2015 7:11 AM PST BY TMZ STAFF"]
    assert kept(clean_blocks(blocks(*lines, *PROSE))) == PROSE
    sentence = "March 3, 2020 by the sea we met"
    assert is_byline(sentence, None) is False


def test_print_edition_notes_and_chinese_page_lines_are_boilerplate() -> None:
    assert is_boilerplate(
        "A version of this article appears in print on Feb. 2, 2019, on Page A1 of the New "
        "York edition with the headline: Ferries Expand."
    )
    assert is_boilerplate("转播到腾讯微博")  # "share to Tencent Weibo"
    assert is_boilerplate("精彩视频推荐")  # "recommended videos"
    assert is_boilerplate("【本文中文相关权益归本站所有。未经授权，不得转载、摘编等。】")
    assert is_caption("图为市民在新码头等候渡轮。")  # "the picture shows ..."
    # a sentence with the same words is text
    assert not is_boilerplate("他未经许可进入了大楼，警方随后将其逮捕。")
    library = "图书馆将在周一重新开放，市民可以借阅新书，也可以参加每周的读书会。"
    assert not is_caption(library)
