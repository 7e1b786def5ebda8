"""The two seed samples end to end through the installed CLI: title, 15 paragraphs, metadata."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
HTML = SAMPLES / "venezuela-article.html"
TEXT = SAMPLES / "venezuela-scraped.txt"
TITLE = "Venezuela frees dozens of political prisoners as US pressure mounts"
BOILERPLATE = (
    "Recommended Stories",
    "list of 3 items",
    "end of list",
    "Source:",
    "Aljazeera",
    "Leave a Reply",
    "Rights groups confirm new releases",
    "Advertisement",
    "Sign up",
    "cookies",
    "Most Read",
    "[File: Reuters]",
)

pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason="needs ../shared/samples")


def briefing(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "tui", *args], capture_output=True, text=True, check=True
    )
    return done.stdout


def paragraphs(output: str) -> list[str]:
    return [part for part in output.strip().split("\n\n") if part]


def test_html_sample_prints_title_and_fifteen_clean_paragraphs() -> None:
    parts = paragraphs(briefing("--format", "text", str(HTML)))
    assert parts[0] == TITLE
    body = parts[1:]
    assert len(body) == 15
    assert body[0].startswith("At least 87 prisoners have been released")
    assert body[-1].startswith("Machado has vehemently supported the US pressure campaign")
    assert "At least 2,000 people have been freed" in body[9]
    for phrase in BOILERPLATE:
        assert all(phrase not in part for part in body), phrase


def test_text_sample_prints_the_same_fifteen_paragraphs() -> None:
    html_body = paragraphs(briefing("--format", "text", str(HTML)))[1:]
    text_body = paragraphs(briefing("--format", "text", str(TEXT)))
    assert text_body == html_body


def test_html_sample_metadata_in_json() -> None:
    data = json.loads(briefing("--format", "json", str(HTML)))
    assert data["title"] == TITLE
    assert data["site"] == "Al Jazeera"
    assert data["published"].startswith("2026-01-02")
    assert data["source"] == "Aljazeera"
    assert data["byline"] == "Al Jazeera Staff"
    assert data["url"] == (
        "https://www.aljazeera.com/news/2026/1/2/venezuela-frees-dozens-of-political-prisoners"
    )
    assert data["language"] == "en"
    assert data["description"].startswith("Rights groups confirm new releases from Tocoron")
    assert "Source: Aljazeera" not in data["text"]


def test_text_sample_source_line_is_metadata() -> None:
    data = json.loads(briefing("--format", "json", str(TEXT)))
    assert data["source"] == "Aljazeera"
    assert "Leave a Reply" not in data["text"]
    assert "2, 000" not in data["text"] and "2,000" in data["text"]
