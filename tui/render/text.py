"""Plain text for pipes: the title, a blank line, then the body exactly as ``text``.

Never hard-wrapped: pagers and editors wrap, and offsets stay meaningful.
"""

from __future__ import annotations

from tui.model import Article


def render_text(article: Article) -> str:
    if article.meta.title:
        return f"{article.meta.title}\n\n{article.text}\n"
    return f"{article.text}\n"
