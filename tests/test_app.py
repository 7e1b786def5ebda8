"""The reader driven with Textual's pilot: each key flow a user relies on.

Most tests open the real sample article through the real pipeline and, where the
analysis matters, lay hand-placed figures and entities over it (tests/fixtures/app),
so they do not depend on the recogniser's choices.
"""

from __future__ import annotations

import re
import time
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual.widgets import DataTable, OptionList

from tests.fixtures.app.handmade import handmade_briefing
from tests.fixtures.app.pilot import SAMPLE, anyio_backend, isolated, row_text, settle  # noqa: F401
from tests.httpserver import LocalServer, Reply
from tui.app.app import BriefingApp
from tui.app.commands import COMMANDS
from tui.app.config import Config, load_config
from tui.app.widgets.facts import FactsPanel
from tui.app.widgets.status import ErrorView
from tui.model import Article, Block, Briefing, Metadata
from tui.pipeline import load_article

pytestmark = pytest.mark.anyio

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "app" / "hostile.html"
WIDE, NARROW = (120, 40), (80, 24)


@pytest.fixture(scope="module")
def sample_article() -> Article:
    return load_article(str(SAMPLE))


def handmade_app(article: Article, **kwargs) -> BriefingApp:
    return BriefingApp(briefing=handmade_briefing(article), config=Config(), **kwargs)


@asynccontextmanager
async def running(app: BriefingApp, size=WIDE):
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        yield pilot


def screen_text(app: BriefingApp) -> str:
    """What the terminal shows, as plain text (from the real frame)."""
    return app.export_screenshot()


def shown_text(app: BriefingApp) -> str:
    """Every row of the article view, gutters dropped and rows joined with spaces."""
    rows = (row_text(app, row)[2:].strip() for row in range(len(app.view.page)))
    return " ".join(row for row in rows if row)


def visible(app: BriefingApp, offset: int) -> bool:
    return app.view.page.row_for_offset(offset) in app.view.visible_rows()


# -- opening ---------------------------------------------------------------------------


async def test_open_file_shows_header_and_text(tmp_path):
    app = BriefingApp(str(SAMPLE), config=Config(), notes_dir=tmp_path)
    async with running(app) as _pilot:
        assert app.query_one("#switcher").current == "reader"
        rows = [row_text(app, row) for row in range(12)]
        assert any("Venezuela frees dozens of political prisoners" in row for row in rows)
        assert any(re.search(r"\d+ words · \d+ min read", row) for row in rows)
        assert any("At least 87 prisoners" in row for row in rows)


async def test_open_without_location_shows_bundled_sample(tmp_path):
    app = BriefingApp(None, config=Config(), notes_dir=tmp_path)
    async with running(app):
        assert app.briefing is not None
        assert app.briefing.article.word_count > 100


async def test_loading_view_reports_bytes_then_text(tmp_path):
    """While a slow server trickles the page in, the loading view counts the bytes."""
    with LocalServer() as server:
        url = server.add("/article", trickled(SAMPLE.read_bytes(), chunks=4, pause=0.25))
        app = BriefingApp(url, config=Config(), notes_dir=tmp_path)
        async with app.run_test(size=WIDE) as pilot:
            stages = set()
            for _ in range(100):
                await pilot.pause(0.02)
                stages.add(str(app.query_one("#loading-stage").render()))
                if app.query_one("#switcher").current == "reader":
                    break
            assert any(re.fullmatch(r"Fetching… [\d.]+ KiB received", s) for s in stages)
            await settle(app, pilot)
            assert app.query_one("#switcher").current == "reader"


# -- moving ----------------------------------------------------------------------------


def long_article(paragraphs: int = 200) -> Article:
    words = "alpha beta gamma delta epsilon zeta eta theta iota kappa " * 6
    parts, blocks, position = [], [], 0
    for number in range(paragraphs):
        text = f"Paragraph {number}. {words.strip()}"
        if parts:
            position += 2
        blocks.append(Block("paragraph", position, position + len(text)))
        parts.append(text)
        position += len(text)
    return Article(Metadata(title="Long"), "\n\n".join(parts), tuple(blocks), "long")


