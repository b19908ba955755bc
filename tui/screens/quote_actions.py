"""Actions on the quote under the cursor of a screen's ``ResultsTable``: open, variants, copy."""

from __future__ import annotations

from quotes.results import QuoteRecord

from ..widgets.results import ResultsTable

__all__ = ["QuoteActions", "UNIDENTIFIED"]

UNIDENTIFIED = "This quote's speaker is not identified: there is no one to chart."


class QuoteActions:
    """Mixin for a ``Screen`` holding a ``ResultsTable``."""

    highlight_query: str = ""

    @property
    def selected(self) -> QuoteRecord | None:
        return self.query_one(ResultsTable).current  # type: ignore[attr-defined]

    def _need_selected(self) -> QuoteRecord | None:
        quote = self.selected
        if quote is None:
            self.notify("Select a quote first.", severity="warning")  # type: ignore[attr-defined]
        return quote

    def on_data_table_row_selected(self, event: ResultsTable.RowSelected) -> None:
        """A click on a row (or enter) opens it."""
        event.stop()
        self.action_open_detail()

    def action_open_detail(self) -> None:
        from .detail import DetailScreen

        if quote := self._need_selected():
            self.app.push_screen(DetailScreen(quote.id, self.highlight_query))  # type: ignore[attr-defined]

    def action_variants(self) -> None:
        from .variants import VariantsScreen

        if quote := self._need_selected():
            self.app.push_screen(VariantsScreen(quote.id))  # type: ignore[attr-defined]

    def action_copy_citation(self) -> None:
        if quote := self._need_selected():
            self.app.copy_citation(quote)  # type: ignore[attr-defined]
