"""The briefing view: the articles of a briefing as a list, and the facts across them.

The runner works in its own thread (``CollectionSession``) and keeps going while an
article is open in the reading room; this view only renders what the session knows and
posts nothing back but the user's choices. The reading room is the reader app itself
(``BriefingApp``), run on the ready briefing: ``run_collection_app`` alternates between
the two apps and gives the list back its cursor. Every string from a page reaches the
screen as ``Text``/``Content``, never as markup.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label, ProgressBar

from tui.app.app import BriefingApp
from tui.collection.cache import Cache
from tui.collection.compare import Comparison, compare
from tui.collection.history import History, history_key
from tui.collection.render import describe_claim
from tui.collection.runner import (
    DEFAULT_CONCURRENCY,
    ORIGIN_CACHE,
    ORIGIN_STALE,
    CollectionResult,
    CollectionRunner,
    Event,
    FeedInfo,
    Outcome,
)
from tui.sources import FetchOptions

MARK_UNREAD, MARK_READ, MARK_FAILED, MARK_LOADING, MARK_FEED = "●", " ", "✗", "…", "≡"
COLUMNS = (
    ("mark", ""),
    ("title", "Title"),
    ("site", "Site"),
    ("date", "Date"),
    ("words", "Words"),
    ("figures", "Figures"),
    ("entities", "Entities"),
)


# -- the session: state shared by the runner thread and whichever view is open -------------


@dataclass
class Row:
    """What the list knows about one source."""

    location: str
    order: tuple[int, ...]
    title: str | None = None
    stage: str = "waiting"
    outcome: Outcome | None = None
    feed: FeedInfo | None = None


@dataclass
class CollectionSession:
    """Runs the collection in a background thread and remembers every row's state."""

    sources: list[str]
    options: FetchOptions = field(default_factory=FetchOptions)
    cache: Cache | None = None
    refresh: bool = False
    concurrency: int = DEFAULT_CONCURRENCY
    analyse: Callable | None = None
    rows: dict[str, Row] = field(default_factory=dict)
    done: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _subscriber: Callable[[Event], None] | None = None
    _runner: CollectionRunner | None = None

    def start(self) -> None:
        extra = {"analyse": self.analyse} if self.analyse else {}
        self._runner = CollectionRunner(
            self.options,
            concurrency=self.concurrency,
            cache=self.cache,
            refresh=self.refresh,
            listener=self._on_event,
            **extra,
        )
        threading.Thread(target=self._run, name="collection", daemon=True).start()

    def _run(self) -> None:
        assert self._runner is not None
        try:
            self._runner.run(self.sources)
        finally:
            self.done.set()
            self._forward(Event("done", ""))

    def cancel(self) -> None:
        if self._runner is not None:
            self._runner.cancel()

    def _on_event(self, event: Event) -> None:
        with self._lock:
            row = self.rows.get(event.location)
            if event.kind == "added" and row is None:
                self.rows[event.location] = Row(event.location, event.order, event.title)
            elif row is not None and event.kind == "stage":
                if event.stage == row.stage:
                    return  # only bytes received changed: the list shows the stage alone
                row.stage = event.stage or row.stage
            elif row is not None and event.kind == "feed":
                row.feed = event.feed
                row.title = event.title
            elif row is not None and event.kind == "finished":
                row.outcome = event.outcome
        self._forward(event)

    def _forward(self, event: Event) -> None:
        subscriber = self._subscriber
        if subscriber is not None:
            subscriber(event)

    def attach(self, subscriber: Callable[[Event], None] | None) -> list[Row]:
        """Receive events from now on; returns the rows as they are at this moment."""
        with self._lock:
            self._subscriber = subscriber
            return [Row(**vars(row)) for row in self.rows.values()]

    def result(self) -> CollectionResult:
        """What has finished so far, in the user's order."""
        with self._lock:
            outcomes = [r.outcome for r in self.rows.values() if r.outcome is not None]
            feeds = [r.feed for r in self.rows.values() if r.feed is not None]
        outcomes.sort(key=lambda o: o.order)
        return CollectionResult(outcomes, feeds)


# -- cells --------------------------------------------------------------------------------


