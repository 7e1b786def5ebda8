"""The legend above the text: one swatch per highlight kind, click or number key to toggle.

Swatches use the article view's own component styles, so legend and text always match
whatever the theme.
"""

from __future__ import annotations

from textual.content import Content
from textual.style import Style
from textual.widget import Widget

from tui.app.widgets.article_view import ArticleView

# (kind, label); the number key is the position.
LEGEND_KINDS = (
    ("figure", "Figures"),
    ("person", "People"),
    ("organization", "Orgs"),
    ("place", "Places"),
    ("group", "Groups"),
    ("other", "Other"),
)


class Legend(Widget):
    """A one-row key to the highlight colours, with counts."""

    DEFAULT_CSS = "Legend { height: 1; width: 1fr; }"

    def __init__(self, view: ArticleView, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view = view
        self.counts: dict[str, int] = {}
        self.hidden: set[str] = set()

    def update_state(self, counts: dict[str, int], hidden: set[str]) -> None:
        self.counts = dict(counts)
        self.hidden = set(hidden)
        self.refresh()

    def render(self) -> Content:
        """The fullest form that fits: with key numbers and counts, then shorter."""
        width = self.size.width or 80
        for numbers, counts in ((True, True), (False, True), (False, False)):
            content = self._build(numbers, counts)
            if content.cell_length <= width:
                break
        return content

    def _build(self, numbers: bool, counts: bool) -> Content:
        parts: list[Content] = []
        for number, (kind, label) in enumerate(LEGEND_KINDS, start=1):
            count = self.counts.get(kind, 0)
            if kind in self.hidden:
                swatch = Style(dim=True, strike=True)
            else:
                swatch = Style.from_rich_style(self.view.style(kind))
            item = Content.assemble(
                (f"{number} " if numbers else "", "$text-muted"),
                (label, swatch),
                (f" {count}" if counts else "", "$text-muted"),
            )
            parts.append(item.stylize(Style.from_meta({"@click": f"app.toggle_kind({kind!r})"})))
        return Content("  ").join(parts)

    def on_mount(self) -> None:
        self.watch(self.app, "theme", lambda _theme: self.refresh(), init=False)
