"""Saving notes on disk never loses a word: merges, conflict copies, failures, locks.

Every test writes real files in a temporary folder.
"""

from __future__ import annotations

import ctypes
import dataclasses
import errno
import os
import shutil
import stat
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import filelock
import platformdirs
import pytest
import yaml

from tests.fixtures.notes.handmade import ROOT, briefing, sample_briefing
from tui.errors import NotesError
from tui.model import Briefing, Highlight, Metadata
from tui.notes import load_highlights, resolve_notes_dir, save_note
from tui.notes import store as store_module

FIRST = datetime(2026, 1, 5, 9, 0, 0)
SECOND = datetime(2026, 1, 6, 18, 30, 0)


@pytest.fixture(scope="module")
def sample() -> Briefing:
    return sample_briefing()


def _front(path: Path) -> dict:
    return yaml.safe_load(path.read_text().split("\n---\n", 1)[0].removeprefix("---\n"))


def _section(text: str, name: str) -> str:
    return text.split(f"<!-- briefing:begin {name} -->\n")[1].split("<!-- briefing:end")[0]


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def _highlight(briefing: Briefing, quote: str, comment: str = "") -> Highlight:
    start = briefing.article.text.index(quote)
    return Highlight(start, start + len(quote), quote, comment)


# --- the round trip --------------------------------------------------------------------


def test_hand_edits_survive_and_managed_sections_update(tmp_path: Path, sample: Briefing) -> None:
    first = save_note(sample, (), tmp_path, now=FIRST)
    assert first.created and first.conflict_path is None
    path = first.path
    text = path.read_text()
    text = text.replace("---\ntitle:", "---\n# why I kept this\nrating: 4\ntitle:", 1)
    text = text.replace(
        "<!-- briefing:begin highlights", "Between sections.\n\n<!-- briefing:begin highlights"
    )
    text = text.replace(
        "## My notes\n", "## My notes\n\nThe 61 figure is disputed.\n- [ ] follow up\n"
    )
    text += "\nLast line, no newline after it"
    path.write_text(text)

    fewer = dataclasses.replace(sample, figures=sample.figures[:2], entities=sample.entities[:1])
    quote = "At least 28 people died"
    second = save_note(
        fewer, [_highlight(sample, quote, "vs official count")], tmp_path, now=SECOND
    )

    assert second == store_module.NoteSaved(path, None, False)
    assert sorted(p.name for p in tmp_path.glob("*.md")) == [path.name]
    after = path.read_text()
    for kept in (
        "# why I kept this\nrating: 4\n",
        "Between sections.\n",
        "The 61 figure is disputed.\n- [ ] follow up\n",
        "\nLast line, no newline after it",
    ):
        assert kept in after
    figures = _section(after, "figures")
    assert "| 87 |" in figures and "| 99 |" in figures and "| 61 |" not in figures
    assert "Maduro" in _section(after, "entities") and "Venezuela" not in _section(
        after, "entities"
    )
    assert f"> {quote}\n\nvs official count" in _section(after, "highlights")
    front = _front(path)
    assert front["saved"] == "2026-01-06T18:30:00" and front["rating"] == 4
    # A third save with nothing new changes nothing but the time stamp.
    save_note(fewer, (), tmp_path, now=SECOND)
    assert path.read_text() == after


def test_front_matter_merges_key_by_key(tmp_path: Path) -> None:
    original = briefing("Original title", url="https://news.example/a")
    path = save_note(original, (), tmp_path, now=FIRST).path
    text = path.read_text().replace('title: "Original title"', "title: My own title")
    text = text.replace("byline: null\n", "")
    path.write_text(text)

    meta = Metadata(title="Original title", url="https://news.example/a", site="News", byline="A")
    updated = Briefing(dataclasses.replace(original.article, meta=meta))
    assert save_note(updated, (), tmp_path, now=SECOND).path == path
    front = _front(path)
    assert front["title"] == "My own title"  # the reader's edit wins
    assert "byline" not in front  # the reader removed it: it stays removed
    assert front["site"] == "News"  # untouched by the reader: updated
    assert front["saved"] == "2026-01-06T18:30:00"


