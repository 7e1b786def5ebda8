"""Who claims each figure, and hedges: from the sample and from sentences written for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis import analyse_article, analyse_text
from tui.model import Briefing, Figure
from tui.pipeline import load_article

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "venezuela-scraped.txt"


def figure(briefing: Briefing, text: str) -> Figure:
    hits = [f for f in briefing.figures if f.text == text]
    assert len(hits) == 1, [f.text for f in briefing.figures]
    return hits[0]


def entity_name(briefing: Briefing, entity_id: str | None) -> str | None:
    return next((e.name for e in briefing.entities if e.id == entity_id), None)


@pytest.fixture(scope="module")
def sample() -> Briefing:
    return analyse_article(load_article(str(SAMPLE)), recogniser="spacy")


def test_sample_claimants_link_to_entities(sample: Briefing) -> None:
    f87 = figure(sample, "87 prisoners")
    assert f87.source is not None
    assert f87.source.text == "Donald Trump’s administration"
    assert entity_name(sample, f87.source.entity_id) == "Donald Trump"

    f99 = figure(sample, "99 of its prisoners")
    assert f99.source is not None and f99.source.text == "The government of Venezuela"
    assert entity_name(sample, f99.source.entity_id) == "Venezuela"
    assert f99.hedge is None

    f61 = figure(sample, "61 prisoners")
    assert f61.source is not None and f61.source.text == "Foro Penal"
    assert entity_name(sample, f61.source.entity_id) == "Foro Penal"
    assert f61.hedge == "unable to verify"


def test_sample_figures_nobody_claims(sample: Briefing) -> None:
    for text in ("28 people", "100 people", "July 2024"):
        assert figure(sample, text).source is None, text
    people = [f for f in sample.figures if f.value == 2000]
    assert people[0].source is not None and people[0].source.text == "official records"
    assert people[0].source.entity_id is None
    seven_hundred = next(f for f in sample.figures if f.value == 700)
    assert seven_hundred.source is None  # "according to" belongs to the other clause
    assert seven_hundred.hedge == "alleged"


@pytest.mark.parametrize(
    ("text", "span", "source", "hedge"),
    [
        ("The ministry said 40 soldiers were killed.", "40 soldiers", "The ministry", None),
        ("At least 40 soldiers died, the ministry said.", "40 soldiers", "the ministry", None),
        ("Reuters reported that 12 ships sank.", "12 ships", "Reuters", None),
        ("According to the UN, 3 million people fled.", "3 million people", "the UN", None),
        ("Oxfam's figures show 900 homes were destroyed.", "900 homes", "Oxfam", None),
        ("Some 300 people were reportedly detained.", "300 people", None, "reportedly"),
        ("An estimated 5,000 fighters remain.", "5,000 fighters", None, "estimated"),
        (
            "Officials said they could not verify that 20 boats were hit.",
            "20 boats",
            "Officials",
            "could not verify",
        ),
        ("He said 50 people were hurt.", "50 people", None, None),
        ('"We lost 30 homes," said Maria Lopez, a resident.', "30 homes", "Maria Lopez", None),
        ("Revenue hit $5bn, chief executive Tim Cook told analysts.", "$5bn", "Tim Cook", None),
        (
            "According to a UN report released on Monday, 9 ships sank.",
            "9 ships",
            "a UN report",
            None,
        ),
        (
            "Officials estimate that 2,000 homes were damaged.",
            "2,000 homes",
            "Officials",
            "estimate",
        ),
        ("Prices rose 20 per cent last year.", "20 per cent", None, None),
    ],
)
def test_claims_and_hedges(text: str, span: str, source: str | None, hedge: str | None) -> None:
    found = figure(analyse_text(text, recogniser="spacy"), span)
    assert (found.source.text if found.source else None) == source
    assert found.hedge == hedge


def test_claimant_from_another_sentence_is_never_guessed() -> None:
    text = "The army said it was ready. Fighting killed 30 people on Sunday."
    assert figure(analyse_text(text, recogniser="spacy"), "30 people").source is None


def test_claimant_entity_id_names_the_speaker() -> None:
    briefing = analyse_text(
        "Angela Merkel visited Kyiv. Merkel said 200 tanks would be sent.", recogniser="spacy"
    )
    found = figure(briefing, "200 tanks")
    assert found.source is not None and found.source.text == "Merkel"
    assert entity_name(briefing, found.source.entity_id) == "Angela Merkel"
