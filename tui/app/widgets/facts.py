"""The facts panel: the figures table and the entities grouped by kind.

Cells and options are ``rich.text.Text`` / ``Content`` objects and the option list has
``markup=False``: a figure or a name taken from the page is shown literally.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import DataTable, Label, OptionList
from textual.widgets.option_list import Option

from tui.model import ENTITY_KINDS, Briefing, Entity, Figure

KIND_LABELS = {
    "person": "People",
    "organization": "Organisations",
    "place": "Places",
    "group": "Groups",
    "other": "Other",
}
HEDGE_MARK = "≈"
WRAP_ROWS_UP_TO = 200
MAX_ROWS = 2000
"""Rows shown in the figures table; ] and [ still walk every figure in the text."""


def figure_value(figure: Figure) -> str:
    """The figure as the text states it, qualifier first: "at least 87 prisoners"."""
    return f"{figure.qualifier} {figure.text}" if figure.qualifier else figure.text


def figure_counts(figure: Figure) -> str:
    """What the figure counts: its unit or counted noun, else its kind."""
    return figure.unit or figure.kind


def figure_row(figure: Figure) -> tuple[Text, Text, Text, Text]:
    who = figure.source.text if figure.source else "—"
    return (
        Text(figure_value(figure), style="bold"),
        Text(figure_counts(figure)),
        Text(who),
        Text(HEDGE_MARK if figure.hedge else ""),
    )


def entity_groups(entities: tuple[Entity, ...]) -> list[tuple[str, list[Entity]]]:
    """Entities by kind (in model order), most mentioned first within a kind."""
    groups = []
    for kind in ENTITY_KINDS:
        members = [entity for entity in entities if entity.kind == kind]
        if members:
            members.sort(key=lambda entity: (-entity.count, entity.name.casefold()))
            groups.append((kind, members))
    return groups


class FactsPanel(Vertical):
    """Right (or lower) pane: what the article claims, and who is in it."""

    def compose(self) -> ComposeResult:
        yield Label("Figures", classes="facts-title", id="figures-title")
        table: DataTable[Text] = DataTable(
            id="figures", cursor_type="row", zebra_stripes=True, show_row_labels=False
        )
        # Fixed widths and auto-height rows: long claimants wrap instead of scrolling.
        table.add_column("Figure", key="value", width=17)
        table.add_column("Counts", key="counts", width=12)
        table.add_column("Who says", key="who", width=15)
        table.add_column(HEDGE_MARK, key="hedge", width=1)
        yield table
        yield Label("Entities", classes="facts-title", id="entities-title")
        yield OptionList(id="entities", markup=False)

    def show(self, briefing: Briefing, *, analysing: str | None = None) -> None:
        """Fill both lists; ``analysing`` says what is still being worked out."""
        table = self.query_one("#figures", DataTable)
        table.clear()
        # Wrapped (auto-height) rows cost a measuring pass per row: fine for an ordinary
        # article, too slow for thousands of figures, which get one line each.
        height = None if len(briefing.figures) <= WRAP_ROWS_UP_TO else 1
        for index, figure in enumerate(briefing.figures[:MAX_ROWS]):
            table.add_row(*figure_row(figure), key=str(index), height=height)
        figures_title = f"Figures · {len(briefing.figures)}"
        if len(briefing.figures) > MAX_ROWS:
            figures_title += f" (table shows {MAX_ROWS})"
        if briefing.figures and any(figure.hedge for figure in briefing.figures):
            figures_title += f"   ({HEDGE_MARK} hedged)"
        self.query_one("#figures-title", Label).update(Content(figures_title))
        options = self.query_one("#entities", OptionList)
        options.clear_options()
        for kind, members in entity_groups(briefing.entities):
            label = f"{KIND_LABELS.get(kind, kind)} · {len(members)}"
            options.add_option(Option(Content.styled(label, "bold $text-muted"), disabled=True))
            for entity in members:
                prompt = Content.assemble(
                    (f" {entity.name}", f"$text-{_ENTITY_COLOURS.get(entity.kind, 'primary')}"),
                    (f"  ×{entity.count}", "$text-muted"),
                )
                options.add_option(Option(prompt, id=entity.id))
        if briefing.entities:
            options.highlighted = 1  # the first name, under its kind heading
        title = f"Entities · {len(briefing.entities)}"
        if analysing:
            title = f"Entities · {analysing}"
        elif not briefing.entities:
            title = "Entities · none found"
        self.query_one("#entities-title", Label).update(Content(title))


_ENTITY_COLOURS = {
    "person": "accent",
    "organization": "success",
    "place": "primary",
    "group": "secondary",
    "other": "warning",
}
