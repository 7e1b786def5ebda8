"""Figures, entities and attribution. PLACEHOLDER until the analysis work lands."""

from __future__ import annotations

from tui.model import Article, Briefing


def analyse_article(article: Article, *, entities: bool = True) -> Briefing:
    """Return the article's figures and entities (placeholder: none yet)."""
    return Briefing(article)
