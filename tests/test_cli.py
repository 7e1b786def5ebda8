"""The stdout face end to end: formats, hostile pages, exit codes, pipes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"

HOSTILE = FIXTURES / "cli" / "hostile.html"
CONTROL = ["\x1b", "\x07", "\x9b", "\u202e", "\u202c"]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_hostile_page_puts_no_control_sequence_on_stdout(capsys, fmt):
    code, out, err = run(capsys, "--format", fmt, str(HOSTILE))
    assert code == 0, err
    for char in CONTROL:
        assert char not in out, f"{char!r} reached stdout in {fmt}"
    # The visible remains of the sequences are plain text, and the words survive.
    assert "Window title" in out
    assert "screen clear" in out


def test_markup_like_page_text_is_printed_literally(capsys):
    code, out, _ = run(capsys, "--format", "text", str(HOSTILE))
    assert code == 0
    assert "[/] and [bold]red and [@click=app.quit]x[/] and list[int]" in out
    assert "[bold]red" in out.splitlines()[0]  # the title too


def test_json_has_contract_keys_and_offsets(capsys, sample_html):
    code, out, _ = run(capsys, "--format", "json", str(sample_html))
    assert code == 0
    data = json.loads(out)
    for key in (
        "title",
        "byline",
        "site",
        "published",
        "url",
        "source",
        "language",
        "text",
        "blocks",
        "figures",
        "entities",
    ):
        assert key in data
    assert data["title"].startswith("Venezuela frees dozens of political prisoners")
    for block in data["blocks"]:
        assert data["text"][block["start"] : block["end"]].strip()
    assert "At least 87 prisoners" in data["text"]


def test_text_of_scraped_sample_is_not_hard_wrapped(capsys, sample_text):
    code, out, _ = run(capsys, str(sample_text))
    assert code == 0
    long_line = next(line for line in out.splitlines() if line.startswith("At least 87"))
    assert long_line.endswith("according to Donald Trump’s administration.")


def test_raw_keeps_offsets_into_the_given_text(capsys, tmp_path):
    given = "First line with 87 prisoners.\n\n  Second [bold] line.\x1b[2J\n"
    path = tmp_path / "in.txt"
    path.write_text(given)
    code, out, _ = run(capsys, "--raw", "--format", "json", str(path))
    assert code == 0
    data = json.loads(out)
    assert data["text"] == "First line with 87 prisoners.\n\n  Second [bold] line.[2J\n"
    texts = [data["text"][b["start"] : b["end"]] for b in data["blocks"]]
    assert texts == ["First line with 87 prisoners.", "Second [bold] line.[2J"]


def test_markdown_keeps_structure_and_escapes_links(capsys, tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>T</title></head><body><article>"
        "<h2>Section heading</h2>"
        + "<p>Plain paragraph with [a link](javascript:alert(1)) and <b>bold</b> words, "
        "long enough to count as text for the extractor to keep it.</p>"
        * 3
        + "<ul><li>first item in the list</li><li>second item in the list</li></ul>"
        "<blockquote>A quoted passage that someone said.</blockquote>"
        "</article></body></html>"
    )
    code, out, _ = run(capsys, "--format", "markdown", str(page))
    assert code == 0
    assert "\\[a link\\](javascript:alert(1))" in out
    assert "## Section heading" in out


def test_missing_file_is_usage_error(capsys, tmp_path):
    code, out, err = run(capsys, str(tmp_path / "nope.html"))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("briefing: no such file")


def test_bad_option_is_usage_error_with_one_line(capsys):
    code, out, err = run(capsys, "--format", "pdf", "x")
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1


def test_empty_page_exits_8(capsys, tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body></body></html>")
    code, out, err = run(capsys, "--format", "text", str(page))
    assert code == 8
    assert out == ""
    assert "no readable article" in err


def test_a_page_of_a_few_stray_words_is_no_article_but_full_shows_them(capsys, tmp_path):
    """A shop or app shell: menu links and a widget. Not an article; --full says all."""
    page = tmp_path / "shop.html"
    page.write_text(
        "<html><head><title>Shop</title></head><body><nav><a href='/'>Home</a> "
        "<a href='/buy'>Buy</a></nav><div>Cart (0)</div></body></html>"
    )
    code, out, err = run(capsys, "--format", "text", str(page))
    assert (code, out) == (8, "")
    assert (
        err
        == "briefing: no readable article found on this page (use --full to see all of its text)\n"
    )
    code, out, _ = run(capsys, "--format", "text", "--full", str(page))
    assert code == 0 and "Cart (0)" in out and "Buy" in out


def test_a_short_notice_in_a_paragraph_is_still_an_article(capsys, tmp_path):
    page = tmp_path / "notice.html"
    page.write_text("<html><body><p>Office closed today.</p></body></html>")
    code, out, _ = run(capsys, "--format", "text", str(page))
    assert (code, out.strip()) == (0, "Office closed today.")


def test_stdin_dash_reads_piped_text(sample_text):
    result = subprocess.run(
        [sys.executable, "-m", "tui", "-", "--format", "text"],
        input=sample_text.read_bytes(),
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert b"At least 87 prisoners" in result.stdout


def test_head_closing_the_pipe_exits_quietly(sample_html: Path):
    proc = subprocess.run(
        f"{sys.executable} -m tui --format json {sample_html} | head -1",
        shell=True,
        capture_output=True,
        timeout=60,
    )
    assert proc.stdout.strip() == b"{"
    assert proc.stderr == b""


def test_markdown_shows_the_standfirst_apart_from_the_body(capsys, sample_html):
    code, out, _ = run(capsys, "--format", "markdown", str(sample_html))
    assert code == 0
    standfirst = next(line for line in out.splitlines() if "Rights groups confirm" in line)
    assert standfirst.startswith("> Rights groups confirm new releases")
    assert out.index(standfirst) < out.index("At least 87 prisoners")
    assert out.count("Rights groups confirm") == 1