def test_front_matter_rewritten_by_an_editor_still_merges(tmp_path: Path) -> None:
    """Obsidian's property editor re-serialises the whole front matter in its own style."""
    original = briefing('Quotes "and": colons', url="https://news.example/o")
    path = save_note(original, (), tmp_path, now=FIRST).path
    front_text, body = path.read_text().removeprefix("---\n").split("\n---\n", 1)
    values = yaml.safe_load(front_text)
    values["aliases"] = ["my alias"]
    restyled = yaml.safe_dump(values, sort_keys=True, allow_unicode=True)
    path.write_text(f"---\n{restyled}---\n{body}")

    meta = dataclasses.replace(original.article.meta, site="News")
    updated = Briefing(dataclasses.replace(original.article, meta=meta))
    saved = save_note(updated, (), tmp_path, now=SECOND)
    assert saved.conflict_path is None
    front = _front(path)
    assert front["site"] == "News" and front["aliases"] == ["my alias"]
    assert front["title"] == 'Quotes "and": colons'
    assert front["saved"] == "2026-01-06T18:30:00"


def test_note_renamed_or_moved_is_still_found(tmp_path: Path) -> None:
    one = briefing("Moving note", url="https://news.example/m")
    path = save_note(one, (), tmp_path).path
    moved = tmp_path / "archive" / "renamed by me.md"
    moved.parent.mkdir()
    path.rename(moved)
    saved = save_note(one, (), tmp_path)
    assert saved.path == moved and not saved.created
    assert list(tmp_path.glob("*.md")) == []


def test_crlf_note_keeps_its_line_endings(tmp_path: Path) -> None:
    one = briefing("Windows note", url="https://news.example/w")
    path = save_note(one, (), tmp_path, now=FIRST).path
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n") + b"typed on Windows\r\n")
    save_note(one, (), tmp_path, now=SECOND)
    data = path.read_bytes()
    assert b"typed on Windows\r\n" in data and b"2026-01-06T18:30:00" in data
    assert data.count(b"\n") == data.count(b"\r\n")


def test_permissions_are_kept_and_symlinks_stay_links(tmp_path: Path) -> None:
    one = briefing("Private note", url="https://news.example/p")
    path = save_note(one, (), tmp_path, now=FIRST).path
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~_umask()
    path.chmod(0o600)
    save_note(one, (), tmp_path, now=SECOND)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    vault = tmp_path / "vault"
    vault.mkdir()
    real = vault / "real.md"
    shutil.move(path, real)
    path.symlink_to(real)
    save_note(one, [Highlight(0, 5, "First", "c")], tmp_path)
    assert path.is_symlink() and "> First" in real.read_text()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# --- conflicts -------------------------------------------------------------------------


def _damage_inside_section(text: str) -> str:
    return text.replace("| 87 |", "| 87 (I doubt it) |")


CONFLICTS = {
    "edited inside a section": _damage_inside_section,
    "end marker removed": lambda t: t.replace("<!-- briefing:end figures -->\n", ""),
    "begin marker repeated": lambda t: t + "\n<!-- briefing:begin entities -->\n",
    "section removed": lambda t: (
        t.split("<!-- briefing:begin entities -->")[0]
        + t.split("<!-- briefing:end entities -->")[1]
    ),
    "markers out of order": lambda t: (
        t.replace("<!-- briefing:begin summary -->", "@@")
        .replace("<!-- briefing:end summary -->", "<!-- briefing:begin summary -->")
        .replace("@@", "<!-- briefing:end summary -->")
    ),
    "data line removed": lambda t: "\n".join(
        line for line in t.split("\n") if not line.startswith("<!-- briefing:data")
    ),
    "front matter broken": lambda t: t.replace("tags:", "tags: [unclosed", 1),
    "not UTF-8": lambda t: t + "\udcff",
}