def _cells(row: Row, read: bool) -> dict[str, Text]:
    """The row's cells as plain Text: page strings are never read as markup."""
    outcome = row.outcome
    if row.feed is not None:
        return {
            "mark": Text(MARK_FEED),
            "title": Text(f"Feed: {row.feed.title}", style="italic"),
            "site": Text(""),
            "date": Text(""),
            "words": Text(f"{row.feed.entries} entries"),
            "figures": Text(""),
            "entities": Text(""),
        }
    if outcome is None:
        return {
            "mark": Text(MARK_LOADING),
            "title": Text(row.title or row.location, style="dim"),
            "site": Text(""),
            "date": Text(""),
            "words": Text(row.stage, style="dim"),
            "figures": Text(""),
            "entities": Text(""),
        }
    if outcome.briefing is None:
        return {
            "mark": Text(MARK_FAILED, style="bold red"),
            "title": Text(row.title or row.location, style="red"),
            "site": Text(""),
            "date": Text(""),
            "words": Text(f"exit {outcome.exit_code}", style="red"),
            "figures": Text(""),
            "entities": Text(""),
        }
    briefing = outcome.briefing
    meta = briefing.article.meta
    return {
        "mark": Text(MARK_READ if read else MARK_UNREAD, style="bold"),
        "title": Text(outcome.title, style="" if read else "bold"),
        "site": Text(meta.site or ""),
        "date": Text((meta.published or "")[:10]),
        "words": Text(f"{briefing.article.word_count:,}", justify="right"),
        "figures": Text(str(len(briefing.figures)), justify="right"),
        "entities": Text(str(len(briefing.entities)), justify="right"),
    }


def _detail(row: Row | None) -> Content:
    """The line under the list: where the highlighted article comes from, or why it failed."""
    if row is None:
        return Content("")
    outcome = row.outcome
    if row.feed is not None:
        return Content(f"Feed {row.location}: {row.feed.entries} entries")
    if outcome is None:
        return Content(f"{row.location}: {row.stage}…")
    if outcome.briefing is None:
        return Content(f"Failed: {outcome.error} (exit {outcome.exit_code})")
    origin = {ORIGIN_CACHE: " (from the cache)", ORIGIN_STALE: " (offline copy)"}
    return Content(f"{row.location}{origin.get(outcome.origin, '')}")


def _short_name(outcome: Outcome) -> str:
    """The site when the page names one (short, and what a reader compares), else the title."""
    assert outcome.briefing is not None
    return outcome.briefing.article.meta.site or outcome.title


# -- messages and results -----------------------------------------------------------------


class RunnerUpdate(Message):
    def __init__(self, event: Event) -> None:
        self.event = event
        super().__init__()


@dataclass(frozen=True, slots=True)
class OpenArticle:
    """The list's answer when the user opens an article: which, and where the cursor was."""

    location: str
    row: int


# -- the facts view -----------------------------------------------------------------------


