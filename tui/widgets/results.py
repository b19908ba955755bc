"""The results table: one page of quotes, the query's words highlighted in each."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from quotes.results import QuoteRecord

from ..bindings import RESULTS, bindings
from ..rendering import format_date, plain, snippet
from .line_table import LineTable

__all__ = ["ResultsTable"]

_FIXED = {"speaker": 20, "kind": 8, "outlet": 12, "date": 10, "sources": 3}
_MIN_QUOTE = 30
KIND_STYLES = {"direct": "bold", "partial": "", "indirect": "italic dim"}


class ResultsTable(LineTable):
    """Quotes as rows keyed by quote id; the screen owns the paging."""

    BINDINGS = bindings(RESULTS)

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.records: dict[str, QuoteRecord] = {}
        self._query = ""
        self._width = 0

    def quote_width(self) -> int:
        padding = 2 * self.cell_padding * (len(_FIXED) + 1)
        return max(_MIN_QUOTE, self.size.width - sum(_FIXED.values()) - padding - 2)

    def show(self, quotes: Sequence[QuoteRecord], query: str, *, cursor: int = 0) -> None:
        width = self.quote_width()
        self._query = query
        if width != self._width:  # columns are rebuilt only when the quote column changes width
            self._width = width
            self.clear(columns=True)
            self.add_column("Speaker", width=_FIXED["speaker"], key="speaker")
            self.add_column("Kind", width=_FIXED["kind"], key="kind")
            self.add_column("Quote", width=width, key="quote")
            self.add_column("Outlet", width=_FIXED["outlet"], key="outlet")
            self.add_column("Date", width=_FIXED["date"], key="date")
            self.add_column("Src", width=_FIXED["sources"], key="sources")
        else:
            self.clear()
        self.records = {}
        for q in quotes:
            key = str(q.id)
            self.records[key] = q
            speaker = Text(plain(q.speaker or q.mention or "?"), style="" if q.speaker else "dim")
            speaker.truncate(_FIXED["speaker"], overflow="ellipsis")
            outlet = Text(plain(q.outlet))
            outlet.truncate(_FIXED["outlet"], overflow="ellipsis")
            self.add_row(
                speaker,
                Text(q.kind, style=KIND_STYLES.get(q.kind, "")),
                snippet(q.text, query, width),
                outlet,
                Text(format_date(q.published)),
                Text(str(q.sources), justify="right"),
                key=key,
            )
        if quotes:
            self.move_cursor(row=min(cursor, len(quotes) - 1), animate=False)

    def on_resize(self) -> None:
        """Give the quote column the width there is: lay the same rows out again."""
        if self.records and self.quote_width() != self._width:
            self.show(list(self.records.values()), self._query, cursor=self.cursor_row)

    @property
    def current(self) -> QuoteRecord | None:
        if not self.records or self.cursor_row < 0 or self.cursor_row >= self.row_count:
            return None
        key = self.coordinate_to_cell_key((self.cursor_row, 0)).row_key
        return self.records.get(key.value)