@pytest.mark.parametrize("damage", CONFLICTS.values(), ids=CONFLICTS.keys())
def test_unmergeable_note_is_left_alone_and_a_conflict_copy_written(
    tmp_path: Path, sample: Briefing, damage
) -> None:
    path = save_note(sample, (), tmp_path, now=FIRST).path
    path.write_bytes(damage(path.read_text()).encode("utf-8", "surrogateescape"))
    before = path.read_bytes()

    quote = "In the current strikes, more than 100 people have died."
    saved = save_note(sample, [_highlight(sample, quote, "new")], tmp_path, now=SECOND)

    assert path.read_bytes() == before
    assert saved.path == path and not saved.created
    assert saved.conflict_path is not None and saved.conflict_path.parent == tmp_path
    assert saved.conflict_path.name == f"{path.stem} (conflict 2026-01-06 183000).md"
    assert saved.conflict_reason
    copy = saved.conflict_path.read_text()
    assert _front(saved.conflict_path)["conflict_of"] == path.name
    assert f"> {quote}\n\nnew" in copy and "| 87 |" in copy
    # The copy is never taken for the note: saving again makes a second copy.
    again = save_note(sample, (), tmp_path, now=SECOND)
    assert path.read_bytes() == before
    assert again.conflict_path not in (None, saved.conflict_path)
    assert saved.conflict_path.read_text() == copy


def test_note_without_front_matter_is_never_overwritten(tmp_path: Path) -> None:
    one = briefing("Stripped", url="https://news.example/s")
    path = save_note(one, (), tmp_path).path
    path.write_text("All my own words now.\n")
    saved = save_note(one, (), tmp_path)
    assert path.read_text() == "All my own words now.\n"
    assert saved.created and saved.path.name == "Stripped (2).md"


# --- failures ----------------------------------------------------------------------------


def _raise(code: int):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    return fail


@pytest.mark.parametrize(
    ("target", "code", "message"),
    [
        ("write", errno.ENOSPC, "No space left on device"),
        ("fsync", errno.EIO, "Input/output error"),
        ("replace", errno.EACCES, "Permission denied"),
    ],
)
def test_failed_write_leaves_the_old_note_byte_identical(
    tmp_path: Path, sample: Briefing, monkeypatch: pytest.MonkeyPatch, target, code, message
) -> None:
    path = save_note(sample, (), tmp_path, now=FIRST).path
    path.write_text(path.read_text() + "\nmy words\n")
    before = path.read_bytes()
    monkeypatch.setattr(os, target, _raise(code))
    with pytest.raises(NotesError) as failure:
        save_note(sample, [_highlight(sample, "At least 28 people died")], tmp_path, now=SECOND)
    monkeypatch.undo()
    assert failure.value.exit_code == 3
    assert message in str(failure.value) and "\n" not in str(failure.value)
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_full_disk_on_a_new_note_leaves_nothing(
    tmp_path: Path, sample: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "write", _raise(errno.ENOSPC))
    with pytest.raises(NotesError, match="No space left on device"):
        save_note(sample, (), tmp_path)
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".briefing.lock")] == []


def test_notes_folder_under_a_file_is_exit_3(tmp_path: Path, sample: Briefing) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(NotesError, match="cannot create notes folder") as failure:
        save_note(sample, (), blocker / "notes")
    assert failure.value.exit_code == 3
    with pytest.raises(NotesError, match="is not a folder"):
        save_note(sample, (), blocker)
    assert blocker.read_text() == "not a folder"


