"""Article metadata from the page head: JSON-LD, Open Graph, meta tags, <title> and <h1>.

Run on the parsed page before readability touches it. Every value is a plain string
(sanitised later by the pipeline). ``published`` is ISO 8601: the full date-time when
the page gives a time (``2026-01-02T14:05:00Z``), else the date (``2026-01-02``), so it
always starts with the date.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from tui.extraction_blocks import element_text

_ARTICLE_TYPES = re.compile(
    r"(News)?Article$|BlogPosting$|Report$|WebPage$|Posting$|Story$|Review$", re.I
)
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—·•»/\\]|::)\s+")
_STANDFIRST_CLASS = re.compile(
    r"(?:^|[\s_-])(?:standfirst|subhead(?:line)?|sub-head(?:line)?|dek|deck|subtitle|sub-title|"
    r"strapline|article-summary|story-summary|summary|excerpt|description|teaser-text)"
    r"(?:$|[\s_-])",
    re.I,
)
_BYLINE_PREFIX = re.compile(r"^\s*(?:by|von|par|por|di|door|av|af)\s+", re.I)
_AUTHOR_XPATH = (
    '//*[@rel="author" or @itemprop="author"]'
    ' | //*[contains(concat(" ", normalize-space(@class), " "), " byline ")]'
    ' | //*[contains(concat(" ", normalize-space(@class), " "), " author ")]'
)
_ISO_LIKE = re.compile(
    r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:\.\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?"
)

# Meta names/properties, most trusted first.
_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "publish-date",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.date",
    "citation_publication_date",
    "date",
)
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
)
_SITE_KEYS = ("og:site_name", "application-name", "al:ios:app_name", "publisher")
_DESCRIPTION_KEYS = ("og:description", "description", "twitter:description", "dc.description")
_TITLE_KEYS = ("og:title", "twitter:title", "parsely-title", "dc.title", "title")


@dataclass(slots=True)
class PageMetadata:
    """What the page says about itself. ``standfirst`` is the element that holds it."""

    title: str = ""
    byline: str | None = None
    site: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None
    headline: str = ""  # the <h1> text, used to spot the headline repeated in the body
    standfirst_text: str | None = None  # the standfirst element's text, when there is one


def _meta_values(root: etree._Element) -> dict[str, str]:
    """Lower-cased name/property -> first non-empty content (space-separated keys split)."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if not content or not content.strip():
            continue
        attributes = ("property", "name", "itemprop", "http-equiv")
        keys = " ".join(filter(None, (meta.get(name) for name in attributes)))
        for key in keys.lower().split():
            found.setdefault(key, " ".join(content.split()))
    return found


