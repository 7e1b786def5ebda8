"""briefing: a terminal reader that pulls the facts out of news articles."""

__version__ = "0.1.0"
