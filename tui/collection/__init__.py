"""Briefings of many articles: sources, feeds, concurrent fetching, cache and cross-article facts.

Nothing in this package imports Textual except ``tui.app.collection_screen``, which renders
what ``runner`` collects.
"""