def _without_root_override() -> None:
    """In the child: drop the capabilities that let root write into any folder, so
    the folder's permissions apply (``prctl(PR_CAPBSET_DROP)``; effective after exec)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def test_read_only_folder_is_exit_3_and_the_note_is_untouched(tmp_path: Path) -> None:
    """A real permission failure, in a child process. CI runs as root, for whom chmod
    does not stop writes, so the child first drops root's permission override."""
    folder = tmp_path / "notes"
    one = briefing("Read only", url="https://news.example/ro")
    path = save_note(one, (), folder, now=FIRST).path
    before = path.read_bytes()
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from tests.fixtures.notes.handmade import briefing
        from tui.errors import NotesError
        from tui.model import Highlight
        from tui.notes import save_note
        try:
            save_note(briefing("Read only", url="https://news.example/ro"),
                      [Highlight(0, 5, "First", "x")], {str(folder)!r})
        except NotesError as error:
            print(error)
            sys.exit(error.exit_code)
        """
    )
    folder.chmod(0o555)
    try:
        result = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            timeout=60,
            preexec_fn=_without_root_override if os.geteuid() == 0 else None,
        )
    finally:
        folder.chmod(0o755)
    assert result.returncode == 3, result.stderr
    assert result.stdout == f"cannot save note in {folder}: Permission denied\n"
    assert path.read_bytes() == before
    assert _leftovers(folder) == []


def test_a_held_lock_times_out_with_exit_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    one = briefing("Locked", url="https://news.example/l")
    monkeypatch.setattr(store_module, "LOCK_TIMEOUT", 0.2)
    with filelock.FileLock(tmp_path / ".briefing.lock"), pytest.raises(NotesError) as failure:
        save_note(one, (), tmp_path)
    assert failure.value.exit_code == 3 and "try again" in str(failure.value)
    assert list(tmp_path.glob("*.md")) == []


# --- highlights --------------------------------------------------------------------------


def test_highlights_and_comments_come_back(tmp_path: Path, sample: Briefing) -> None:
    first = _highlight(sample, "At least 87 prisoners have been released", "Trump's number")
    second = _highlight(sample, "Foro Penal", "who are they?\nsecond line")
    save_note(sample, [second, first], tmp_path)
    assert load_highlights(sample.article, tmp_path) == (first, second)


def test_highlights_accumulate_and_comments_update(tmp_path: Path, sample: Briefing) -> None:
    first = _highlight(sample, "At least 87 prisoners", "one")
    second = _highlight(sample, "more than 700 are still alleged", "two")
    save_note(sample, [first], tmp_path)
    save_note(sample, [second], tmp_path)
    save_note(sample, [dataclasses.replace(first, comment="changed")], tmp_path)
    restored = load_highlights(sample.article, tmp_path)
    assert [(h.text, h.comment) for h in restored] == [
        ("At least 87 prisoners", "changed"),
        ("more than 700 are still alleged", "two"),
    ]
    save_note(sample, [second], tmp_path, replace_highlights=True)
    assert load_highlights(sample.article, tmp_path) == (second,)


def test_highlights_follow_their_text_when_the_article_shifts(
    tmp_path: Path, sample: Briefing
) -> None:
    quote = "rights organization, Foro Penal, claimed"
    save_note(sample, [_highlight(sample, quote, "c")], tmp_path)
    article = sample.article
    shifted_text = "A new opening paragraph.\n\n" + article.text.replace(
        "rights organization, Foro Penal", "rights   organization,\nForo Penal"
    )
    shifted = dataclasses.replace(article, text=shifted_text, blocks=())
    (restored,) = load_highlights(shifted, tmp_path)
    assert (
        shifted_text[restored.start : restored.end] == "rights   organization,\nForo Penal, claimed"
    )
    assert restored.comment == "c"


def test_highlight_whose_text_vanished_is_kept_in_the_note(
    tmp_path: Path, sample: Briefing
) -> None:
    path = save_note(sample, [_highlight(sample, "Tocoron prison", "where")], tmp_path).path
    article = sample.article
    edited = dataclasses.replace(article, text=article.text.replace("Tocoron", "Tocorón"))
    assert load_highlights(edited, tmp_path) == ()
    save_note(dataclasses.replace(sample, article=edited), (), tmp_path)
    section = _section(path.read_text(), "highlights")
    assert "> Tocoron prison\n\n_(no longer found in the article's text)_\n\nwhere" in section
    # When the text comes back, so does the highlight.
    save_note(sample, (), tmp_path)
    assert [h.text for h in load_highlights(article, tmp_path)] == ["Tocoron prison"]


def test_no_note_means_no_highlights(tmp_path: Path, sample: Briefing) -> None:
    assert load_highlights(sample.article, tmp_path / "missing") == ()


# --- the folder ------------------------------------------------------------------------------


def test_notes_folder_is_option_then_environment_then_user_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_NOTES_DIR", str(tmp_path / "env"))
    assert resolve_notes_dir(tmp_path / "opt") == tmp_path / "opt"
    assert resolve_notes_dir() == tmp_path / "env"
    monkeypatch.setenv("BRIEFING_NOTES_DIR", "~/x")
    assert resolve_notes_dir() == Path.home() / "x"
    monkeypatch.delenv("BRIEFING_NOTES_DIR")
    assert resolve_notes_dir() == platformdirs.user_data_path("briefing", False) / "notes"
    monkeypatch.setenv("BRIEFING_NOTES_DIR", str(tmp_path / "env"))
    save_note(briefing("From env", url="https://news.example/e"), ())
    assert [p.name for p in (tmp_path / "env").glob("*.md")] == ["From env.md"]
