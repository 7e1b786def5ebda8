"""What a saved note says, and that nothing from the page becomes a link or HTML.

Notes are rendered with markdown-it in its GFM-like preset (tables, strikethrough and
linkify, the bare-URL autolinker Obsidian-style renderers use) to see what a reader's
Markdown viewer would make of them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt

from tests.fixtures.notes.handmade import sample_briefing
from tui.model import Article, Block, Briefing, Claimant, Entity, Figure, Highlight, Metadata, Span
from tui.notes import save_note
from tui.notes.document import sentence_around

HOSTILE = (
    "[click](javascript:alert(1)) <img src=x onerror=alert(1)> <script>x</script> "
    "https://evil.example/a www.evil.example mail@evil.example #tag $5 and $10 "
    "==mark== %%hidden%% ~~gone~~ `code` | pipe | &lt;b&gt; ![i](x.png)"
)


def _render(text: str) -> str:
    return MarkdownIt("gfm-like").render(text)


def _front(text: str) -> dict:
    return yaml.safe_load(text.split("\n---\n", 1)[0].removeprefix("---\n"))


@pytest.fixture(scope="module")
def sample() -> Briefing:
    return sample_briefing()


def test_note_holds_front_matter_summary_figures_and_entities(
    tmp_path: Path, sample: Briefing
) -> None:
    text = save_note(sample, (), tmp_path).path.read_text(encoding="utf-8")
    front = _front(text)
    meta = sample.article.meta
    assert front["title"] == meta.title
    assert front["url"] == meta.url and front["site"] == meta.site
    assert front["byline"] == meta.byline and front["published"] == meta.published
    assert front["source"] == meta.source
    assert front["location"].endswith("venezuela-article.html")
    assert front["tags"] == ["briefing"]
    assert re.fullmatch(r"(url|doc)-[0-9a-f]{16}", front["article_id"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", front["saved"])

    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| Value | Qualifier | What it counts | Who claims it | Hedge |")
    by_value = {row.split(" | ")[0].removeprefix("| "): row for row in rows[2:]}
    assert set(by_value) == {"87", "99", "61"}
    assert "| at least | prisoners | Donald Trump’s administration |" in by_value["87"]
    assert "The government of Venezuela" in by_value["99"]
    assert "| Foro Penal | claimed |" in by_value["61"]
    assert "unable to verify the release of 61 prisoners at the time. |" in by_value["61"]

    entities = text.split("## Entities", 1)[1]
    assert entities.index("### People") < entities.index("### Organisations")
    assert entities.index("### Organisations") < entities.index("### Places")
    venezuela = sample.entities[3]
    assert f"- Venezuela ({venezuela.count})" in entities
    html = _render(text)
    assert "<table>" in html and html.count("<tr>") == 4


def test_standfirst_is_description_else_first_paragraph(tmp_path: Path) -> None:
    body = "Opening paragraph of the piece.\n\nLater paragraph."
    blocks = (Block("heading", 0, 0), Block("paragraph", 0, 31), Block("paragraph", 33, 49))
    bare = Article(Metadata(title="No description"), body, blocks, "-")
    text = save_note(Briefing(bare), (), tmp_path).path.read_text()
    summary = text.split("<!-- briefing:begin summary -->")[1].split("<!-- briefing:end")[0]
    assert "Opening paragraph of the piece." in summary and "Later" not in summary

    described = Article(Metadata(title="With", description="The standfirst."), body, blocks, "x")
    text = save_note(Briefing(described), (), tmp_path).path.read_text()
    assert "The standfirst." in text.split("<!-- briefing:end summary -->")[0]


def test_nothing_from_the_page_becomes_a_link_or_html(tmp_path: Path) -> None:
    body = f"- {HOSTILE} with 12 people.\n\n1984. {HOSTILE}"
    start = body.index("12 people")
    article = Article(
        Metadata(title=f"# {HOSTILE}", site=HOSTILE, byline=HOSTILE, description=HOSTILE),
        body,
        (
            Block("paragraph", 0, body.index("\n\n")),
            Block("paragraph", body.index("1984"), len(body)),
        ),
        "-",
    )
    briefing = Briefing(
        article,
        (
            Figure(
                start,
                start + 9,
                "12 people",
                "count",
                12.0,
                HOSTILE,
                HOSTILE,
                Claimant(HOSTILE),
                HOSTILE,
            ),
        ),
        (Entity("e1", HOSTILE, "person", (Span(0, 3),)),),
        HOSTILE,
    )
    highlight = Highlight(0, len(body), body, "")
    text = save_note(briefing, [highlight], tmp_path).path.read_text(encoding="utf-8")
    html = _render(text.split("\n---\n", 1)[1])
    assert "<a " not in html and "<img" not in html and "<script" not in html
    assert "<del>" not in html and "<code>" not in html and "<ol" not in html
    # The words are all still there, as text.
    assert "[click](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;" in html
    assert "https://evil.example/a www.evil.example mail@evil.example #tag $5" in html
    # One table row of six cells: the pipes in page text did not add columns.
    row = next(line for line in text.splitlines() if line.startswith("| 12 |"))
    assert len(re.findall(r"(?<!\\)\|", row)) == 7
    assert html.count("<td>") == 6
    # The title is one heading, not a heading in a heading.
    assert html.count("<h1>") == 1 and "<h1>\\#" not in html and "<h1># [click]" in html


def test_highlights_are_quotes_followed_by_comments(tmp_path: Path, sample: Briefing) -> None:
    text = sample.article.text
    quote = "Foro Penal, claimed it was unable to verify the release of 61 prisoners"
    start = text.index(quote)
    comment = "Check [[Foro Penal]] figures.\n\nSecond *paragraph* <!-- not a marker -->"
    note = save_note(
        sample, [Highlight(start, start + len(quote), quote, comment)], tmp_path
    ).path.read_text()
    section = note.split("<!-- briefing:begin highlights -->")[1].split("<!-- briefing:end")[0]
    assert f"> {quote}\n\nCheck [[Foro Penal]] figures.\n\nSecond *paragraph*" in section
    assert "<!-- not a marker" not in section  # cannot open a comment that eats markers
    html = _render(section)
    assert f"<blockquote>\n<p>{quote}</p>\n</blockquote>" in html
    assert "<em>paragraph</em>" in html  # the reader's own Markdown is kept


def test_sentence_around_finds_the_figure_sentence(sample: Briefing) -> None:
    article = sample.article
    figure = sample.figures[1]
    sentence = sentence_around(article, figure.start, figure.end)
    assert sentence.startswith("The government of Venezuela had previously announced")
    assert sentence.endswith("dialogue, and justice.”")
