"""Hostile titles become safe file names, and real files with them land where expected."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

from tests.fixtures.notes.handmade import briefing
from tui.notes import save_note
from tui.notes.filenames import MAX_NAME_BYTES, safe_filename, truncate_to_bytes

CJK = "中国人民银行宣布下调存款准备金率" * 8  # 3 bytes a character, ~380 bytes
EMOJI = "👩‍👩‍👧‍👦🇺🇳❤️‍🔥" * 12  # ZWJ sequences, a flag and a variation selector

HOSTILE_TITLES = [
    "../../etc/passwd",
    "..\\..\\Windows\\System32",
    "/absolute/path",
    "CON",
    "nul",
    "com1.txt",
    "LPT9",
    ".hidden",
    "...",
    "trailing. ",
    "trailing dots...",
    "   ",
    "",
    "tab\tnew\nline\rcarriage\x00nul\x1b[31mred\x7fdel\x85nel",
    "bidi \u202egnp.exe\u202c and \u2066isolate\u2069 \u200fRLM \u061cALM",
    "zero\u200bwidth\ufeffBOM",
    "quotes \"double\" and 'single'",
    "colons: one: two",
    "hash # caret ^ [brackets] | pipe ? star * <angle>",
    "---",
    "--- \n---\ntitle: injected\n---",
    "line\u2028separator\u2029paragraph",
    CJK,
    EMOJI,
    "q\u0301" * 200,  # combining accents (no precomposed form): never stripped from q
    "x" * 300,
]


def _assert_safe(name: str) -> None:
    stem = name.removesuffix(".md")
    assert name.endswith(".md")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert stem and stem == stem.strip(" .") and not stem.startswith("."), name
    assert stem.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT9"}
    for char in name:
        assert unicodedata.category(char) not in ("Cc", "Zl", "Zp", "Cs"), repr(name)
        assert unicodedata.category(char) != "Cf" or char in "\u200c\u200d", repr(name)
    assert not any(char in name for char in '<>:"|?*#^[]')
    assert unicodedata.is_normalized("NFC", name)


@pytest.mark.parametrize("title", HOSTILE_TITLES, ids=range(len(HOSTILE_TITLES)))
def test_hostile_title_gives_a_safe_name(title: str) -> None:
    _assert_safe(safe_filename(title))
    _assert_safe(safe_filename(title, 12))


def test_names_keep_readable_text() -> None:
    assert safe_filename("../../etc/passwd") == "etc passwd.md"
    assert safe_filename("CON") == "_CON.md"
    assert safe_filename("nul") == "_nul.md"
    assert safe_filename(".hidden") == "hidden.md"
    assert safe_filename("trailing. ") == "trailing.md"
    assert safe_filename("") == "Untitled.md"
    assert safe_filename("Venezuela: the vote", 2) == "Venezuela the vote (2).md"
    assert safe_filename("bidi \u202egnp.exe") == "bidi gnp.exe.md"


@pytest.mark.parametrize(
    "title", [CJK, EMOJI, "q\u0301" * 200, "🇺🇳" * 100], ids=["cjk", "emoji", "accents", "flags"]
)
def test_long_titles_are_cut_on_character_boundaries(title: str) -> None:
    name = safe_filename(title)
    stem = name.removesuffix(".md")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    # Not cut needlessly short: at most one emoji ZWJ sequence (25 bytes) is backed off.
    assert len(name.encode("utf-8")) > MAX_NAME_BYTES - 40
    assert title.startswith(stem)
    rest = title[len(stem) :]
    # The first character left out starts a new character: no accent, ZWJ, variation
    # selector or half flag was separated from what it belongs to.
    assert unicodedata.category(rest[0]) not in ("Mn", "Me", "Mc")
    assert rest[0] not in "\u200d\ufe0f" and stem[-1] != "\u200d"
    if rest[0] == "🇺":  # flags: the kept part holds whole pairs
        assert stem.count("🇺") == stem.count("🇳")


def test_truncate_counts_bytes_not_characters() -> None:
    assert truncate_to_bytes("ab€", 4) == "ab"  # € is 3 bytes
    assert truncate_to_bytes("ab€", 5) == "ab€"


@pytest.mark.parametrize("title", HOSTILE_TITLES, ids=range(len(HOSTILE_TITLES)))
def test_hostile_title_saves_inside_the_folder_and_front_matter_parses(
    tmp_path: Path, title: str
) -> None:
    folder = tmp_path / "notes"
    saved = save_note(briefing(title, location=f"mem:{title!r}"), (), folder)
    assert saved.path.parent == folder
    assert saved.path.is_file()
    assert [p.name for p in folder.iterdir() if not p.name.startswith(".")] == [saved.path.name]
    assert not (tmp_path / "etc").exists()
    text = saved.path.read_text(encoding="utf-8")
    front = text.split("\n---\n", 1)[0].removeprefix("---\n")
    values = yaml.safe_load(front)
    assert values["title"] == (title or "Untitled")
    assert values["tags"] == ["briefing"]
    assert values["article_id"].startswith("doc-")


def test_two_articles_with_the_same_title_get_two_files(tmp_path: Path) -> None:
    first = save_note(briefing(CJK, url="https://a.example/1"), (), tmp_path)
    second = save_note(briefing(CJK, url="https://b.example/2"), (), tmp_path)
    again = save_note(briefing(CJK, url="https://a.example/1"), (), tmp_path)
    assert first.path != second.path
    assert second.path.name.endswith(" (2).md")
    assert len(second.path.name.encode("utf-8")) <= MAX_NAME_BYTES
    assert again.path == first.path and not again.created
    assert len(list(tmp_path.glob("*.md"))) == 2
