"""Figures, entities and attribution for one article.

``analyse_article(article, entities=False)`` runs the figure rules only (milliseconds), so a
face can show figures first; with entities it also runs the recogniser (spaCy's
en_core_web_sm with only NER enabled, or the fallback rules) and links claimants to entity
ids. ``preload_recogniser()`` loads the model ahead of time from a worker thread.
"""

from __future__ import annotations

import re

from tui.analysis.attribution import attribute
from tui.analysis.entities import build_entities
from tui.analysis.figures import find_figures
from tui.analysis.recognisers import ENV_VARIABLE, get_recogniser, load_warnings, preload_recogniser
from tui.model import Article, Briefing

__all__ = ["ENV_VARIABLE", "analyse_article", "analyse_text", "preload_recogniser"]


def analyse_article(
    article: Article, *, entities: bool = True, recogniser: str | None = None
) -> Briefing:
    """Figures (always) and entities (unless ``entities`` is False) of ``article.text``.

    ``recogniser`` is "spacy" or "fallback"; by default ``$BRIEFING_NER``, else spaCy.
    """
    text = article.text
    figures = find_figures(text)
    if not entities:
        return Briefing(article, tuple(attribute(text, figures, ())))
    chosen = get_recogniser(recogniser)
    found = build_entities(text, chosen.recognise(_model_apostrophes(text)))
    warnings = load_warnings() if chosen.name.startswith("fallback") and recogniser is None else ()
    return Briefing(article, tuple(attribute(text, figures, found)), found, chosen.name, warnings)


def _model_apostrophes(text: str) -> str:
    """The text as the recogniser reads it: a curly apostrophe inside a word made straight,
    which the model was trained on ("O’Hare International Airport" is then one name, not
    "International Airport"). One character for one, so every offset stays."""
    return _INNER_APOSTROPHE.sub("'", text)


_INNER_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")


def analyse_text(text: str, *, entities: bool = True, recogniser: str | None = None) -> Briefing:
    """``analyse_article`` for a bare string (tests, benchmarks, library use)."""
    from tui.model import Metadata

    return analyse_article(Article(Metadata(), text, ()), entities=entities, recogniser=recogniser)
