"""A ``DataTable`` of one-line ``Text`` cells, painted without Rich's general layout machinery.

``DataTable`` renders every cell through ``Styled(Padding(cell))`` and ``Console.render_lines``,
and looks its component styles up again for every line: about 40 ms to paint a screenful of
new rows, most of a keystroke's time in the search screen. When each cell is one line of
``Text`` that fits its column, its segments are simply the text's own, padded; this table
builds those directly and looks the row styles up once per paint; and new rows are not
measured when every column has a fixed width. It paints exactly the same segments as
``DataTable`` (tests/test_tui_line_table.py compares them); anything else (the header, a cell
that would wrap or be cropped, row labels, fixed columns, a cell cursor, auto-width columns)
takes ``DataTable``'s own path.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.coordinate import Coordinate
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widgets import DataTable
from textual.widgets.data_table import RowKey

__all__ = ["LineTable"]

_NULL = Style.null()
_SEPARATOR = Text("\n")

SegmentLines = list[list[Segment]]


class LineTable(DataTable):
    """``DataTable`` with a fast path for one-line ``Text`` cells in a row-cursor table."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._base_style: Style | None = None
        """The widget's style during a paint, looked up once (None between paints)."""
        self._row_styles: dict[tuple[int, Style], Style] = {}
        """The zebra row styles looked up during the current paint."""

    def render_lines(self, crop: Region) -> list[Strip]:
        self._base_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._base_style = None
            self._row_styles.clear()

    def render_line(self, y: int) -> Strip:
        base_style = self._base_style
        if base_style is None or self.fixed_rows:
            return super().render_line(y)
        if y >= (self.header_height if self.show_header else 0):
            y += self.scroll_offset.y
        scroll_x = self.scroll_offset.x
        return self._render_line(y, scroll_x, scroll_x + self.size.width, base_style)

    def _get_row_style(self, row_index: int, base_style: Style) -> Style:
        memo = self._row_styles
        if self._base_style is None or row_index < self.fixed_rows:
            return super()._get_row_style(row_index, base_style)
        key = (row_index % 2 if self.zebra_stripes else 0, base_style)
        style = memo.get(key)
        if style is None:
            style = memo[key] = super()._get_row_style(row_index, base_style)
        return style

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        """The table's size; new cells are measured only when a column's width depends on them."""
        if any(column.auto_width for column in self.columns.values()) or any(
            (row := self.rows.get(key)) is not None and (row.label is not None or row.auto_height)
            for key in new_rows
        ):
            super()._update_dimensions(new_rows)
            return
        width = sum(column.get_render_width(self) for column in self.columns.values())
        header_height = self.header_height if self.show_header else 0
        self.virtual_size = Size(
            width + self._row_label_column_width, self._total_row_height + header_height
        )

    def _simple(self) -> bool:
        return (
            self.cursor_type == "row"
            and not self.fixed_rows
            and not self.fixed_columns
            and not (self._labelled_row_exists and self.show_row_labels)
        )

    def _render_line_in_row(
        self,
        row_key: RowKey,
        line_no: int,
        base_style: Style,
        cursor_location: Coordinate,
        hover_location: Coordinate,
    ) -> tuple[SegmentLines, SegmentLines]:
        if row_key is self._header_row_key or not self._simple():
            return super()._render_line_in_row(
                row_key, line_no, base_style, cursor_location, hover_location
            )
        cache_key = (
            row_key,
            line_no,
            base_style,
            cursor_location,
            hover_location,
            self.cursor_type,
            self.show_cursor,
            self._show_hover_cursor,
            self._update_count,
            self._pseudo_class_state,
        )
        cached = self._row_render_cache.get(cache_key)
        if cached is not None:
            return cached
        row_index = self._row_locations.get(row_key)
        if row_index is None:
            row_index = -1
        row_style = self._get_row_style(row_index, base_style)
        cursor = cursor_location.row == row_index
        hover = hover_location.row == row_index
        render_cell = self._render_cell
        scrollable_row = []
        table_width = self._row_label_column_width
        for column_index, column in enumerate(self.ordered_columns):
            width = column.get_render_width(self)
            table_width += width
            lines = render_cell(row_index, column_index, row_style, width, cursor=cursor, hover=hover)
            scrollable_row.append(lines[line_no])
        extend_style, _ = self._get_styles_to_render_cell(
            False, False, False, hover, cursor, self.show_cursor, self._show_hover_cursor, False, False
        )
        extend_style = row_style + extend_style
        extend_style += Style.from_meta({"row": row_index, "column": 0, "out_of_bounds": True})
        remaining_space = max(0, self.size.width - table_width)
        scrollable_row.append([Segment(" " * remaining_space, extend_style)])
        row_pair: tuple[SegmentLines, SegmentLines] = ([], scrollable_row)
        self._row_render_cache[cache_key] = row_pair
        return row_pair

    def _render_cell(
        self,
        row_index: int,
        column_index: int,
        base_style: Style,
        width: int,
        cursor: bool = False,
        hover: bool = False,
    ) -> SegmentLines:
        row_key = self._row_locations.get_key(row_index)
        column_key = self._column_locations.get_key(column_index)
        if row_key is None or column_key is None or not self._simple():  # None: the header row, the label column (-1)
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        cache_key = (
            row_key,
            column_key,
            base_style,
            cursor,
            hover,
            self._show_hover_cursor,
            self._update_count,
            self._pseudo_class_state,
        )
        lines = self._cell_render_cache.get(cache_key)
        if lines is not None:
            return lines
        cell = self._data[row_key][column_key]
        row = self.rows[row_key]
        segments = (
            _line_segments(cell, width - 2 * self.cell_padding, self.cell_padding, self.app.console)
            if isinstance(cell, Text) and row.height == 1 and not row.auto_height
            else None
        )
        if segments is None:
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        component_style, post_style = self._get_styles_to_render_cell(
            False,
            False,
            False,
            hover,
            cursor,
            self.show_cursor,
            self._show_hover_cursor,
            self.cursor_foreground_priority == "css",
            self.cursor_background_priority == "css",
        )
        pre_style = base_style + Style.from_meta({"row": row_index, "column": column_index})
        lines = [list(Segment.apply_style(segments, pre_style + component_style, post_style))]
        self._cell_render_cache[cache_key] = lines
        return lines


def _line_segments(cell: Text, inner: int, padding: int, console: Console) -> list[Segment] | None:
    """What Rich renders for ``cell`` in a one-line cell ``inner`` wide, or None if it does not fit.

    Mirrors ``Text.__rich_console__`` (justify, then the text's style as a span) inside
    ``Padding``: the unused width is blank with no style of its own.
    """
    if "\n" in cell.plain or "\t" in cell.plain or cell.end != "\n":
        return None
    justify = cell.justify or "default"
    if justify == "default":
        line = cell
    elif justify == "left":
        line = cell.copy()
        line.truncate(inner, overflow=cell.overflow or "fold", pad=True)
    elif justify == "right":
        line = cell.copy()
        line.rstrip()
        line.pad_left(inner - cell_len(line.plain))
    else:
        return None
    used = cell_len(line.plain)
    if used > inner:
        return None
    side = [Segment(" " * padding, _NULL)] if padding else []
    out = side + list(_SEPARATOR.join([line]).render(console))
    if used < inner:
        out.append(Segment(" " * (inner - used), _NULL))
    return out + side
