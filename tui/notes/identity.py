"""A stable id per article, so saving the same article again finds the same note.

The id is written into the note's front matter (``article_id``). It comes from the
canonical URL when there is one (scheme, ``www``-less host case, default port,
fragment, trailing slash and tracking parameters do not matter), else from where the
article was read (an absolute path, or ``-`` for stdin) together with its title.
"""

from __future__ import annotations

import hashlib
import os
import re
from urllib.parse import parse_qsl, urlencode, urlsplit

from tui.model import Article

_TRACKING = re.compile(
    r"^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|cmpid|ocid|at_.*)$",
    re.IGNORECASE,
)
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def canonical_url(url: str) -> str:
    """The form of ``url`` that two links to the same article share."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    port = parts.port if parts.port not in (None, 80, 443) else None
    netloc = f"{host}:{port}" if port else host
    path = parts.path.rstrip("/") or "/"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, True) if not _TRACKING.match(k)])
    return f"//{netloc}{path}" + (f"?{query}" if query else "")


def article_id(article: Article) -> str:
    """``url-<16 hex>`` from the canonical URL, else ``doc-<16 hex>`` from location + title."""
    url = article.meta.url or (article.location if _URL.match(article.location) else None)
    if url:
        return "url-" + _digest(canonical_url(url))
    return "doc-" + _digest(f"{full_location(article)}\n{article.meta.title}")


def full_location(article: Article) -> str:
    """Where the article was read from: its URL, ``-`` for stdin, else an absolute path
    (so the same file gives the same id from any working folder)."""
    location = article.location
    if not location or location == "-" or _URL.match(location):
        return location
    return os.path.abspath(os.path.expanduser(location))
