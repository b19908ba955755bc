"""The results table: one page of quotes, the query's words highlighted in each."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.message import Message

from quotes.results import QuoteRecord

from ..bindings import RESULTS, bindings
from ..rendering import format_date, plain, snippet
from .line_table import LineTable

__all__ = ["ResultsTable"]

_FIXED = {"speaker": 20, "kind": 8, "outlet": 12, "date": 10, "sources": 3}
_MIN_QUOTE = 30
_DROPPED_FIRST = ("sources", "outlet", "kind", "date")
"""On a narrow screen these columns give way, in this order, so that the quote keeps its width."""
_HEADERS = {"speaker": "Speaker", "kind": "Kind", "quote": "Quote", "outlet": "Outlet", "date": "Date", "sources": "Src"}
KIND_STYLES = {"direct": "bold", "partial": "", "indirect": "italic dim"}


class ResultsTable(LineTable):
    """Quotes as rows keyed by quote id; the screen owns the paging."""

    BINDINGS = [
        *bindings(RESULTS),
        # a list of rows: home and end go to its first and last row (DataTable's scroll sideways)
        Binding("home", "scroll_top", "First", show=False),
        Binding("end", "scroll_bottom", "Last", show=False),
    ]

    @dataclass
    class PageEdge(Message):
        """``down`` on the last row (``step`` 1) or ``up`` on the first (-1): the screen may turn the page."""

        step: int

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.records: dict[str, QuoteRecord] = {}
        self._query = ""
        self._column_layout: tuple[tuple[str, ...], int] | None = None
        """The layout the columns were built for."""
        self._carried: Mapping[int, Sequence[str]] = {}
        self.empty_columns: frozenset[str] = frozenset()
        """Columns no quote of the database has a value for (no outlet, no date: a corpus of bare texts), not
        shown: decided per database by the screen, not per page, so that pages do not jump."""
        self.chosen = False
        """Whether the user moved to the rows since they were shown (the cursor row is theirs, not the first by default)."""

    def column_layout(self) -> tuple[tuple[str, ...], int]:
        """(the columns shown, in order, the quote column's width) for the table's width."""
        shown = [key for key in _HEADERS if key != "quote" and key not in self.empty_columns]
        for dropped in (None, *(key for key in _DROPPED_FIRST if key in shown)):
            if dropped:
                shown.remove(dropped)
            padding = 2 * self.cell_padding * (len(shown) + 1)
            width = self.size.width - sum(_FIXED[k] for k in shown) - padding - 2
            if width >= _MIN_QUOTE:
                break
        columns = tuple(k for k in _HEADERS if k in shown or k == "quote")
        return columns, max(_MIN_QUOTE, width)

    def show(
        self, quotes: Sequence[QuoteRecord], query: str, *, cursor: int = 0,
        carried: Mapping[int, Sequence[str]] | None = None,
    ) -> None:
        """Show ``quotes``; ``carried``: the other outlets that carried a document's text ("AP +1")."""
        columns, width = self.column_layout()
        self._query = query
        self._carried = carried or {}
        if (columns, width) != self._column_layout:  # columns are rebuilt only when the layout changes
            self._column_layout = (columns, width)
            self.clear(columns=True)
            for key in columns:
                self.add_column(_HEADERS[key], width=width if key == "quote" else _FIXED[key], key=key)
        else:
            self.clear()
        self.records = {}
        self.chosen = self.has_focus  # paging on from the rows keeps them chosen; a new search does not
        for q in quotes:
            key = str(q.id)
            self.records[key] = q
            speaker = Text(plain(q.speaker or q.mention or "?"), style="" if q.speaker else "dim")
            speaker.truncate(_FIXED["speaker"], overflow="ellipsis")
            others = self._carried.get(q.document_id, ())
            outlet = Text(plain(f"{q.outlet or ''} +{len(others)}".strip() if others else q.outlet))
            outlet.truncate(_FIXED["outlet"], overflow="ellipsis")
            cells = {
                "speaker": speaker,
                "kind": Text(q.kind, style=KIND_STYLES.get(q.kind, "")),
                "quote": snippet(q.text, query, width) if "kind" in columns else _marked_by_kind(q, query, width),
                "outlet": outlet,
                "date": Text(format_date(q.published)),
                "sources": Text(str(q.sources), justify="right"),
            }
            self.add_row(*(cells[k] for k in columns), key=key)
        if quotes:
            self.move_cursor(row=min(cursor, len(quotes) - 1), animate=False)

    def on_focus(self) -> None:
        self.chosen = True

    def action_cursor_down(self) -> None:
        if self.row_count and self.cursor_row == self.row_count - 1:
            self.post_message(self.PageEdge(1))  # the list goes on past the page, for the keyboard too
        else:
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self.row_count and self.cursor_row == 0:
            self.post_message(self.PageEdge(-1))
        else:
            super().action_cursor_up()

    def on_resize(self) -> None:
        """Give the quote column the width there is: lay the same rows out again."""
        if self.records and self.column_layout() != self._column_layout:
            self.show(list(self.records.values()), self._query, cursor=self.cursor_row, carried=self._carried)

    @property
    def current(self) -> QuoteRecord | None:
        if not self.records or self.cursor_row < 0 or self.cursor_row >= self.row_count:
            return None
        key = self.coordinate_to_cell_key(Coordinate(self.cursor_row, 0)).row_key.value
        return self.records.get(key) if key is not None else None


def _marked_by_kind(q: QuoteRecord, query: str, width: int) -> Text:
    """The snippet when the Kind column gave way: the speaker's own words in quotation marks,
    a reporter's paraphrase (indirect) without, as the copy action writes them."""
    if q.kind == "indirect":
        return snippet(q.text, query, width)
    return Text.assemble("“", snippet(q.text, query, max(1, width - 2)), "”")