def _walk_json(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _walk_json(item)
    elif isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(value.get(key), (list, dict)):
                yield from _walk_json(value[key])


def _json_ld(root: etree._Element) -> dict[str, Any]:
    """The first JSON-LD object typed as an article (or web page when nothing better)."""
    best: dict[str, Any] = {}
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in _walk_json(data):
            types = item.get("@type")
            names = types if isinstance(types, list) else [types]
            names = [name for name in names if isinstance(name, str)]
            if any(_ARTICLE_TYPES.search(name) for name in names):
                if any(not name.endswith("WebPage") for name in names):
                    return item
                best = best or item
    return best


def _names(value: Any) -> list[str]:
    """Author or publisher names from a JSON-LD value (string, object or list)."""
    if isinstance(value, str):
        return [value] if value.strip() and "://" not in value else []
    if isinstance(value, dict):
        name = value.get("name")
        return _names(name) if name else []
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _first_str(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def iso_date(value: str | None) -> str | None:
    """Normalise a page's date to ISO 8601 (date, or date-time when a time is given)."""
    if not value:
        return None
    value = value.strip()
    match = _ISO_LIKE.match(value)
    if match:
        year, month, day, hour, minute, second, zone = match.groups()
        try:
            datetime(int(year), int(month), int(day))
        except ValueError:
            return None
        if hour is None:
            return f"{year}-{month}-{day}"
        stamp = f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}"
        if zone:
            stamp += "Z" if zone == "Z" else f"{zone[:3]}:{zone[-2:]}"
        return stamp
    for fmt in ("%a, %d %b %Y %H:%M:%S %z", "%d %b %Y", "%d %B %Y", "%B %d, %Y", "%b %d, %Y"):
        try:
            parsed = datetime.strptime(value, fmt)
        except ValueError:
            continue
        return parsed.isoformat() if "%H" in fmt else parsed.date().isoformat()
    return None


def _join_names(names: list[str]) -> str | None:
    unique: list[str] = []
    for name in names:
        clean = _BYLINE_PREFIX.sub("", " ".join(name.split())).strip(" ,;:|·•–—-")
        if clean and clean not in unique:
            unique.append(clean)
    if not unique:
        return None
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " and " + unique[-1]


def trim_site_suffix(title: str, site: str | None, headline: str) -> str:
    """Drop "| Section | Site" style suffixes (and "Site - " prefixes) from a <title>.

    Colons are not separators: they belong to headlines. A part goes when it is the site
    name, or when it is a short trailing label (three words at most) after a longer part.
    """
    title = " ".join(title.split())
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if headline and headline in parts:
        return headline
    site_key = (site or "").casefold()
    kept = [part for part in parts if part.casefold() != site_key] or parts
    while len(kept) > 1 and len(kept[-1].split()) <= 3 and len(kept[0].split()) >= 3:
        kept.pop()
    if len(kept) == len(parts):
        return title
    separators = _TITLE_SEPARATORS.findall(title)
    if kept == parts[: len(kept)]:
        rebuilt = kept[0]
        for separator, part in zip(separators, kept[1:], strict=False):
            rebuilt += separator + part
        return rebuilt
    return " - ".join(kept)


def _standfirst(root: etree._Element, h1: etree._Element | None) -> etree._Element | None:
    """A short summary element next to the headline, marked as such by its class."""
    if h1 is None:
        return None
    scopes = [h1.getparent()]
    if scopes[0] is not None and scopes[0].getparent() is not None:
        scopes.append(scopes[0].getparent())
    for scope in scopes:
        if scope is None:
            continue
        for element in scope.iter("p", "div", "h2", "span"):
            if element is h1:
                continue
            marks = f"{element.get('class', '')} {element.get('id', '')}"
            if not _STANDFIRST_CLASS.search(marks):
                continue
            text = element_text(element)
            if 20 <= len(text) <= 400 and len(element.findall(".//p")) <= 1:
                return element
    return None


def extract_metadata(root: etree._Element, url: str | None) -> PageMetadata:
    """Read the page's own description of itself; nothing here is guessed from the URL."""
    meta = _meta_values(root)
    ld = _json_ld(root)
    h1 = next(root.iter("h1"), None)
    headline = element_text(h1) if h1 is not None else ""
    result = PageMetadata(headline=headline)

    publisher = ld.get("publisher")
    result.site = next(
        (value for value in (*_names(publisher), *(meta.get(key) for key in _SITE_KEYS)) if value),
        None,
    )
    if result.site and result.site.startswith("@"):
        result.site = None

    title_tag = next(root.iter("title"), None)
    page_title = element_text(title_tag) if title_tag is not None else ""
    candidates = [_first_str(ld.get("headline")) if ld else None]
    candidates += [meta.get(key) for key in _TITLE_KEYS]
    candidates += [page_title, headline]
    for candidate in candidates:
        if candidate:
            result.title = trim_site_suffix(candidate, result.site, headline)
            break

    author_names = _names(ld.get("author")) if ld else []
    if not author_names:
        author_names = [
            value for key in _AUTHOR_KEYS if (value := meta.get(key)) and "://" not in value
        ]
        author_names = author_names[:1]
    if not author_names:
        for element in root.xpath(_AUTHOR_XPATH)[:3]:
            text = element_text(element)
            if text and len(text) <= 80:
                author_names.append(text)
                break
    result.byline = _join_names(author_names)

    dates = [_first_str(ld.get("datePublished")) if ld else None]
    dates += [meta.get(key) for key in _DATE_KEYS]
    for time in root.iter("time"):
        dates.append(time.get("datetime"))
        if len(dates) > 40:
            break
    result.published = next((iso for value in dates if (iso := iso_date(value))), None)

    canonical = next(
        (
            link.get("href")
            for link in root.iter("link")
            if "canonical" in (link.get("rel") or "").lower().split() and link.get("href")
        ),
        None,
    )
    target = canonical or meta.get("og:url") or (_first_str(ld.get("url")) if ld else None)
    if target and url:
        try:
            target = urljoin(url, target.strip())
        except ValueError:
            target = None
    if target and not target.lower().startswith(("http://", "https://")):
        target = None
    result.url = target or url

    html = root.getroottree().getroot()
    language = html.get("lang") or html.get("xml:lang") or meta.get("content-language")
    if not language and ld:
        language = _first_str(ld.get("inLanguage"))
    if not language and meta.get("og:locale"):
        language = meta["og:locale"]
    result.language = language.strip().replace("_", "-") if language and language.strip() else None

    standfirst = _standfirst(root, h1)
    result.standfirst_text = element_text(standfirst) if standfirst is not None else None
    description = next((meta[key] for key in _DESCRIPTION_KEYS if meta.get(key)), None)
    if not description and ld:
        description = _first_str(ld.get("description"))
    if not description:
        description = result.standfirst_text
    result.description = description
    return result