async def test_vim_keys_scroll_and_move_the_cursor():
    app = BriefingApp(briefing=Briefing(long_article()), config=Config())
    async with running(app) as pilot:
        view = app.view
        await pilot.press("j", "j", "j")
        assert view.scroll_y == 3
        await pilot.press("k")
        assert view.scroll_y == 2
        height = view.scrollable_content_region.height
        await pilot.press("space")  # a screen less one line, so reading continues
        assert view.scroll_y == 2 + height - 1
        await pilot.press("b")
        assert view.scroll_y == 2
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        assert view.cursor == app.briefing.article.blocks[-1].start
        assert "Paragraph 199." in row_text(app, view.cursor_row())
        await pilot.press("g")
        assert view.scroll_y == 0
        assert view.cursor == 0


async def test_tab_moves_between_article_figures_and_entities(sample_article):
    app = handmade_app(sample_article)
    async with running(app) as pilot:
        assert app.focused is app.view
        await pilot.press("tab")
        assert app.focused.id == "figures"
        await pilot.press("tab")
        assert app.focused.id == "entities"
        await pilot.press("tab")
        assert app.focused is app.view


# -- figures ---------------------------------------------------------------------------


async def test_selecting_a_figure_scrolls_to_it_and_flashes(sample_article):
    app = handmade_app(sample_article)
    async with running(app, NARROW) as pilot:
        figure = app.briefing.figures[2]  # "61 prisoners", below the fold at 80x24
        await pilot.press("f")  # narrow: the panel is toggled in
        assert not visible(app, figure.start)
        table = app.query_one("#figures", DataTable)
        table.focus()
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        assert visible(app, figure.start)
        assert app.view.cursor == figure.start
        assert app.view.spans["flash"].spans == [(figure.start, figure.end)]


async def test_mouse_click_on_a_figure_row_and_on_the_legend(sample_article):
    app = handmade_app(sample_article)
    async with running(app) as pilot:
        second = app.briefing.figures[1]  # the first row wraps to two lines
        await pilot.click("#figures", offset=(3, 3))
        await pilot.pause()
        assert app.view.cursor == second.start
        assert app.view.spans["flash"].spans == [(second.start, second.end)]
        await pilot.click("#legend", offset=(3, 0))
        assert "figure" in app.hidden_kinds and len(app.view.spans["figure"]) == 0


async def test_bracket_keys_walk_figures_in_text_order(sample_article):
    app = handmade_app(sample_article)
    async with running(app) as pilot:
        starts = sorted(figure.start for figure in app.briefing.figures)
        seen = []
        for _ in starts:
            await pilot.press("right_square_bracket")
            seen.append(app.view.cursor)
        assert seen == starts
        await pilot.press("left_square_bracket")
        assert app.view.cursor == starts[-2]
        table = app.query_one("#figures", DataTable)
        row_key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        assert app.briefing.figures[int(row_key)].start == starts[-2]  # the table follows


async def test_figures_table_shows_value_counted_noun_claimant_and_hedge(sample_article):
    app = handmade_app(sample_article)
    async with running(app):
        table = app.query_one("#figures", DataTable)
        rows = [[str(cell) for cell in table.get_row_at(index)] for index in range(table.row_count)]
        assert rows[0] == [
            "at least 87 prisoners",
            "prisoners",
            "Donald Trump’s administration",
            "",
        ]
        assert rows[2] == ["61 prisoners", "prisoners", "Foro Penal", "≈"]


# -- entities --------------------------------------------------------------------------


