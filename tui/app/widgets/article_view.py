"""The article text: a Line-API scroll view that draws only the rows on screen.

Like Textualize/toolong's log view, the whole article is laid out once per width as a
table of offsets (``layout.Layout``) and rows are rendered on demand into ``Strip``s,
with a cache. Page text is only ever put into ``rich.text.Text`` objects and styled by
offset: it is never read as markup.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from rich.cells import cell_len, get_character_cell_size
from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from tui.app.layout import Layout, Line, layout_article
from tui.app.spans import SpanLayer
from tui.model import Article

GUTTER = 2
MAX_MEASURE = 96
"""Widest text column in cells: long lines are hard to read."""

# Layers are drawn in this order; later ones win where they overlap.
LAYER_ORDER = (
    "link",
    "person",
    "organization",
    "place",
    "group",
    "other",
    "figure",
    "highlight",
    "selected",
    "search",
    "current",
    "flash",
)


def cells_to_index(text: str, cells: int) -> int:
    """The code-point index in ``text`` at cell column ``cells``."""
    if text.isascii():
        return min(len(text), max(0, cells))
    total = 0
    for index, character in enumerate(text):
        if total >= cells:
            return index
        total += get_character_cell_size(character)
    return len(text)


class ArticleView(ScrollView, can_focus=True):
    """Scrollable, highlighted article text with a reading cursor (the marked paragraph)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--title",
        "article--meta",
        "article--standfirst",
        "article--rule",
        "article--heading",
        "article--quote",
        "article--gutter",
        *(f"article--{name}" for name in LAYER_ORDER),
    }

    class CursorMoved(Message):
        """The reading cursor moved to ``offset``."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.page: Layout | None = None
        self.spans: dict[str, SpanLayer] = {}
        self.cursor = 0
        self._cache: LRUCache[tuple[int, int, bool], Strip] = LRUCache(2048)
        self._styles: dict[str, Style] = {}
        self._flash_timer = None
        self._block_starts: list[int] = []
        self._cursor_block_index = -1

    # -- content -------------------------------------------------------------------

    def show_article(self, article: Article) -> None:
        """Display a new article from the top."""
        self.article = article
        self.cursor = article.blocks[0].start if article.blocks else 0
        self._block_starts = [block.start for block in article.blocks]
        self._update_cursor_block()
        self.spans = {}
        self._relayout()
        self.scroll_to(y=0, animate=False, immediate=True)

    def set_layer(self, name: str, spans) -> None:
        """Replace one highlight layer (figures, an entity kind, search hits...)."""
        self.spans[name] = SpanLayer(name, spans)
        self.redraw()

    def span_layer(self, name: str) -> SpanLayer:
        return self.spans.get(name) or SpanLayer(name)

    def redraw(self) -> None:
        """Forget rendered rows (styles, layers or cursor changed) and repaint."""
        self._cache.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        """Theme or CSS changed: pick the styles up again."""
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    # -- layout --------------------------------------------------------------------

    @property
    def text_width(self) -> int:
        width = self.scrollable_content_region.width or self.size.width or 80
        return max(10, min(MAX_MEASURE, width - GUTTER - 1))

    def _relayout(self) -> None:
        if self.article is None:
            return
        # Re-wrapping keeps the first visible paragraph on screen (unless at the top).
        anchor = self.top_offset() if self.page is not None and self.scroll_y > 0 else None
        self.page = layout_article(self.article, self.text_width)
        self.virtual_size = Size(self.page.width + GUTTER, len(self.page))
        self._cache.clear()
        if anchor is not None:
            self.scroll_to(y=self.page.row_for_offset(anchor), animate=False, immediate=True)
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        if self.page is not None and self.page.width != self.text_width:
            self._relayout()

    def top_offset(self) -> int:
        """Offset of the first body row at the top of the view."""
        if self.page is None:
            return 0
        for row in range(int(self.scroll_y), len(self.page)):
            line = self.page.lines[row]
            if line.block >= 0:
                return line.start
        return self.cursor

    def visible_rows(self) -> range:
        return range(int(self.scroll_y), int(self.scroll_y) + self.scrollable_content_region.height)

    # -- cursor --------------------------------------------------------------------

    def _update_cursor_block(self) -> None:
        blocks = self.article.blocks if self.article else ()
        index = bisect_right(self._block_starts, self.cursor) - 1
        self._cursor_block_index = max(0, index) if blocks else -1

    def cursor_row(self) -> int:
        return self.page.row_for_offset(self.cursor) if self.page else 0

    def move_cursor(self, offset: int) -> None:
        if offset != self.cursor:
            self.cursor = offset
            self._update_cursor_block()
            self.refresh()  # cached rows are keyed by "in the cursor block": no cache flush
            self.post_message(self.CursorMoved(offset))

    def scroll_to_offset(self, start: int, *, center: bool = True) -> None:
        """Bring ``start`` on screen (a third of the way down) and put the cursor there."""
        if self.page is None:
            return
        row = self.page.row_for_offset(start)
        self.move_cursor(start)
        if row not in self.visible_rows() or center:
            target = max(0, row - self.scrollable_content_region.height // 3)
            self.scroll_to(y=target, animate=False, immediate=True)

    def flash(self, start: int, end: int, seconds: float = 0.8) -> None:
        """Draw ``[start, end)`` in the flash style for a moment."""
        self.set_layer("flash", [(start, end)])
        if self._flash_timer is not None:
            self._flash_timer.stop()
        self._flash_timer = self.set_timer(seconds, lambda: self.set_layer("flash", []))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self.page is None:
            return
        # Keep the reading cursor on screen: scrolling past it moves it along.
        rows = self.visible_rows()
        if self.cursor_row() not in rows:
            target = rows.start if new_value > old_value else rows.stop - 1
            self.move_cursor(self._offset_near_row(target, forward=new_value > old_value))

    def _offset_near_row(self, row: int, *, forward: bool) -> int:
        assert self.page is not None
        lines = self.page.lines
        row = max(0, min(row, len(lines) - 1))
        step = 1 if forward else -1
        index = row
        while 0 <= index < len(lines):
            if lines[index].block >= 0:
                return lines[index].start
            index += step
        return self.cursor

    def offset_at(self, row: int, x: int) -> int | None:
        """The text offset drawn at display ``row``, cell column ``x`` (None off the text)."""
        if self.page is None or not 0 <= row < len(self.page):
            return None
        line = self.page.lines[row]
        if line.block < 0 or self.article is None:
            return None
        text = self.article.text[line.start : line.end]
        column = x - GUTTER - cell_len(line.prefix)
        return line.start + cells_to_index(text, column)

    def on_click(self, event: events.Click) -> None:
        offset = self.offset_at(int(self.scroll_y) + event.y, event.x + int(self.scroll_x))
        if offset is not None:
            self.move_cursor(offset)

    # -- selection -----------------------------------------------------------------

    def _row_string(self, line: Line) -> str:
        """The row as plain characters, gutter included (the selection's coordinates)."""
        if line.block >= 0 and self.article is not None:
            body = self.article.text[line.start : line.end].replace("\t", " ")
        else:
            body = line.text or ""
        return " " * GUTTER + line.prefix + body

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        if self.page is None:
            return None
        rows = "\n".join(self._row_string(line)[GUTTER:] for line in self.page.lines)
        start, end = selection
        shift = lambda offset: offset if offset is None else offset._replace(x=offset.x - GUTTER)  # noqa: E731
        return Selection(shift(start), shift(end)).extract(rows), "\n"

    def selection_offsets(self) -> tuple[int, int] | None:
        """The article offsets covered by the mouse selection, if there is one."""
        selection = self.text_selection
        if selection is None or self.page is None:
            return None
        start, end = selection
        first = (0, 0) if start is None else (start.y, start.x)
        last = (len(self.page) - 1, 10**6) if end is None else (end.y, end.x)
        offsets = [
            offset for row, x in (first, last) if (offset := self.offset_at(row, x)) is not None
        ]
        if len(offsets) < 2 or offsets[1] <= offsets[0]:
            return None
        return offsets[0], offsets[1]

    def selection_updated(self, selection: Selection | None) -> None:
        self.redraw()

    # -- drawing -------------------------------------------------------------------

    def style(self, name: str) -> Style:
        """The Rich style of ``article--name`` in the active theme."""
        style = self._styles.get(name)
        if style is None:
            # Layers are partial so they stack; header styles are resolved in full so
            # theme colours such as "auto 60%" are blended against the background.
            style = self._styles[name] = self.get_component_rich_style(
                f"article--{name}", partial=name in LAYER_ORDER
            )
        return style

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        row = scroll_y + y
        width = self.scrollable_content_region.width
        base = self._styles.get("") or self._styles.setdefault("", self.rich_style)
        if self.page is None or row >= len(self.page):
            return Strip.blank(width, base)
        selection = self.text_selection
        key = (row, width, self.page.lines[row].block == self._cursor_block_index)
        strip = None if selection is not None else self._cache.get(key)
        if strip is None:
            strip = self._render_row(row, base, selection)
            if selection is None:
                self._cache[key] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, row)

    def _render_row(self, row: int, base: Style, selection: Selection | None) -> Strip:
        assert self.page is not None and self.article is not None
        line = self.page.lines[row]
        plain = self._row_string(line)
        if line.block >= 0 and line.block == self._cursor_block_index:
            plain = "▎" + plain[1:]
        text = Text(plain, no_wrap=True, end="")
        text.stylize(base)
        if line.block >= 0:
            self._style_body(text, line)
        elif line.kind in ("title", "meta", "standfirst", "rule"):
            text.stylize(self.style(line.kind), GUTTER)
        if selection is not None and (span := selection.get_span(row)) is not None:
            start = cells_to_index(plain, span[0])
            end = len(plain) if span[1] == -1 else cells_to_index(plain, span[1])
            text.stylize(self.screen.get_component_rich_style("screen--selection"), start, end)
        segments = list(text.render(self.app.console))
        return Strip(segments, cell_len(text.plain))

    def _style_body(self, text: Text, line: Line) -> None:
        shift = GUTTER + len(line.prefix)
        if line.kind == "heading":
            text.stylize(self.style("heading"), shift)
        elif line.kind == "quote":
            text.stylize(self.style("quote"), GUTTER)
        if line.block == self._cursor_block_index:
            text.stylize(self.style("gutter"), 0, 1)
        for name in LAYER_ORDER:
            layer = self.spans.get(name)
            if not layer:
                continue
            style = self.style(name)
            for start, end in layer.overlapping(line.start, line.end):
                text.stylize(
                    style,
                    shift + max(start, line.start) - line.start,
                    shift + min(end, line.end) - line.start,
                )
