"""The reading room: a split-pane Textual app over one article.

Loading, extraction, analysis and note saving run in thread workers and report back
with messages; the interface never waits for them. Every string that came from the
page is shown through ``Content``/``Text`` objects or ``markup=False``.
"""

from __future__ import annotations

import contextlib
import functools
import shutil
import subprocess
import time
import webbrowser
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, ContentSwitcher, DataTable, Footer, Input, OptionList

from tui.app.commands import COMMAND_ACTIONS, COMMAND_IDS, BriefingCommands, Command, bindings
from tui.app.config import Config, config_path, load_config
from tui.app.spans import SpanLayer, block_at, find_all, sentence_at
from tui.app.widgets.article_view import ArticleView
from tui.app.widgets.facts import FactsPanel
from tui.app.widgets.legend import Legend
from tui.app.widgets.status import ErrorView, LoadingView
from tui.errors import BriefingError
from tui.model import Article, Briefing, Highlight
from tui.sources import FetchOptions, RawDocument, is_url

if TYPE_CHECKING:
    from tui.notes import NoteSaved  # imported for real in the save worker: it is slow

NARROW_BELOW = 110
"""Below this many columns the facts panel moves under the text (toggled with f)."""
PROGRESS_INTERVAL = 0.05
ENTITY_KINDS = ("person", "organization", "place", "group", "other")
LIGHT_THEME, DARK_THEME = "textual-light", "textual-dark"


# -- messages from the workers ----------------------------------------------------------


class Progress(Message):
    def __init__(self, stage: str, amount: int) -> None:
        super().__init__()
        self.stage, self.amount = stage, amount


class ArticleReady(Message):
    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article


class AnalysisReady(Message):
    def __init__(self, briefing: Briefing, *, complete: bool) -> None:
        super().__init__()
        self.briefing, self.complete = briefing, complete


class HighlightsRestored(Message):
    def __init__(self, highlights: tuple[Highlight, ...]) -> None:
        super().__init__()
        self.highlights = highlights


class Failed(Message):
    """A stage failed; ``fatal`` when there is no article to show."""

    def __init__(self, message: str, *, fatal: bool, exit_code: int = 1) -> None:
        super().__init__()
        self.message, self.fatal, self.exit_code = message, fatal, exit_code


class SearchInput(Input):
    BINDINGS: ClassVar = [Binding("escape", "app.close_search", "Close search", id="close_search")]


def describe_failure(error: BaseException) -> str:
    """A one-line reason: ours verbatim, anything else with its type (that is a bug)."""
    if isinstance(error, BriefingError):
        return str(error)
    first = (str(error).splitlines() or [""])[0]
    return f"unexpected {type(error).__name__}: {first}".rstrip(": ")


