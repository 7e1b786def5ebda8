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


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    """Every test gets its own cache, history, notes and config folders (and so do the
    commands it runs), so no test reads or writes the user's real ones or another test's."""
    home = tmp_path_factory.mktemp("user")
    for variable, name in (
        ("BRIEFING_CACHE_DIR", "cache"),
        ("BRIEFING_DATA_DIR", "data"),
        ("BRIEFING_NOTES_DIR", "notes"),
        ("BRIEFING_CONFIG", "config.toml"),
    ):
        monkeypatch.setenv(variable, str(home / name))
    return home
