"""A quote shown as a card (compare columns, variants): it can be focused, opened and copied."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.widgets import Static

from quotes.results import QuoteRecord

from ..bindings import CARD, bindings

if TYPE_CHECKING:
    from textual import getters

    from ..app import QuotesApp

__all__ = ["QuoteCard"]


class QuoteCard(Static, can_focus=True):
    """``enter`` reads the quote in its source (the detail screen), ``c`` copies it with its citation."""

    if TYPE_CHECKING:
        app = getters.app(QuotesApp)  # for the type checker: self.app is the quotes app

    BINDINGS = bindings(CARD)

    def __init__(self, content: Any, quote: QuoteRecord, **kwargs: Any) -> None:
        super().__init__(content, **kwargs)
        self.quote = quote

    def action_open(self) -> None:
        from ..screens.detail import DetailScreen

        self.app.push_screen(DetailScreen(self.quote.id))

    def action_copy(self) -> None:
        self.app.copy_citation(self.quote)
