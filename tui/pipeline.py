"""Source to Briefing, as plain functions a worker thread can call stage by stage.

Nothing here imports Textual: the TUI, the stdout renderers and notes all call these.
"""

from __future__ import annotations

from collections.abc import Callable

from tui.article import build_article, build_raw_article
from tui.decode import decode, sniff_kind
from tui.errors import NothingReadableError
from tui.extract import extract_html, extract_text
from tui.model import Article, Briefing
from tui.sources import FetchOptions, Progress, RawDocument, read_source

Reader = Callable[..., RawDocument]
"""``read(location, options, progress=...)``: ``read_source`` or a stand-in for it."""


def article_from_document(
    raw: RawDocument, *, raw_text: bool = False, full: bool = False
) -> Article:
    """Decode, extract, clean and sanitise one fetched document.

    ``raw_text`` keeps the input as given (only sanitised); ``full`` skips article
    detection and keeps the whole page's visible text.
    """
    kind = sniff_kind(raw)
    text = decode(raw)
    if raw_text:
        article = build_raw_article(text, raw.location)
    elif kind == "html" and full:
        from tui.extract import extract_full

        article = build_article(extract_full(text, raw.url), raw.location)
    elif kind == "html":
        article = build_article(extract_html(text, raw.url), raw.location)
    else:
        article = build_article(extract_text(text), raw.location)
    if not article.text.strip():
        raise NothingReadableError(f"no readable article in {raw.location}")
    return article


def load_article(
    location: str,
    options: FetchOptions | None = None,
    *,
    raw_text: bool = False,
    full: bool = False,
    progress: Progress | None = None,
    read: Reader = read_source,
) -> Article:
    """Read and extract one source. Raises ``BriefingError`` subclasses on failure.

    ``read`` turns the location into bytes (``read_source``, or a cached reader)."""
    raw = read(location, options, progress=progress)
    if progress:
        progress("extracting", len(raw.data))
    return article_from_document(raw, raw_text=raw_text, full=full)


def analyse(article: Article, *, entities: bool = True) -> Briefing:
    """Find figures and, unless ``entities`` is False, named entities (slow: loads a model)."""
    from tui.analysis import analyse_article

    return analyse_article(article, entities=entities)
