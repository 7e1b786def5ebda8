"""The article's links, numbered; a number key or enter opens one in the browser."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.model import Link


class LinksScreen(ModalScreen[str | None]):
    """Pick a link: dismisses with its address, or None."""

    BINDINGS: ClassVar = [
        Binding("escape,q,u", "dismiss", "Close", id="close_links"),
        *(
            Binding(str(number), f"open_number({number})", show=False, id=f"link_{number}")
            for number in range(1, 10)
        ),
    ]

    def __init__(self, links: tuple[Link, ...]) -> None:
        super().__init__()
        self.links = links

    def compose(self) -> ComposeResult:
        with Vertical(id="links-box"):
            yield Label(
                Content(f"Links · {len(self.links)} · number or enter opens, escape closes"),
                id="links-title",
            )
            options = OptionList(id="links", markup=False)
            for number, link in enumerate(self.links, start=1):
                options.add_option(
                    Option(
                        Content.assemble(
                            (f"{number:>3} ", "bold $text-warning"),
                            (link.text, "bold"),
                            "\n    ",
                            (link.href, "$text-muted"),
                        ),
                        id=str(number - 1),
                    )
                )
            yield options

    def action_open_number(self, number: int) -> None:
        if 1 <= number <= len(self.links):
            self.dismiss(self.links[number - 1].href)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.dismiss(self.links[int(event.option.id)].href)
