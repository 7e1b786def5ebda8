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


# Longest first: (key numbers, counts, three-letter labels).
FORMS = ((True, True, False), (False, True, False), (False, False, False), (False, False, True))


class Legend(Widget):
    """A one-row key to the highlight colours, with counts, and a status on the right.

    One widget for both, so a status change is a repaint, never a new layout (which
    would re-measure a figures table of thousands of rows on every ] press).
    """

    DEFAULT_CSS = "Legend { height: 1; width: 1fr; }"

    def __init__(self, view: ArticleView, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view = view
        self.counts: dict[str, int] = {}
        self.hidden: set[str] = set()
        self.status = ""

    def update_state(self, counts: dict[str, int], hidden: set[str]) -> None:
        self.counts = dict(counts)
        self.hidden = set(hidden)
        self.refresh()

    def set_status(self, status: str) -> None:
        if status != self.status:
            self.status = status
            self.refresh()

    def render(self) -> Content:
        """The fullest legend that fits beside the status: key numbers and counts first."""
        width = self.size.width or 80
        status = Content.styled(self.status, "$text-muted") if self.status else Content("")
        room = width - status.cell_length - (2 if self.status else 0)
        for numbers, counts, short in FORMS:
            legend = self._build(numbers, counts, short)
            if legend.cell_length <= room:
                break
        gap = max(1, width - legend.cell_length - status.cell_length)
        return Content.assemble(legend, " " * gap, status) if self.status else legend

    def _build(self, numbers: bool, counts: bool, short: bool) -> Content:
        parts: list[Content] = []
        for number, (kind, label) in enumerate(LEGEND_KINDS, start=1):
            count = self.counts.get(kind, 0)
            if kind in self.hidden:
                swatch = Style(dim=True, strike=True)
            else:
                swatch = Style.from_rich_style(self.view.style(kind))
            item = Content.assemble(
                (f"{number} " if numbers else "", "$text-muted"),
                (label[:3] if short else label, swatch),
                (f" {count}" if counts else "", "$text-muted"),
            )
            parts.append(item.stylize(Style.from_meta({"@click": f"app.toggle_kind({kind!r})"})))
        return Content(" " if short else "  ").join(parts)

    def on_mount(self) -> None:
        self.watch(self.app, "theme", lambda _theme: self.refresh(), init=False)
