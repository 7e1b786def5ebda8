"""The help screen, generated from the command declarations and the active keys."""

from __future__ import annotations

import textwrap
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.app.commands import by_group

HELP_WIDTH = 60
"""Columns for the help text beside the 18-column key column (the box is 90 wide)."""


class HelpScreen(ModalScreen[None]):
    """Every command with its keys, grouped; closes on escape, q or ?."""

    BINDINGS: ClassVar = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="close_help"),
    ]

    def __init__(self, config_file: str) -> None:
        super().__init__()
        self.config_file = config_file

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(self._help_text(), id="help-text")

    def _help_text(self) -> Content:
        app = self.app
        lines: list[Content] = [Content.styled("briefing — keys", "bold $text-accent"), Content("")]
        for group, commands in by_group():
            lines.append(Content.styled(group, "bold $text-primary"))
            for command in commands:
                keys = app.keys_for(command)  # type: ignore[attr-defined]
                # Hanging indent: wrapped help lines stay in the help column.
                wrapped = textwrap.wrap(command.help(), HELP_WIDTH) or [""]
                lines.append(Content.assemble((f"  {keys:<16}", "bold $text-warning"), wrapped[0]))
                lines.extend(Content(" " * 18 + more) for more in wrapped[1:])
            lines.append(Content(""))
        lines.append(Content.styled("Mouse", "bold $text-primary"))
        lines.append(
            Content(
                "  Wheel scrolls; click a paragraph to mark it; drag to select text "
                "(h highlights it); click a legend entry, figure or name."
            )
        )
        lines.append(Content(""))
        lines.append(Content.styled("Command palette: ctrl+p.  Remap keys in", "$text-muted"))
        lines.append(Content.styled(f"  {self.config_file}", "$text-muted"))
        lines.append(
            Content.styled('  as  [keys]  next_figure = "ctrl+n"  (ids: README)', "$text-muted")
        )
        return Content("\n").join(lines)
