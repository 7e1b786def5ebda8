"""A modal input for the comment on one highlight."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class CommentScreen(ModalScreen[str | None]):
    """Dismisses with the comment (possibly empty), or None when cancelled."""

    BINDINGS: ClassVar = [Binding("escape", "dismiss", "Cancel", id="cancel_comment")]

    def __init__(self, quote: str, comment: str) -> None:
        super().__init__()
        self.quote = quote
        self.comment = comment

    def compose(self) -> ComposeResult:
        with Vertical(id="comment-box"):
            yield Label(Content("Comment on the highlight"), id="comment-title")
            quote = self.quote if len(self.quote) <= 200 else self.quote[:199] + "…"
            yield Label(Content(f"“{quote}”"), id="comment-quote")
            yield Input(self.comment, placeholder="Your comment; enter saves", id="comment-input")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())