async def test_entities_grouped_by_kind_with_counts(sample_article):
    app = handmade_app(sample_article)
    async with running(app):
        options = app.query_one("#entities", OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert prompts[0] == "People · 2"
        assert " Donald Trump  ×4" in prompts
        assert "Places · 2" in prompts


async def test_selecting_an_entity_highlights_mentions_and_n_walks_them(sample_article):
    app = handmade_app(sample_article)
    async with running(app) as pilot:
        venezuela = next(e for e in app.briefing.entities if e.name == "Venezuela")
        options = app.query_one("#entities", OptionList)
        options.focus()
        options.highlighted = options.get_option_index(venezuela.id)
        await pilot.press("enter")
        starts = [mention.start for mention in venezuela.mentions]
        assert app.view.spans["selected"].spans == [(m.start, m.end) for m in venezuela.mentions]
        assert app.view.cursor == starts[0]
        walked = [app.view.cursor]
        for _ in starts[1:]:
            await pilot.press("n")
            walked.append(app.view.cursor)
            assert visible(app, app.view.cursor)
        assert walked == starts
        await pilot.press("n")  # wraps to the first mention
        assert app.view.cursor == starts[0]
        await pilot.press("N")
        assert app.view.cursor == starts[-1]
        await pilot.press("escape")
        assert "selected" not in app.view.spans


async def test_brace_keys_jump_between_entity_mentions(sample_article):
    app = handmade_app(sample_article)
    async with running(app) as pilot:
        mentions = sorted(m.start for e in app.briefing.entities for m in e.mentions)
        await pilot.press("right_curly_bracket")
        assert app.view.cursor == mentions[0]
        await pilot.press("right_curly_bracket")
        assert app.view.cursor == mentions[1]
        await pilot.press("left_curly_bracket")
        assert app.view.cursor == mentions[0]


# -- search ----------------------------------------------------------------------------


async def test_search_finds_every_hit_and_n_walks_them(sample_article):
    app = handmade_app(sample_article)
    async with running(app) as pilot:
        text = app.briefing.article.text
        expected = [m.start() for m in re.finditer("prisoners", text, re.IGNORECASE)]
        await pilot.press("slash")
        assert app.focused.id == "search"
        await pilot.press(*"PRISONERS", "enter")
        assert app.focused is app.view
        assert [start for start, _ in app.view.spans["search"].spans] == expected
        assert app.view.spans["current"].spans == [(expected[0], expected[0] + 9)]
        await pilot.press("n")
        assert app.view.cursor == expected[1]
        assert f"2 of {len(expected)}" in app.query_one("#legend").status
        await pilot.press("N")
        assert app.view.cursor == expected[0]


async def test_search_typing_does_not_trigger_reader_keys(sample_article):
    app = handmade_app(sample_article)
    async with running(app) as pilot:
        await pilot.press("slash", *"quit", "escape")
        assert app.is_running
        assert app.query_one("#search").value == "quit"
        assert not app.query_one("#search").display


async def test_search_without_hits_says_so(sample_article):
    app = handmade_app(sample_article)
    async with running(app) as pilot:
        await pilot.press("slash", *"zzzqqq", "enter")
        await pilot.pause()
        assert any("Not found: zzzqqq" in n.message for n in app._notifications)


# -- highlighting kinds, resize, theme -------------------------------------------------


async def test_number_keys_toggle_each_kind(sample_article):
    app = handmade_app(sample_article)
    async with running(app) as pilot:
        assert len(app.view.spans["figure"]) == 3
        await pilot.press("1")
        assert len(app.view.spans["figure"]) == 0
        assert "figure" in app.query_one("#legend").hidden
        await pilot.press("2")
        assert len(app.view.spans["person"]) == 0
        assert len(app.view.spans["place"]) > 0
        await pilot.press("1", "2")
        assert len(app.view.spans["figure"]) == 3
        assert len(app.view.spans["person"]) == 7


async def test_resize_rewraps_and_moves_the_panel(sample_article):
    app = handmade_app(sample_article)
    async with running(app) as pilot:
        panel = app.query_one(FactsPanel)
        assert panel.display and panel.region.x > 0  # beside the text
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        # Narrow: the panel leaves, the text takes the width and is wrapped again.
        assert app.view.page.width == app.view.text_width > 60
        rows = [row_text(app, row) for row in range(len(app.view.page))]
        assert max(len(row) for row in rows) <= app.view.scrollable_content_region.width
        assert "At least 87 prisoners" in shown_text(app)
        assert app.screen.has_class("-narrow")
        assert panel.region.width == 0  # hidden until asked for
        await pilot.press("f")
        await pilot.pause()
        assert panel.region.y > app.view.region.y  # below the text
        assert panel.region.width == 80


async def test_theme_toggle_changes_highlight_colours(sample_article):
    app = handmade_app(sample_article)
    async with running(app) as pilot:
        dark = app.view.style("figure")
        await pilot.press("t")
        assert app.theme == "textual-light"
        await pilot.pause()
        assert app.view.style("figure") != dark


async def test_no_color_keeps_kinds_apart_by_text_style(sample_article, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = handmade_app(sample_article)
    async with running(app):
        assert app.no_color
        figure = app.view.style("figure")
        assert figure.bold and figure.underline
        assert app.view.style("person").underline


# -- article actions -------------------------------------------------------------------


async def test_y_copies_the_marked_paragraph(sample_article, monkeypatch):
    monkeypatch.setattr("tui.app.app._system_clipboard", lambda: None)
    app = handmade_app(sample_article)
    async with running(app) as pilot:
        await pilot.press("right_square_bracket", "right_square_bracket", "y")
        block = next(b for b in sample_article.blocks if b.start <= app.view.cursor < b.end)
        assert app.clipboard == sample_article.block_text(block)
        assert "99" in app.clipboard


async def test_links_list_opens_a_link_by_number(monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr("tui.app.app.webbrowser.open", lambda url: opened.append(url) or True)
    article = load_article(str(HOSTILE))
    app = BriefingApp(briefing=Briefing(article), config=Config())
    async with running(app) as pilot:
        await pilot.press("u")
        links = app.screen.query_one("#links", OptionList)
        first = str(links.get_option_at_index(0).prompt)
        assert "the [bold]report[/bold] [@click=app.quit]here[/]" in first
        await pilot.press("2")
        await app.workers.wait_for_complete()
        assert opened == ["https://example.org/two"]


async def test_o_opens_the_article_address(monkeypatch, sample_article):
    opened: list[str] = []
    monkeypatch.setattr("tui.app.app.webbrowser.open", lambda url: opened.append(url) or True)
    app = BriefingApp(str(SAMPLE), config=Config())
    async with running(app) as pilot:
        await pilot.press("o")
        await app.workers.wait_for_complete()
        assert len(opened) == 1
        assert opened[0].startswith(("http://", "https://", "file://"))


# -- commands, help, config ------------------------------------------------------------


async def test_help_lists_every_command_with_its_keys(sample_article):
    app = handmade_app(sample_article)
    async with running(app) as pilot:
        await pilot.press("question_mark")
        text = " ".join(str(app.screen.query_one("#help-text").render()).split())
        for command in COMMANDS:
            assert command.help() in text
        assert "]" in text and "/" in text
        await pilot.press("escape")
        assert app.screen is app.screen_stack[0]


async def test_keys_are_remapped_from_the_config_file(sample_article, tmp_path, monkeypatch):
    path = tmp_path / "config.toml"
    path.write_text('[keys]\nnext_figure = "x"\nno_such_command = "z"\n', encoding="utf-8")
    monkeypatch.setenv("BRIEFING_CONFIG", str(path))
    app = BriefingApp(briefing=handmade_briefing(sample_article))
    async with running(app) as pilot:
        await pilot.press("x")
        assert app.view.cursor == min(f.start for f in app.briefing.figures)
        await pilot.press("question_mark")
        text = str(app.screen.query_one("#help-text").render())
        assert re.search(r"x\s+Jump to the next figure", text)
        assert any("no_such_command" in n.message for n in app._notifications)


def test_broken_config_is_reported_not_fatal(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("[keys\nquit = ", encoding="utf-8")
    config = load_config(path)
    assert config.keymap == {}
    assert len(config.problems) == 1 and str(path) in config.problems[0]


async def test_command_palette_runs_reader_commands(sample_article):
    app = handmade_app(sample_article)
    async with running(app) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"next figure")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.view.cursor == min(f.start for f in app.briefing.figures)


# -- errors ----------------------------------------------------------------------------


def trickled(body: bytes, *, chunks: int, pause: float):
    """A custom answer for LocalServer: the body in ``chunks`` parts, ``pause`` apart."""

    def answer(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        size = -(-len(body) // chunks)
        for start in range(0, len(body), size):
            handler.wfile.write(body[start : start + size])
            handler.wfile.flush()
            time.sleep(pause)

    return answer


async def test_http_failure_shows_reason_then_retry_succeeds(tmp_path):
    """A real server answers 503 first, then the page: the error view, then r."""
    with LocalServer() as server:
        url = server.add("/article", Reply(status=503), Reply(SAMPLE.read_bytes()))
        app = BriefingApp(url, config=Config(), notes_dir=tmp_path)
        async with running(app) as pilot:
            assert app.query_one("#switcher").current == "error"
            message = str(app.query_one("#error-message").render())
            assert "503" in message and "\n" not in message.strip()
            await pilot.press("r")
            await settle(app, pilot)
            assert app.query_one("#switcher").current == "reader"
            assert "Venezuela" in app.briefing.article.meta.title
            assert server.count("/article") == 2


async def test_missing_file_error_view_quit_returns_exit_code(tmp_path):
    app = BriefingApp(str(tmp_path / "nope.html"), config=Config())
    async with running(app) as pilot:
        assert "no such file" in str(app.query_one(ErrorView).query_one("#error-message").render())
        await pilot.press("q")
    assert app.return_value == 2


async def test_retry_after_the_file_appears(tmp_path):
    target = tmp_path / "later.html"
    app = BriefingApp(str(target), config=Config(), notes_dir=tmp_path)
    async with running(app) as pilot:
        assert app.query_one("#switcher").current == "error"
        target.write_bytes(SAMPLE.read_bytes())
        await pilot.click("#retry")
        await settle(app, pilot)
        assert app.query_one("#switcher").current == "reader"


# -- hostile pages ---------------------------------------------------------------------

CSI_SGR_OR_MOVE = re.compile(r"\x1b\[[0-9;:?]*[mHJKhlABCDG]")


async def test_markup_and_escape_sequences_in_page_are_shown_literally(tmp_path):
    app = BriefingApp(str(HOSTILE), config=Config(), notes_dir=tmp_path)
    async with running(app) as pilot:
        assert app.is_running
        rows = shown_text(app)
        assert "[bold]Breaking[/] news [@click=app.quit]x[/]" in rows
        assert "The council said [/] and [bold]red and [@click=app.quit]x[/] were" in rows
        assert "list[int] and [citation needed]" in rows
        for control in ("\x1b", "\x07", "\x9b"):
            assert control not in rows
        # The frame the terminal would receive holds only colour and cursor moves.
        frame = app.screen._compositor.render_update(full=True).render_segments(app.console)
        leftover = CSI_SGR_OR_MOVE.sub("", frame)
        assert "\x1b" not in leftover and "\x07" not in leftover
        # Clicking the would-be action link does nothing but move the cursor.
        rows = [row_text(app, r) for r in range(len(app.view.page))]
        row = next(r for r, text in enumerate(rows) if "[@click=app.quit]x" in text and r > 2)
        column = row_text(app, row).index("[@click")
        await pilot.click("#article", offset=(column + 2, row))
        await pilot.press("u", "escape", "slash", *"[/]", "enter")
        await pilot.pause()
        assert app.is_running
        assert len(app.view.spans["search"]) == app.briefing.article.text.count("[/]") == 4


async def test_huge_article_opens_and_reaches_the_end():
    words = ("The committee counted 1,234 ballots in Caracas on Tuesday. " * 6).strip()
    parts = [f"{number} {words}" for number in range(2000)]
    text = "\n\n".join(parts)
    blocks, position = [], 0
    for part in parts:
        blocks.append(Block("paragraph", position, position + len(part)))
        position += len(part) + 2
    article = Article(Metadata(title="Huge"), text, tuple(blocks), "huge")
    assert article.word_count > 100_000
    app = BriefingApp(briefing=Briefing(article), config=Config())
    async with running(app) as pilot:
        await pilot.press("G")
        assert "1999 The committee" in row_text(app, app.view.cursor_row())
        await pilot.press("k", "b", "g")
        assert app.view.scroll_y == 0


async def test_reopen_offline_from_the_cache_and_history_records_the_read(tmp_path):
    """The reader as the command runs it (remember=True): a page read once opens again
    with its server gone, says it is the offline copy, and `briefing history` lists it."""
    from tui.collection.history import History

    with LocalServer() as server:
        url = server.add(
            "/article", Reply(SAMPLE.read_bytes(), headers={"Cache-Control": "no-cache"})
        )
        first = BriefingApp(url, config=Config(), notes_dir=tmp_path, remember=True)
        async with running(first):
            assert first.query_one("#switcher").current == "reader"
    again = BriefingApp(url, config=Config(), notes_dir=tmp_path, remember=True)
    async with running(again) as pilot:
        assert again.query_one("#switcher").current == "reader"
        assert "Venezuela" in again.briefing.article.meta.title
        await pilot.pause(0.1)
        notices = [str(n.message) for n in again._notifications]
        assert any("offline, showing the copy from" in n for n in notices)
    history = History()
    try:
        assert [entry.location for entry in history.entries()] == [url]
    finally:
        history.close()
