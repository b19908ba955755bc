"""Actions on the quote under the cursor of a screen's ``ResultsTable``: open, variants, copy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.results import QuoteRecord

from ..widgets.results import ResultsTable

if TYPE_CHECKING:
    from textual import getters
    from textual.screen import Screen as _Host

    from ..app import QuotesApp
else:
    _Host = object  # a mixin: the screen it is mixed into is the Screen

__all__ = ["QuoteActions", "UNIDENTIFIED"]

UNIDENTIFIED = "This quote's speaker is not identified: there is no one to chart."


class QuoteActions(_Host):
    """Mixin for a ``Screen`` holding a ``ResultsTable``."""

    if TYPE_CHECKING:
        app = getters.app(QuotesApp)  # for the type checker: self.app is the quotes app

    @property
    def highlight_query(self) -> str:
        """The words to highlight in the quote opened: none, unless the screen searches."""
        return ""

    @property
    def selected(self) -> QuoteRecord | None:
        return self.query_one(ResultsTable).current

    def _need_selected(self) -> QuoteRecord | None:
        quote = self.selected
        if quote is None:
            self.notify("Select a quote first.", severity="warning")
        return quote

    def on_data_table_row_selected(self, event: ResultsTable.RowSelected) -> None:
        """A click on a row (or enter) opens it."""
        event.stop()
        self.action_open_detail()

    def action_open_detail(self) -> None:
        from .detail import DetailScreen

        if quote := self._need_selected():
            self.app.push_screen(DetailScreen(quote.id, self.highlight_query))

    def action_variants(self) -> None:
        from .variants import VariantsScreen

        if quote := self._need_selected():
            self.app.push_screen(VariantsScreen(quote.id))

    def action_copy_citation(self) -> None:
        if quote := self._need_selected():
            self.app.copy_citation(quote)
