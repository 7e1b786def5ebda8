"""What shows before the article: the loading view and the error view."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Center, Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Label, LoadingIndicator, Static

STAGE_WORDS = {
    "fetching": "Fetching",
    "reading": "Reading",
    "extracting": "Extracting the article",
    "analysing": "Finding figures and names",
}


def describe_progress(stage: str, amount: int) -> str:
    """One line for the loading view, e.g. "Fetching… 12.4 KiB received"."""
    words = STAGE_WORDS.get(stage, stage.capitalize())
    if stage == "fetching":
        return f"{words}… {format_bytes(amount)} received"
    if stage == "extracting" and amount:
        return f"{words} from {format_bytes(amount)}…"
    return f"{words}…"


def format_bytes(amount: int) -> str:
    if amount < 1024:
        return f"{amount} B"
    if amount < 1024 * 1024:
        return f"{amount / 1024:.1f} KiB"
    return f"{amount / 1024 / 1024:.1f} MiB"


class LoadingView(Vertical):
    """Says what is happening while the article is fetched and extracted."""

    def __init__(self, location: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.location = location

    def compose(self) -> ComposeResult:
        with Center():
            yield Label(Content(self.location), id="loading-location")
        with Center():
            yield Label(Content("Starting…"), id="loading-stage")
        yield LoadingIndicator()

    def set_location(self, location: str) -> None:
        self.location = location
        self.query_one("#loading-location", Label).update(Content(location))

    def set_stage(self, stage: str, amount: int) -> None:
        self.query_one("#loading-stage", Label).update(Content(describe_progress(stage, amount)))


class ErrorView(Vertical):
    """The one-line reason, and the two ways on: retry or quit."""

    def compose(self) -> ComposeResult:
        with Center():
            yield Label(Content("Could not open the article"), id="error-title")
        with Center():
            yield Static(Content(""), id="error-message")
        with Center(), Horizontal(id="error-buttons"):
            yield Button("Retry (r)", id="retry", variant="primary")
            yield Button("Quit (q)", id="quit", variant="error")

    def set_message(self, message: str) -> None:
        self.query_one("#error-message", Static).update(Content(message))
