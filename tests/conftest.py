"""Shared test helpers: paths to the shared samples and to our fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def sample_html() -> Path:
    return SHARED / "samples" / "venezuela-article.html"


@pytest.fixture
def sample_text() -> Path:
    return SHARED / "samples" / "venezuela-scraped.txt"
