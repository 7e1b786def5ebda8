"""Metadata from JSON-LD, Open Graph, meta tags, <title> and the page itself."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from tui.extract import extract_html
from tui.metadata import extract_metadata, iso_date, trim_site_suffix

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
URL = "https://example.com/news/ferry"


def page(head: str, body: str = "<h1>Headline of the story</h1>") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_json_ld_graph_open_graph_and_meta() -> None:
    meta = extract_html((FIXTURES / "metadata.html").read_text(), URL).meta
    assert meta.title == "Harbour ferry service to expand with three new routes"
    assert meta.byline == "Jane Roe and John Doe"
    assert meta.site == "The Daily Example"
    assert meta.published == "2026-03-02T08:30:00+11:00"
    assert meta.url == "https://example.com/city/2026/03/02/harbour-ferry"  # relative canonical
    assert meta.language == "en-GB"


def test_page_without_structured_data() -> None:
    meta = extract_html((FIXTURES / "metadata_minimal.html").read_text(), URL).meta
    assert meta.title == "Harbour ferry service to expand with three new routes"
    assert meta.byline == "Jane Roe"
    assert meta.published == "2026-03-02"
    assert meta.url == URL  # no canonical: the fetched URL


def test_title_never_falls_back_to_a_placeholder() -> None:
    meta = extract_metadata(page(""), URL)
    assert meta.title == "Headline of the story"
    assert extract_metadata(page("", "<p>no headline</p>"), URL).title == ""


@pytest.mark.parametrize(
    ("title", "site", "headline", "expected"),
    [
        ("Ferry routes to expand | News | Al Jazeera", "Al Jazeera", "", "Ferry routes to expand"),
        ("Ferry routes to expand - The Daily Example", None, "", "Ferry routes to expand"),
        ("Daily Example | Ferry routes to expand", "Daily Example", "", "Ferry routes to expand"),
        ("Evolve: Shared Mutable History", None, "", "Evolve: Shared Mutable History"),
        (
            "Raspberry Pi 3 - The credit card sized PC",
            None,
            "",
            "Raspberry Pi 3 - The credit card sized PC",
        ),
        ("Big news - Site", None, "Big news", "Big news"),
    ],
)
def test_site_suffix_trimming(title: str, site: str | None, headline: str, expected: str) -> None:
    assert trim_site_suffix(title, site, headline) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-01-02T14:05:00Z", "2026-01-02T14:05:00Z"),
        ("2026-01-02T14:05:00.123+0100", "2026-01-02T14:05:00+01:00"),
        ("2026-01-02", "2026-01-02"),
        ("20260102", "2026-01-02"),
        ("2 Jan 2026", "2026-01-02"),
        ("January 2, 2026", "2026-01-02"),
        ("Fri, 02 Jan 2026 14:05:00 +0000", "2026-01-02T14:05:00+00:00"),
        ("2026-02-30", None),
        ("yesterday", None),
    ],
)
def test_dates_become_iso_8601(value: str, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_author_urls_are_not_bylines_and_names_are_joined() -> None:
    root = page('<meta property="article:author" content="https://facebook.com/someone">')
    assert extract_metadata(root, URL).byline is None
    root = page(
        '<script type="application/ld+json">{"@type": "Article", "author": '
        '[{"name": "By Ann Po"}, {"name": "Sam Lee"}, "Ann Po"]}</script>'
    )
    assert extract_metadata(root, URL).byline == "Ann Po and Sam Lee"


def test_broken_json_ld_is_ignored() -> None:
    root = page(
        '<script type="application/ld+json">{not json</script>'
        '<meta property="og:title" content="From Open Graph">'
    )
    assert extract_metadata(root, URL).title == "From Open Graph"


def test_non_http_canonical_is_ignored() -> None:
    root = page('<link rel="canonical" href="javascript:alert(1)">')
    assert extract_metadata(root, URL).url == URL