class BriefingApp(App[int]):
    """Reads one article: text on the left, figures and entities on the right."""

    CSS_PATH = "briefing.tcss"
    TITLE = "briefing"
    BINDINGS: ClassVar = [*bindings(), Binding("r", "retry", "Retry", show=False, id="retry")]
    COMMANDS = App.COMMANDS | {BriefingCommands}
    HORIZONTAL_BREAKPOINTS: ClassVar = [(0, "-narrow"), (NARROW_BELOW, "-wide")]

    def __init__(
        self,
        location: str | None = None,
        options: FetchOptions | None = None,
        *,
        raw_text: bool = False,
        briefing: Briefing | None = None,
        config: Config | None = None,
        notes_dir: Path | None = None,
        remember: bool = False,
        refresh: bool = False,
        document: RawDocument | None = None,
    ) -> None:
        """Open ``location`` through the pipeline, or show a ready ``briefing``.

        ``remember`` reads pages through the page cache (instant re-opens, offline
        copies) and records the article in the reading history; ``refresh`` refetches.
        ``document`` is a source already read (standard input), shown as ``location``.
        """
        super().__init__()
        self.location = location or ""
        self.remember = remember
        self.refetch = refresh
        self.document = document
        self.options = options or FetchOptions()
        self.raw_text = raw_text
        self.notes_dir = notes_dir
        self.config = config if config is not None else load_config(known_ids=COMMAND_IDS)
        self.initial = briefing
        self.briefing: Briefing | None = None
        self.analysing: str | None = None
        self.hidden_kinds: set[str] = set()
        self.highlights: list[Highlight] = []
        self.unsaved = False
        self.walk = "search"
        self.search_query = ""
        self._selected_name = ""
        self._jump_cache: dict[str, tuple] = {}
        self._quit_armed = False
        self.error_exit_code = 0
        # True once the note's highlights were read: only then may a save replace them
        # (so removing a highlight here removes it from the note); otherwise saves add.
        self._highlights_known = False
        self._last_progress = 0.0
        self.view = ArticleView(id="article")
        if self.config.keymap:
            self.set_keymap(self.config.keymap)

    # -- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with ContentSwitcher(initial="loading", id="switcher"):
            label = "standard input" if self.document is not None else self.location
            yield LoadingView(label or "the sample article", id="loading")
            yield ErrorView(id="error")
            with Horizontal(id="reader"):
                with Vertical(id="text-pane"):
                    yield Legend(self.view, id="legend")
                    yield self.view
                    yield SearchInput(placeholder="Search the article", id="search")
                yield FactsPanel(id="facts")
        yield Footer()

    def on_mount(self) -> None:
        if self.config.theme:
            if self.config.theme in self.available_themes:
                self.theme = self.config.theme
            else:
                self.config.problems.append(f"unknown theme {self.config.theme!r}")
        for problem in self.config.problems:
            self.notify(problem, title="Config", severity="warning", markup=False)
        if self.initial is not None:
            self._show_article(self.initial.article)
            self._show_briefing(self.initial, complete=True)
        else:
            self.load()

    # -- loading -----------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        """Fetch and extract, then analyse twice: figures (fast), then entities (slow)."""
        from tui import pipeline

        location = self.location or str(_sample_path())
        if is_url(location):
            self.call_from_thread(self._preload_recogniser)  # model loads while network waits
        try:
            article = self._read_article(location)
        except Exception as error:  # every failure becomes the error view, never a crash
            code = getattr(error, "exit_code", 1)
            self.post_message(Failed(describe_failure(error), fatal=True, exit_code=code))
            return
        self.post_message(ArticleReady(article))
        self._restore_highlights(article)
        try:
            self.post_message(
                AnalysisReady(pipeline.analyse(article, entities=False), complete=False)
            )
            briefing = pipeline.analyse(article)
            self.post_message(AnalysisReady(briefing, complete=True))
        except Exception as error:
            self.post_message(Failed(f"analysis failed: {describe_failure(error)}", fatal=False))
            return
        if self.remember and self.location and self.document is None:
            self._record_read(briefing)

    def _read_article(self, location: str) -> Article:
        """Fetch (through the cache when remembering) and extract, on the worker thread."""
        from tui import pipeline

        if self.document is not None:
            return pipeline.article_from_document(self.document, raw_text=self.raw_text)
        read = pipeline.read_source
        if self.remember:
            from tui.collection.cli import read_source_cached

            read = functools.partial(
                read_source_cached,
                refresh=self.refetch,
                warn=lambda message: self.post_message(Failed(message, fatal=False)),
            )
        return pipeline.load_article(
            location, self.options, raw_text=self.raw_text, progress=self._progress, read=read
        )

    def _record_read(self, briefing: Briefing) -> None:
        """Add the article to ``briefing history``; a history that cannot be written
        costs a warning, never the reading."""
        from tui.collection.history import record_read

        try:
            record_read(self.location, briefing)
        except Exception as error:
            self.post_message(Failed(f"history not saved: {describe_failure(error)}", fatal=False))

    @work(thread=True, group="preload")
    def _preload_recogniser(self) -> None:
        """Load the entity model in parallel; analysis then finds it ready. Failures
        surface later, from the analysis itself."""
        with contextlib.suppress(Exception):
            from tui.analysis import preload_recogniser

            preload_recogniser()

    def _progress(self, stage: str, amount: int) -> None:
        """Called on the worker thread; throttled so a fast download cannot flood the UI."""
        now = time.monotonic()
        if stage != "fetching" or now - self._last_progress >= PROGRESS_INTERVAL:
            self._last_progress = now
            self.post_message(Progress(stage, amount))

    def _restore_highlights(self, article: Article) -> None:
        from tui.notes import load_highlights

        try:
            highlights = load_highlights(article, notes_dir=self.notes_dir)
        except Exception as error:
            reason = f"highlights not restored: {describe_failure(error)}"
            self.post_message(Failed(reason, fatal=False))
            return
        self._highlights_known = True
        if highlights:
            self.post_message(HighlightsRestored(tuple(highlights)))

    def on_progress(self, message: Progress) -> None:
        self.query_one(LoadingView).set_stage(message.stage, message.amount)

    def on_article_ready(self, message: ArticleReady) -> None:
        self._show_article(message.article)
        self.analysing = "finding figures…"
        self._update_status()

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        self._show_briefing(message.briefing, complete=message.complete)

    def on_highlights_restored(self, message: HighlightsRestored) -> None:
        # Merge: highlights made while the note was being read must not be lost.
        restored = {(h.start, h.end) for h in message.highlights}
        made_meanwhile = [h for h in self.highlights if (h.start, h.end) not in restored]
        self.highlights = sorted([*message.highlights, *made_meanwhile], key=lambda h: h.start)
        self._apply_highlights()
        self.notify(f"Restored {len(self.highlights)} highlight(s) from your note", markup=False)

    def on_failed(self, message: Failed) -> None:
        if message.fatal:
            self.error_exit_code = message.exit_code
            self.query_one(ErrorView).set_message(message.message)
            self.query_one(ContentSwitcher).current = "error"
            self.query_one("#retry", Button).focus()
            self.refresh_bindings()
        else:
            self.analysing = None
            self._update_status()
            self.notify(message.message, severity="warning", markup=False)

    def action_retry(self) -> None:
        if self.query_one(ContentSwitcher).current == "error":
            self.query_one(ContentSwitcher).current = "loading"
            self.query_one(LoadingView).set_stage("starting", 0)
            self.refresh_bindings()
            self.load()

    @on(Button.Pressed, "#retry")
    def _retry_pressed(self) -> None:
        self.action_retry()

    @on(Button.Pressed, "#quit")
    def _quit_pressed(self) -> None:
        self.exit(self.error_exit_code)

    # -- showing -----------------------------------------------------------------------

    @property
    def reading(self) -> bool:
        return self.briefing is not None

    def _show_article(self, article: Article) -> None:
        self.briefing = Briefing(article)
        self.query_one(ContentSwitcher).current = "reader"
        self.view.show_article(article)
        self.view.focus()
        self.query_one(FactsPanel).show(self.briefing, analysing="analysing…")
        self._update_legend()
        self.refresh_bindings()

    def _show_briefing(self, briefing: Briefing, *, complete: bool) -> None:
        self.briefing = briefing
        self.analysing = None if complete else "finding names…"
        self.query_one(FactsPanel).show(briefing, analysing=self.analysing)
        self._apply_kind_layers()
        self._update_status()
        if complete:
            for warning in briefing.warnings:  # e.g. the entity model is missing
                self.notify(warning, severity="warning", timeout=8, markup=False)

    def _apply_kind_layers(self) -> None:
        assert self.briefing is not None
        figures = [] if "figure" in self.hidden_kinds else self.briefing.figures
        self.view.spans["figure"] = SpanLayer("figure", ((f.start, f.end) for f in figures))
        for kind in ENTITY_KINDS:
            mentions = []
            if kind not in self.hidden_kinds:
                for entity in self.briefing.entities:
                    if entity.kind == kind:
                        mentions.extend((m.start, m.end) for m in entity.mentions)
            self.view.spans[kind] = SpanLayer(kind, mentions)
        links = self.briefing.article.links
        self.view.spans["link"] = SpanLayer("link", ((link.start, link.end) for link in links))
        self.view.redraw()
        self._update_legend()

    def _update_legend(self) -> None:
        counts: dict[str, int] = {}
        if self.briefing is not None:
            counts["figure"] = len(self.briefing.figures)
            for entity in self.briefing.entities:
                counts[entity.kind] = counts.get(entity.kind, 0) + 1
        self.query_one(Legend).update_state(counts, self.hidden_kinds)

    def _update_status(self, extra: str = "") -> None:
        parts = []
        if extra:
            parts.append(extra)
        elif self.walk == "search" and self.search_query:
            hits = len(self.view.span_layer("search"))
            parts.append(f"“{self.search_query}”: {hits} hit{'s' if hits != 1 else ''}  n/N")
        if self.analysing:
            parts.append(self.analysing)
        if self.highlights:
            count = len(self.highlights)
            mark = " (unsaved)" if self.unsaved else ""
            parts.append(f"{count} highlight{'s' if count != 1 else ''}{mark}")
        self.query_one(Legend).set_status("  ·  ".join(parts))

    # -- command plumbing --------------------------------------------------------------

    def keys_for(self, command: type[Command]) -> str:
        """The keys currently bound to a command, as shown to the user."""
        keys = self._keymap.get(command.id(), command.key)
        shown = []
        for key in keys.split(","):
            key = key.strip()
            if key:
                shown.append(self.get_key_display(Binding(key, command.action())))
        return ", ".join(shown)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"quit", "help", "toggle_theme", "command_palette"}:
            return True
        if action == "retry":
            return self.query_one(ContentSwitcher).current == "error"
        return self.reading or action not in COMMAND_ACTIONS

    def _focused_list(self) -> DataTable | OptionList | None:
        focused = self.focused
        return focused if isinstance(focused, DataTable | OptionList) else None

    # -- moving ------------------------------------------------------------------------

    def action_scroll_down(self) -> None:
        if (target := self._focused_list()) is not None:
            target.action_cursor_down()
        else:
            self.view.scroll_relative(y=1, animate=False, immediate=True)

    def action_scroll_up(self) -> None:
        if (target := self._focused_list()) is not None:
            target.action_cursor_up()
        else:
            self.view.scroll_relative(y=-1, animate=False, immediate=True)

    def action_page_down(self) -> None:
        page = max(1, self.view.scrollable_content_region.height - 1)
        self.view.scroll_relative(y=page, animate=False, immediate=True)

    def action_page_up(self) -> None:
        page = max(1, self.view.scrollable_content_region.height - 1)
        self.view.scroll_relative(y=-page, animate=False, immediate=True)

    def action_go_top(self) -> None:
        self.view.scroll_home(animate=False, immediate=True)
        article = self.view.article
        if article and article.blocks:
            self.view.move_cursor(article.blocks[0].start)

    def action_go_bottom(self) -> None:
        self.view.scroll_end(animate=False, immediate=True)
        article = self.view.article
        if article and article.blocks:
            self.view.move_cursor(article.blocks[-1].start)

    def action_next_pane(self) -> None:
        self.screen.focus_next()

    # -- finding -----------------------------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", SearchInput)
        search.display = True
        search.focus()

    def action_close_search(self) -> None:
        search = self.query_one("#search", SearchInput)
        search.display = False
        self.view.focus()

    @on(Input.Submitted, "#search")
    def _run_search(self, event: Input.Submitted) -> None:
        assert self.view.article is not None
        self.search_query = event.value.strip()
        hits = find_all(self.view.article.text, self.search_query)
        self.view.set_layer("search", hits)
        self.walk = "search"
        self.action_close_search()
        if hits:
            self._walk(forward=True, from_offset=self.view.cursor - 1)
            return
        if self.search_query:
            self.notify(f"Not found: {self.search_query}", severity="warning", markup=False)
        self._update_status()

    def _walk(self, *, forward: bool, from_offset: int | None = None) -> None:
        layer = self.view.span_layer("search" if self.walk == "search" else "selected")
        offset = self.view.cursor if from_offset is None else from_offset
        index = layer.after(offset) if forward else layer.before(offset)
        if index is None:
            self.notify("Nothing to walk: search with / or pick a name in the panel")
            return
        start, end = layer.spans[index]
        self.view.set_layer("current", [(start, end)])
        self.view.scroll_to_offset(start, center=False)
        what = f"“{self.search_query}”" if self.walk == "search" else self._selected_name
        self._update_status(f"{what}: {index + 1} of {len(layer)}  n/N")

    def action_next_match(self) -> None:
        self._walk(forward=True)

    def action_previous_match(self) -> None:
        self._walk(forward=False)

    def _jump_targets(self, what: str) -> tuple[SpanLayer, list[str]]:
        """Figures or entity mentions in text order, with the figure index or entity id of
        each; cached per briefing and visible kinds so ] and } stay fast on huge articles."""
        assert self.briefing is not None
        key = (what, id(self.briefing), frozenset(self.hidden_kinds))
        cached = self._jump_cache.get(what)
        if cached is None or cached[0] != key:
            if what == "figures":
                items = [(f.start, f.end, str(i)) for i, f in enumerate(self.briefing.figures)]
            else:
                items = [
                    (mention.start, mention.end, entity.id)
                    for entity in self.briefing.entities
                    if entity.kind not in self.hidden_kinds
                    for mention in entity.mentions
                ]
            items = sorted(item for item in items if item[1] > item[0])
            layer = SpanLayer(what, ((start, end) for start, end, _ in items))
            cached = self._jump_cache[what] = (key, layer, [ident for _, _, ident in items])
        return cached[1], cached[2]

    def _jump(self, what: str, *, forward: bool) -> str | None:
        """Move to the next/previous figure or mention after the cursor and flash it."""
        layer, idents = self._jump_targets(what)
        cursor = self.view.cursor
        index = layer.after(cursor) if forward else layer.before(cursor)
        if index is None:
            return None
        start, end = layer.spans[index]
        self.view.scroll_to_offset(start, center=False)
        self.view.flash(start, end)
        noun = "Figure" if what == "figures" else "Name"
        self._update_status(f"{noun} {index + 1} of {len(layer)}")
        return idents[index]

    def action_next_figure(self, forward: bool = True) -> None:
        ident = self._jump("figures", forward=forward)
        if ident is None:
            self.notify("No figures found in this article")
            return
        table = self.query_one("#figures", DataTable)
        if ident in table.rows:
            table.move_cursor(row=table.get_row_index(ident))

    def action_previous_figure(self) -> None:
        self.action_next_figure(forward=False)

    def action_next_entity(self, forward: bool = True) -> None:
        ident = self._jump("mentions", forward=forward)
        if ident is None:
            self.notify("No names found in this article")
            return
        options = self.query_one("#entities", OptionList)
        options.highlighted = options.get_option_index(ident)

    def action_previous_entity(self) -> None:
        self.action_next_entity(forward=False)

    def action_clear_marks(self) -> None:
        self.search_query = ""
        self._selected_name = ""
        for name in ("search", "selected", "current"):
            self.view.spans.pop(name, None)
        self.view.redraw()
        self._update_status()

    @on(DataTable.RowHighlighted, "#figures")
    def _figure_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Moving through the table (keys or a click) takes the text along, but only
        when the table has focus: a refill or a ] jump must not move the reader."""
        if event.data_table.has_focus:
            self._figure_selected(event)

    @on(DataTable.RowSelected, "#figures")
    def _figure_selected(self, event: DataTable.RowSelected | DataTable.RowHighlighted) -> None:
        assert self.briefing is not None
        if event.row_key.value is None:
            return
        figure = self.briefing.figures[int(event.row_key.value)]
        self.view.scroll_to_offset(figure.start)
        self.view.flash(figure.start, figure.end)

    @on(OptionList.OptionSelected, "#entities")
    def _entity_selected(self, event: OptionList.OptionSelected) -> None:
        assert self.briefing is not None
        entity = next((e for e in self.briefing.entities if e.id == event.option.id), None)
        if entity is None:
            return
        self._selected_name = entity.name
        self.view.set_layer("selected", [(m.start, m.end) for m in entity.mentions])
        self.walk = "selected"
        self._walk(forward=True, from_offset=self.view.cursor - 1)

    # -- facts and kinds ---------------------------------------------------------------

    def action_toggle_facts(self) -> None:
        self.query_one(FactsPanel).toggle_class("-toggled")

    def action_toggle_kind(self, kind: str) -> None:
        """Show or hide one highlight kind (figure, person, organization, ...)."""
        self.hidden_kinds ^= {kind}
        self._apply_kind_layers()

    # -- the article -------------------------------------------------------------------

    def action_show_links(self) -> None:
        from tui.app.screens.links import LinksScreen

        assert self.briefing is not None
        links = self.briefing.article.links
        if not links:
            self.notify("This article has no links")
            return

        def opened(href: str | None) -> None:
            if href:
                self._open_in_browser(href)

        self.push_screen(LinksScreen(links), opened)

    def _article_address(self) -> str | None:
        assert self.briefing is not None
        article = self.briefing.article
        if article.meta.url:
            return article.meta.url
        location = article.location or self.location
        if is_url(location):
            return location
        if location and location != "-" and Path(location).exists():
            return Path(location).resolve().as_uri()
        return None

    def action_open_in_browser(self) -> None:
        address = self._article_address()
        if address is None:
            self.notify("This article has no address to open", severity="warning")
            return
        self._open_in_browser(address)

    def _open_in_browser(self, address: str) -> None:
        if not address.startswith(("http://", "https://", "file://")):
            message = f"Not opening {address}: not a web address"
            self.notify(message, severity="warning", markup=False)
            return
        self.notify(f"Opening {address}", markup=False)
        self._browse(address)

    @work(thread=True, group="browser")
    def _browse(self, address: str) -> None:
        if not webbrowser.open(address):
            self.call_from_thread(
                self.notify, "No web browser found", severity="warning", markup=False
            )

    def action_copy_paragraph(self) -> None:
        assert self.briefing is not None
        article = self.briefing.article
        block = block_at(article, self.view.cursor)
        if block is None:
            return
        text = article.block_text(block)
        self.copy_to_clipboard(text)  # OSC 52: works over ssh in most terminals
        helper = _system_clipboard()
        if helper is not None:
            self._copy_with(helper, text)
        words = len(text.split())
        self.notify(f"Copied the paragraph ({words} words)")

    @work(thread=True, group="clipboard")
    def _copy_with(self, command: list[str], text: str) -> None:
        """Fallback for terminals without OSC 52: the platform's clipboard tool."""
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(command, input=text.encode(), timeout=3, capture_output=True)

    # -- notes -------------------------------------------------------------------------

    def _highlight_at(self, offset: int) -> int | None:
        for index, highlight in enumerate(self.highlights):
            if highlight.start <= offset < highlight.end:
                return index
        return None

    def _toggle_highlight(self, span: tuple[int, int] | None) -> None:
        assert self.briefing is not None
        if span is None:
            return
        start, end = span
        text = self.briefing.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            return
        existing = self._highlight_at(self.view.cursor)
        if existing is not None and self.view.selection_offsets() is None:
            removed = self.highlights.pop(existing)
            self.notify("Highlight removed" + (" (with its comment)" if removed.comment else ""))
        else:
            self.highlights.append(Highlight(start, end, text[start:end]))
            self.highlights.sort(key=lambda highlight: highlight.start)
            self.view.move_cursor(start)
        self.unsaved = True
        self.screen.clear_selection()
        self._apply_highlights()

    def _apply_highlights(self) -> None:
        self.view.set_layer("highlight", [(h.start, h.end) for h in self.highlights])
        self._update_status()

    def action_highlight(self) -> None:
        assert self.briefing is not None
        selected = self.view.selection_offsets()
        self._toggle_highlight(selected or sentence_at(self.briefing.article, self.view.cursor))

    def action_highlight_paragraph(self) -> None:
        assert self.briefing is not None
        block = block_at(self.briefing.article, self.view.cursor)
        if block is not None:
            self._toggle_highlight((block.start, block.end))

    def action_comment(self) -> None:
        from tui.app.screens.comment import CommentScreen

        index = self._highlight_at(self.view.cursor)
        if index is None:
            self.notify("Put the cursor on a highlight first (h makes one)", severity="warning")
            return
        highlight = self.highlights[index]

        def done(comment: str | None) -> None:
            if comment is None or comment == highlight.comment:
                return
            position = self.highlights.index(highlight)
            self.highlights[position] = replace(highlight, comment=comment)
            self.unsaved = True
            self._update_status()
            self.notify("Comment added" if comment else "Comment removed")

        self.push_screen(CommentScreen(highlight.text, highlight.comment), done)

    def action_save_note(self) -> None:
        assert self.briefing is not None
        self._save(self.briefing, tuple(self.highlights))

    @work(thread=True, exclusive=True, group="save")
    def _save(self, briefing: Briefing, highlights: tuple[Highlight, ...]) -> None:
        from tui.notes import save_note

        try:
            saved = save_note(
                briefing,
                highlights,
                notes_dir=self.notes_dir,
                replace_highlights=self._highlights_known,
            )
        except Exception as error:  # highlights stay in memory: the user can retry
            reason = describe_failure(error)
            self.call_from_thread(
                self.notify, f"Note not saved: {reason}", severity="error", markup=False
            )
            return
        self.call_from_thread(self._saved, saved, highlights)

    def _saved(self, saved: NoteSaved, highlights: tuple[Highlight, ...]) -> None:
        if tuple(self.highlights) == highlights:
            self.unsaved = False
            self._quit_armed = False
        if saved.conflict_path is not None:
            why = f" ({saved.conflict_reason})" if saved.conflict_reason else ""
            self.notify(
                f"The note changed on disk{why}; yours is saved beside it: {saved.conflict_path}",
                severity="warning",
                timeout=12,
                markup=False,
            )
        else:
            verb = "Note saved" if saved.created else "Note updated"
            self.notify(f"{verb}: {saved.path}", timeout=8, markup=False)
        self._update_status()

    # -- the app -----------------------------------------------------------------------

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.current_theme.dark else DARK_THEME

    def action_help(self) -> None:
        from tui.app.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(str(config_path())))

    async def action_quit(self) -> None:
        if self.query_one(ContentSwitcher).current == "error":
            self.exit(self.error_exit_code)
            return
        if self.unsaved and not self._quit_armed:
            self._quit_armed = True
            self.notify(
                "You have unsaved highlights: s saves them, q again quits without saving",
                severity="warning",
            )
            return
        self.exit(0)


def _sample_path() -> Path:
    from importlib.resources import files

    return Path(str(files("tui") / "data" / "sample-article.html"))


def _system_clipboard() -> list[str] | None:
    """A clipboard command for terminals that ignore OSC 52, if one is installed."""
    for command in (
        ["pbcopy"],
        ["wl-copy"],
        ["xclip", "-selection", "clipboard"],
        ["xsel", "--clipboard", "--input"],
        ["clip.exe"],
    ):
        if shutil.which(command[0]):
            return command
    return None
