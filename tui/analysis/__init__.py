"""Figures, entities and attribution for one article.

``analyse_article(article, entities=False)`` runs the figure rules only (milliseconds), so a
face can show figures first; with entities it also runs the recogniser (spaCy's
en_core_web_sm with only NER enabled, or the fallback rules) and links claimants to entity
ids. ``preload_recogniser()`` loads the model ahead of time from a worker thread.
"""

from __future__ import annotations

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
    found = build_entities(text, chosen.recognise(text))
    warnings = load_warnings() if chosen.name.startswith("fallback") and recogniser is None else ()
    return Briefing(article, tuple(attribute(text, figures, found)), found, chosen.name, warnings)


def analyse_text(text: str, *, entities: bool = True, recogniser: str | None = None) -> Briefing:
    """``analyse_article`` for a bare string (tests, benchmarks, library use)."""
    from tui.model import Metadata

    return analyse_article(Article(Metadata(), text, ()), entities=entities, recogniser=recogniser)
