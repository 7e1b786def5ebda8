"""Cross-article facts on articles we wrote: three sites report 87, 99 and 61 freed prisoners.

The articles are real pages run through the real extraction; their figures and entities
are placed by hand (by finding their words in the clean text), so these tests check the
comparison logic whatever the analysis finds.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from tui.collection import render
from tui.collection.compare import compare, entity_index, normalise_name
from tui.collection.runner import CollectionResult, Outcome
from tui.model import Briefing, Claimant, Entity, Figure, Span
from tui.pipeline import load_article

FIXTURES = Path(__file__).parent / "fixtures" / "collection"


def _span(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def figure(text, words, value, unit, *, qualifier=None, source=None, hedge=None, kind="count"):
    start, end = _span(text, words)
    claimant = Claimant(source) if source else None
    return Figure(start, end, words, kind, value, unit, qualifier, claimant, hedge)


def entity(text, name, kind, *mentions):
    spans = tuple(Span(*_span(text, m)) for m in mentions or (name,))
    return Entity(f"{kind}:{name}", name, kind, spans)


def site_briefings() -> list[Briefing]:
    a = load_article(str(FIXTURES / "site-a.html"))
    b = load_article(str(FIXTURES / "site-b.html"))
    c = load_article(str(FIXTURES / "site-c.html"))
    ta, tb, tc = a.text, b.text, c.text
    return [
        Briefing(
            a,
            figures=(
                figure(
                    ta,
                    "87 prisoners",
                    87,
                    "prisoner",
                    qualifier="at least",
                    source="Donald Trump’s administration",
                ),
                figure(ta, "28 people", 28, "people", qualifier="at least"),
            ),
            entities=(
                entity(ta, "Donald Trump", "person", "Trump"),
                entity(ta, "Nicolas Maduro", "person", "Nicolas Maduro", "Maduro"),
                entity(ta, "Venezuela", "place"),
                entity(ta, "Pentagon", "organization"),
            ),
        ),
        Briefing(
            b,
            figures=(
                figure(tb, "99 prisoners", 99, "prisoner", source="The government of Venezuela"),
                figure(tb, "28 people", 28, "people", qualifier="at least"),
            ),
            entities=(
                entity(tb, "Maduro", "person", "Maduro"),
                entity(tb, "Maria Corina Machado", "person"),
                entity(tb, "Venezuela", "place"),
            ),
        ),
        Briefing(
            c,
            figures=(
                figure(
                    tc,
                    "61 prisoners",
                    61,
                    "prisoner",
                    source="Foro Penal",
                    hedge="unable to verify",
                ),
                figure(tc, "700 people", 700, "people", qualifier="more than"),
            ),
            entities=(
                entity(tc, "Foro Penal", "organization", "Foro Penal"),
                entity(tc, "Machado", "person", "Machado"),
                entity(tc, "Venezuela", "place", "Venezuela"),
            ),
        ),
    ]


def test_three_sites_disagreeing_on_freed_prisoners_are_listed_with_their_sources():
    comparison = compare(site_briefings())
    prisoners = [g for g in comparison.figures if g.unit == "prisoner"]
    assert len(prisoners) == 1
    group = prisoners[0]
    assert group.disagree
    claims = [(r.value, r.source, r.hedge, r.articles) for r in group.reported]
    assert claims == [
        (87, "Donald Trump’s administration", None, (0,)),
        (99, "The government of Venezuela", None, (1,)),
        (61, "Foro Penal", "unable to verify", (2,)),
    ]
    assert group.disagree is True
    assert "released" in group.label or "release" in group.label


def test_the_same_figure_in_two_articles_agrees_and_different_things_stay_apart():
    groups = compare(site_briefings()).figures
    people = [g for g in groups if g.unit == "people"]
    # "28 people died" (sites A and B) agree; "700 people still held" is another count.
    assert [(g.values, g.articles, g.disagree) for g in people] == [((28,), (0, 1), False)]
    # Disagreements come first.
    assert groups[0].disagree


def test_one_article_with_two_unsourced_counts_is_not_a_disagreement():
    article = load_article(str(FIXTURES / "site-a.html"))
    text = article.text + "\n\nIn the current strikes, more than 100 people have died."
    article = type(article)(article.meta, text, article.blocks, article.location)
    briefing = Briefing(
        article,
        figures=(
            figure(text, "28 people", 28, "people", qualifier="at least"),
            figure(text, "100 people", 100, "people", qualifier="more than"),
        ),
    )
    assert compare([briefing]).figures == ()


def test_entity_index_merges_names_across_articles():
    index = {e.name: e for e in entity_index(site_briefings())}
    maduro = index["Nicolas Maduro"]
    assert [(a.article, a.count) for a in maduro.articles] == [(0, 2), (1, 1)]
    assert "Maduro" in maduro.aliases
    machado = index["Maria Corina Machado"]
    assert [a.article for a in machado.articles] == [1, 2]
    assert [a.article for a in index["Venezuela"].articles] == [0, 1, 2]
    assert "Machado" not in index and "Maduro" not in index
    # Most widely mentioned first.
    assert next(iter(index)) == "Venezuela"


@pytest.mark.parametrize(
    ("a", "b"),
    [("U.S.", "United States"), ("the US", "USA"), ("Trump’s", "Trump"), ("Peña", "pena")],
)
def test_spellings_of_one_name_meet(a, b):
    assert normalise_name(a) == normalise_name(b)


def _result(briefings: list[Briefing]) -> CollectionResult:
    outcomes = [
        Outcome(f"http://site-{i}.test/story", (i,), briefing=b) for i, b in enumerate(briefings)
    ]
    outcomes.insert(1, Outcome("http://down.test/", (9,), error="connection refused", exit_code=4))
    return CollectionResult(outcomes)


def test_json_lines_one_per_article_failures_and_the_briefing_index():
    lines = render.render_jsonl(_result(site_briefings())).splitlines()
    objects = [json.loads(line) for line in lines]
    assert len(objects) == 5
    assert [o.get("title") for o in objects[:4]] == [
        "US says at least 87 Venezuelan prisoners freed",
        None,
        "Venezuela frees 99 prisoners in Christmas gesture",
        "Rights group can confirm only 61 releases in Venezuela",
    ]
    assert objects[1]["error"] == "connection refused" and objects[1]["exit_code"] == 4
    # Each article line keeps the single-article contract keys.
    assert {"title", "text", "blocks", "figures", "entities"} <= set(objects[0])
    summary = objects[-1]["briefing"]
    assert summary["articles"] == 3 and summary["failed"] == 1
    prisoners = next(g for g in summary["figures"] if g["unit"] == "prisoner")
    assert prisoners["disagree"] is True
    assert [
        (r["value"], r["source"], r["articles"], r["sites"]) for r in prisoners["reported"]
    ] == [
        (87, "Donald Trump’s administration", [0], ["Northern Ledger"]),
        (99, "The government of Venezuela", [2], ["Caribbean Wire"]),
        (61, "Foro Penal", [3], ["Andes Monitor"]),
    ]
    venezuela = next(e for e in summary["entities"] if e["name"] == "Venezuela")
    assert [a["index"] for a in venezuela["articles"]] == [0, 2, 3]


def test_text_and_markdown_summaries_show_the_disagreement():
    result = _result(site_briefings())
    text = render.render_text(result)
    assert "DISAGREE" in text
    assert "at least 87 prisoners, according to Donald Trump’s administration  [article 1]" in text
    assert "61 prisoners, according to Foro Penal (unable to verify)  [article 4]" in text
    assert "2. FAILED http://down.test/" in text
    markdown = render.render_markdown(result)
    assert "| at least 87 prisoners | Donald Trump’s administration | 1 |" in markdown
    assert "| 61 prisoners | Foro Penal (unable to verify) | 4 |" in markdown


def test_a_feed_of_the_three_sites_gives_the_comparison_in_json(tmp_path, monkeypatch, capsys):
    """End to end with the real analysis: feed -> pages -> figures -> comparison."""
    from tui.cli import main

    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    assert main(["--format", "json", str(FIXTURES / "feed.xml")]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    summary = lines[-1]["briefing"]
    prisoners = next(g for g in summary["figures"] if g["unit"] == "prisoner")
    assert prisoners["disagree"] is True
    assert [
        (r["value"], r["source"], r["hedge"] is not None, r["sites"]) for r in prisoners["reported"]
    ] == [
        (87, "Donald Trump’s administration", False, ["Northern Ledger"]),
        (99, "The government of Venezuela", False, ["Caribbean Wire"]),
        (61, "Foro Penal", True, ["Andes Monitor"]),
    ]
    maduro = next(e for e in summary["entities"] if e["name"] == "Nicolas Maduro")
    assert [a["index"] for a in maduro["articles"]] == [0, 1, 2]


def test_the_briefing_note_keeps_hostile_page_text_as_text(tmp_path):
    """Titles, names and claimants from pages land in the briefing note's lists and
    tables; none of it may become a link, an image or raw HTML when the note is viewed."""
    from markdown_it import MarkdownIt

    from tui.collection.note import save_briefing_note

    hostile = "[click](javascript:alert(1)) <img src=x onerror=alert(1)> https://evil.example"
    briefings = site_briefings()
    for index, briefing in enumerate(briefings):
        meta = replace(briefing.article.meta, title=f"{hostile} {index}")
        figures = tuple(replace(f, source=Claimant(hostile)) for f in briefing.figures)
        entities = tuple(replace(e, name=f"{hostile} | x") for e in briefing.entities[:1])
        briefings[index] = Briefing(replace(briefing.article, meta=meta), figures, entities)
    outcomes = [Outcome(f"{hostile}{n}", (n,), b) for n, b in enumerate(briefings)]
    outcomes.append(Outcome(hostile, (9,), error="refused", exit_code=4))
    saved = save_briefing_note(CollectionResult(outcomes), tmp_path)

    html = MarkdownIt("gfm-like").render(saved.path.read_text(encoding="utf-8"))
    links = re.findall(r'<a href="([^"]*)"', html)
    assert links and all(not link.startswith(("javascript:", "http")) for link in links)
    assert "<img" not in html and "evil.example</a>" not in html
    assert "[click](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;" in html
    assert "disagree" in html.lower()
