"""``briefing notes`` and ``briefing --save-note``, as a user runs them."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from tests.fixtures.notes.handmade import briefing
from tests.httpserver import LocalServer, Reply
from tui.notes import save_note
from tui.notes.cli import notes_command


def _notes(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = notes_command(argv, out, err)
    return code, out.getvalue(), err.getvalue()


def _briefing(*args: str, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_notes_lists_title_site_saved_date_and_path(tmp_path: Path) -> None:
    one = briefing("Older story", url="https://news.example/1")
    older = save_note(one, (), tmp_path, now=datetime(2026, 1, 1, 8, 0))
    two = briefing("Newer story", url="https://news.example/2")
    newer = save_note(two, (), tmp_path, now=datetime(2026, 2, 1, 9, 30))
    (tmp_path / "unrelated.md").write_text("# not a briefing note\n")

    code, out, err = _notes(["--notes-dir", str(tmp_path)])
    assert code == 0 and err == ""
    assert out.splitlines() == [
        "2026-02-01 09:30  Newer story",
        f"                  {newer.path}",
        "2026-01-01 08:00  Older story",
        f"                  {older.path}",
    ]
    code, out, _ = _notes(["--notes-dir", str(tmp_path), "--format", "json"])
    listed = json.loads(out)
    assert [(n["title"], n["saved"], n["path"]) for n in listed] == [
        ("Newer story", "2026-02-01T09:30:00", str(newer.path)),
        ("Older story", "2026-01-01T08:00:00", str(older.path)),
    ]
    assert listed[0]["url"] == "https://news.example/2" and listed[0]["site"] is None


def test_notes_never_prints_control_sequences_from_a_note(tmp_path: Path) -> None:
    path = save_note(briefing("Plain", url="https://news.example/p"), (), tmp_path).path
    text = path.read_text().replace('title: "Plain"', 'title: "\\e]0;pwned\\a\\e[2Jtitle"')
    path.write_text(text)
    code, out, _ = _notes(["--notes-dir", str(tmp_path)])
    assert code == 0 and "\x1b" not in out and "\x07" not in out
    assert "]0;pwned[2Jtitle" in out


def test_notes_locate_prints_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_NOTES_DIR", str(tmp_path / "from-env"))
    assert _notes(["--locate"]) == (0, f"{tmp_path / 'from-env'}\n", "")
    assert _notes(["--locate", "--notes-dir", str(tmp_path / "opt")])[1] == f"{tmp_path / 'opt'}\n"


def test_notes_empty_folder_and_errors(tmp_path: Path) -> None:
    assert _notes(["--notes-dir", str(tmp_path / "none")]) == (
        0,
        "",
        f"briefing: no notes in {tmp_path / 'none'}\n",
    )
    code, _, err = _notes(["--format", "yaml"])
    assert code == 2 and err.startswith("briefing: notes: argument --format")
    a_file = tmp_path / "file"
    a_file.write_text("x")
    code, _, err = _notes(["--notes-dir", str(a_file)])
    assert code == 3 and err == f"briefing: notes folder {a_file} is not a folder\n"


def test_save_note_twice_keeps_the_added_line_and_lists_the_note(
    tmp_path: Path, sample_html: Path
) -> None:
    """The issue's "must show", through the real command line and the real analysis."""
    folder = tmp_path / "D"
    first = _briefing("--save-note", str(sample_html), "--notes-dir", str(folder))
    assert first.returncode == 0, first.stderr
    path = Path(first.stdout.strip())
    assert path.parent == folder and path.is_file()
    path.write_text(path.read_text().replace("## My notes\n", "## My notes\n\nAdded by hand.\n"))

    second = _briefing("--save-note", str(sample_html), "--notes-dir", str(folder))
    assert second.returncode == 0 and second.stderr == ""
    assert Path(second.stdout.strip()) == path
    assert [p.name for p in folder.glob("*.md")] == [path.name]
    text = path.read_text()
    assert "\nAdded by hand.\n" in text
    for section in ("summary", "highlights", "figures", "entities"):
        assert text.count(f"<!-- briefing:begin {section} -->") == 1
    rows = {
        line.split(" | ")[0].removeprefix("| "): line
        for line in text.splitlines()
        if line.startswith("| ")
    }
    assert "| at least | prisoner | Donald Trump’s administration |" in rows["87"]
    assert "| The government of Venezuela |" in rows["99"]
    assert "| Foro Penal |" in rows["61"]
    assert "unable to verify the release of 61 prisoners" in rows["61"]
    entities = text.split("<!-- briefing:begin entities -->")[1]
    assert entities.index("### People") < entities.index("Maduro") < entities.index("### Places")
    assert "- Foro Penal (1)" in entities and "- Venezuela (" in entities

    listed = _briefing("notes", "--notes-dir", str(folder))
    assert listed.returncode == 0
    assert "Venezuela frees dozens of political prisoners" in listed.stdout
    assert str(path) in listed.stdout


def test_save_note_failure_is_one_line_and_exit_3_before_fetching(tmp_path: Path) -> None:
    """An unusable notes folder is reported before the page is even requested."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with LocalServer() as server:
        url = server.add("/story", Reply(b"<html><body><p>Never fetched.</p></body></html>"))
        result = _briefing("--save-note", url, "--notes-dir", str(blocker / "notes"))
        assert server.count("/story") == 0
    assert result.returncode == 3
    assert result.stderr.startswith("briefing: cannot create notes folder")
    assert result.stderr.count("\n") == 1 and result.stdout == ""


def test_save_note_over_a_damaged_note_names_the_conflict_copy(
    tmp_path: Path, sample_html: Path
) -> None:
    """A note whose managed part was edited by hand is left as it is; stdout gives the
    copy that holds the new version and stderr says why."""
    folder = tmp_path / "notes"
    env = {"BRIEFING_NER": "fallback"}
    first = _briefing("--save-note", str(sample_html), "--notes-dir", str(folder), env=env)
    path = Path(first.stdout.strip())
    path.write_text(path.read_text().replace("<!-- briefing:end figures -->\n", ""))
    before = path.read_bytes()

    second = _briefing("--save-note", str(sample_html), "--notes-dir", str(folder), env=env)
    assert second.returncode == 0
    copy = Path(second.stdout.strip())
    assert copy != path and copy.parent == folder and "(conflict " in copy.name
    assert "Venezuela frees dozens" in copy.read_text()
    assert path.read_bytes() == before
    assert second.stderr.startswith(f"briefing: the note {path} changed")
    assert str(copy) in second.stderr and second.stderr.count("\n") == 1


def test_save_note_of_a_feed_saves_each_article_and_a_briefing_note(tmp_path: Path) -> None:
    """Headless saving of a briefing: the printed note links the three article notes
    and holds the comparison; a missing source is reported and does not stop it."""
    folder = tmp_path / "notes"
    feed = Path(__file__).parent / "fixtures" / "collection" / "feed.xml"
    result = _briefing(
        "--save-note",
        str(feed),
        str(tmp_path / "missing.html"),
        "--notes-dir",
        str(folder),
        env={"BRIEFING_NER": "fallback"},
    )
    assert result.returncode == 0
    assert result.stderr.count("\n") == 1 and "missing.html" in result.stderr
    path = Path(result.stdout.strip())
    assert path.parent == folder and path.name.startswith("Briefing ")
    text = path.read_text(encoding="utf-8")
    article_notes = sorted(p for p in folder.glob("*.md") if p != path)
    assert len(article_notes) == 3
    for note in article_notes:
        assert f"(<{note.name}>)" in text
    assert "87" in text and "99" in text and "61" in text and "Foro Penal" in text