class FactsScreen(Screen[None]):
    """The figures that disagree across articles, and who is named where."""

    BINDINGS: ClassVar = [
        Binding("escape", "app.pop_screen", "Back", id="facts_back"),
        Binding("q", "app.pop_screen", "Back", show=False, id="facts_quit"),
        Binding("tab", "focus_next", "Next table", id="facts_next"),
    ]

    def __init__(self, comparison: Comparison, titles: list[str]) -> None:
        super().__init__()
        self.comparison = comparison
        self.titles = titles  # "1. Site" per compared briefing, numbered as in the list

    def compose(self) -> ComposeResult:
        with Vertical(id="facts-view"):
            yield Label(Content("Figures across articles"), classes="facts-heading")
            yield DataTable(id="figure-groups", cursor_type="row", zebra_stripes=True)
            yield Label(Content("Named across articles"), classes="facts-heading")
            yield DataTable(id="entity-index", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def _articles(self, indexes) -> Text:
        return Text(", ".join(self.titles[i] for i in indexes))

    def on_mount(self) -> None:
        figures = self.query_one("#figure-groups", DataTable)
        figures.add_columns("What", "Claim", "Articles")
        for group in self.comparison.figures:
            what = Text(group.label, style="bold")
            if group.disagree:
                what.append("  disagree", style="bold red")
            for reported in group.reported:
                figures.add_row(
                    what, Text(describe_claim(reported)), self._articles(reported.articles)
                )
                what = Text("")
        if not self.comparison.figures:
            figures.add_row(
                Text("No figure is reported by more than one article"), Text(""), Text("")
            )
        entities = self.query_one("#entity-index", DataTable)
        entities.add_columns("Name", "Kind", "Mentions", "Articles")
        for entity in self.comparison.entities:
            entities.add_row(
                Text(entity.name, style="bold"),
                Text(entity.kind),
                Text(str(entity.total), justify="right"),
                self._articles(a.article for a in entity.articles),
            )
        figures.focus()


# -- the list -----------------------------------------------------------------------------


class CollectionApp(App[OpenArticle | None]):
    """The list of a briefing's articles, live while they load."""

    TITLE = "briefing"
    CSS = """
    #summary { padding: 0 1; height: 1; }
    #progress { padding: 0 1; height: 1; }
    #articles { height: 1fr; }
    #detail { padding: 0 1; height: 1; color: $text-muted; }
    .facts-heading { padding: 1 1 0 1; text-style: bold; }
    #figure-groups, #entity-index { height: 1fr; }
    """
    BINDINGS: ClassVar = [
        Binding("enter", "open", "Open", id="open", priority=True),
        Binding("f", "facts", "Facts", id="facts"),
        Binding("s", "save", "Save note", id="save"),
        Binding("j", "cursor_down", "Down", show=False, id="down"),
        Binding("k", "cursor_up", "Up", show=False, id="up"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(
        self,
        session: CollectionSession,
        *,
        cursor: int = 0,
        read: set[str] | None = None,
        notes_dir: str | Path | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.initial_cursor = cursor
        self.read = read if read is not None else set()
        self.notes_dir = notes_dir
        self.rows: dict[str, Row] = {}
        self._disagreements: int | None = None  # counted once, when loading is done

    def compose(self) -> ComposeResult:
        yield Label(Content("Loading…"), id="summary")
        yield ProgressBar(id="progress", show_eta=False)
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Label(Content(""), id="detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#articles", DataTable)
        for key, label in COLUMNS:
            table.add_column(label, key=key)
        rows = self.session.attach(lambda event: self.post_message(RunnerUpdate(event)))
        for row in sorted(rows, key=lambda r: r.order):
            self._put_row(row)
        if self.rows:
            table.move_cursor(row=min(self.initial_cursor, table.row_count - 1))
        table.focus()
        self._update_summary()

    def on_unmount(self) -> None:
        self.session.attach(None)

    # -- live updates -------------------------------------------------------------------

    def on_runner_update(self, message: RunnerUpdate) -> None:
        event = message.event
        if event.kind == "done":
            self._update_summary()
            return
        row = self.rows.get(event.location)
        if event.kind == "added" and row is None:
            row = Row(event.location, event.order, event.title)
        if row is None:
            return
        if event.kind == "stage":
            row.stage = event.stage or row.stage
        elif event.kind == "feed":
            row.feed, row.title = event.feed, event.title
        elif event.kind == "finished":
            row.outcome = event.outcome
        self._put_row(row)
        self._update_summary()

    def _put_row(self, row: Row) -> None:
        table = self.query_one("#articles", DataTable)
        cells = _cells(row, history_key(row.location) in self.read)
        if row.location not in self.rows:
            last = next(reversed(self.rows.values()), None)
            self.rows[row.location] = row
            if last is not None and row.order < last.order:
                self._rebuild()  # a feed's entries arrived after a later source: keep order
            else:
                table.add_row(*(cells[key] for key, _ in COLUMNS), key=row.location)
        else:
            self.rows[row.location] = row
            for key, _ in COLUMNS:
                table.update_cell(row.location, key, cells[key], update_width=True)
        if self._current_row() is row:
            self._show_detail()

    def _rebuild(self) -> None:
        """Lay the rows out again in the user's order, the cursor staying on its article."""
        table = self.query_one("#articles", DataTable)
        current = self._current_row()
        self.rows = dict(sorted(self.rows.items(), key=lambda item: item[1].order))
        table.clear()
        for row in self.rows.values():
            cells = _cells(row, history_key(row.location) in self.read)
            table.add_row(*(cells[key] for key, _ in COLUMNS), key=row.location)
        if current is not None:
            table.move_cursor(row=table.get_row_index(current.location))

    def _update_summary(self) -> None:
        articles = [r for r in self.rows.values() if r.feed is None]
        finished = [r for r in articles if r.outcome is not None]
        failed = sum(1 for r in finished if r.outcome and not r.outcome.ok)
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=max(1, len(articles)), progress=len(finished))
        if self.session.done.is_set():
            bar.display = False
            words = f"{len(finished) - failed} articles, {failed} failed"
            if self._disagreements is None:
                comparison, _titles = self._comparison()
                self._disagreements = sum(1 for g in comparison.figures if g.disagree)
            if self._disagreements:
                words += f" · sources disagree on {self._disagreements} figure(s): f shows them"
        else:
            words = f"Loading: {len(finished)} of {len(articles)} done, {failed} failed"
        self.query_one("#summary", Label).update(Content(words))

    # -- cursor and details -------------------------------------------------------------

    def _current_row(self) -> Row | None:
        table = self.query_one("#articles", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(key) if key is not None else None

    def _show_detail(self) -> None:
        self.query_one("#detail", Label).update(_detail(self._current_row()))

    @on(DataTable.RowHighlighted, "#articles")
    def _highlighted(self) -> None:
        self._show_detail()

    @on(DataTable.RowSelected, "#articles")
    def _selected(self) -> None:
        self.action_open()

    def action_cursor_down(self) -> None:
        self.query_one("#articles", DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one("#articles", DataTable).action_cursor_up()

    # -- actions ------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``enter`` opens articles only from the list, not from the facts view."""
        return not (action == "open" and isinstance(self.screen, FactsScreen))

    def action_open(self) -> None:
        row = self._current_row()
        if row is None or row.feed is not None:
            return
        if row.outcome is None:
            self.notify("Still loading this article", markup=False)
        elif row.outcome.briefing is None:
            self.notify(f"Failed: {row.outcome.error}", severity="error", markup=False)
        else:
            cursor = self.query_one("#articles", DataTable).cursor_row
            self.exit(OpenArticle(row.location, cursor))

    def _comparison(self) -> tuple[Comparison, list[str]]:
        result = self.session.result()
        numbers = [i for i, o in enumerate(result.outcomes) if o.ok]
        titles = [f"{n + 1}. {_short_name(result.outcomes[n])}" for n in numbers]
        return compare(result.briefings), titles

    def action_facts(self) -> None:
        if not isinstance(self.screen, FactsScreen):
            comparison, titles = self._comparison()
            self.push_screen(FactsScreen(comparison, titles))

    def action_save(self) -> None:
        if not self.session.result().briefings:
            self.notify("Nothing to save yet", markup=False)
            return
        self.notify("Saving the briefing note…", markup=False)
        self._save()

    @work(thread=True, exclusive=True, group="save")
    def _save(self) -> None:
        from tui.collection.note import save_briefing_note

        try:
            saved = save_briefing_note(self.session.result(), self.notes_dir)
        except Exception as error:  # NotesError, or a bug: say so, never crash
            self.call_from_thread(
                self.notify, f"Could not save: {error}", severity="error", markup=False
            )
            return
        self.call_from_thread(
            self.notify, f"Briefing note saved: {saved.path}", timeout=8, markup=False
        )


class CollectionReader(BriefingApp):
    """The reading room opened from a briefing: escape with nothing to clear goes back."""

    def action_clear_marks(self) -> None:
        if self.search_query or self._selected_name:
            super().action_clear_marks()
        else:
            self.exit(0)


def run_collection_app(
    sources: list[str],
    options: FetchOptions,
    *,
    cache: Cache | None,
    refresh: bool,
    concurrency: int,
    notes_dir: str | None,
) -> int:
    """Show the briefing; opening an article runs the reader, then the list comes back."""
    session = CollectionSession(
        sources, options, cache=cache, refresh=refresh, concurrency=concurrency
    )
    history = History()
    session.start()
    cursor = 0
    try:
        while True:
            app = CollectionApp(
                session, cursor=cursor, read=history.read_locations(), notes_dir=notes_dir
            )
            choice = app.run()
            if not isinstance(choice, OpenArticle):
                return 0
            cursor = choice.row
            outcome = session.rows[choice.location].outcome
            assert outcome is not None and outcome.briefing is not None
            history.record(choice.location, outcome.briefing)
            CollectionReader(
                choice.location,
                options,
                briefing=outcome.briefing,
                notes_dir=Path(notes_dir) if notes_dir else None,
            ).run()
    finally:
        session.cancel()
        history.close()
