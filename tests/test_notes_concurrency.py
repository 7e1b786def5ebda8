"""Two processes saving into the same notes folder at the same moment lose nothing."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import yaml

from tests.fixtures.notes.handmade import sample_briefing
from tui.notes import load_highlights

WORKER = Path(__file__).parent / "fixtures" / "notes" / "save_worker.py"
SAVES = 15


def _run_together(folder: Path, tmp_path: Path, mode: str) -> None:
    """Start two workers, let both load, then release them at once."""
    go = tmp_path / "go"
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), str(folder), str(tag), str(SAVES), str(go), mode],
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in (0, 1)
    ]
    deadline = time.monotonic() + 60
    while not all(Path(f"{go}.ready{tag}").exists() for tag in (0, 1)):
        assert time.monotonic() < deadline and all(w.poll() is None for w in workers)
        time.sleep(0.01)
    go.touch()
    for worker in workers:
        _, errors = worker.communicate(timeout=120)
        assert worker.returncode == 0, errors


def test_two_processes_updating_one_note_keep_every_highlight(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    _run_together(folder, tmp_path, "highlights")
    notes = list(folder.glob("*.md"))
    assert len(notes) == 1
    text = notes[0].read_text()
    front = yaml.safe_load(text.split("\n---\n", 1)[0].removeprefix("---\n"))
    assert front["tags"] == ["briefing"]
    for section in ("summary", "highlights", "figures", "entities"):
        assert text.count(f"<!-- briefing:begin {section} -->") == 1
    comments = {h.comment for h in load_highlights(sample_briefing().article, folder)}
    expected = {f"worker {w} save {i}" for w in (0, 1) for i in range(SAVES)}
    assert comments == expected
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_two_processes_saving_same_titled_articles_get_distinct_files(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    _run_together(folder, tmp_path, "titles")
    names = sorted(p.name for p in folder.glob("*.md"))
    assert len(names) == 2 * SAVES
    assert names[0] == "Same title (10).md" and "Same title.md" in names
    ids = {
        yaml.safe_load(p.read_text().split("\n---\n")[0][4:])["article_id"]
        for p in folder.glob("*.md")
    }
    assert len(ids) == 2 * SAVES
