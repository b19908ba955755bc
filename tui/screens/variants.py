"""One statement across its sources: each wording with the words that differ from the first marked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from quotes.results import Variant, kinds_note, reach

from ..bindings import VARIANTS, bindings
from ..rendering import DELETE_STYLE, INSERT_STYLE, diff_text, display_path, format_date, plain, who_said
from ..widgets.quote_card import QuoteCard
from .worker_errors import WorkerErrors

if TYPE_CHECKING:
    from textual import getters

    from ..app import QuotesApp

__all__ = ["VariantsScreen"]


class VariantsScreen(WorkerErrors, Screen):
    if TYPE_CHECKING:
        app = getters.app(QuotesApp)  # for the type checker: self.app is the quotes app

    BINDINGS = bindings(VARIANTS)
    COMMANDS_SHOWN = VARIANTS

    @dataclass
    class Loaded(Message):
        variants: list[Variant]

    def __init__(self, quote_id: int) -> None:
        super().__init__()
        self.quote_id = quote_id

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="variants-title")
        yield VerticalScroll(id="variants")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#variants-title", Static).update(Text("Loading…", style="dim"))
        self._load()

    @work(thread=True, exclusive=True, group="variants", exit_on_error=False)
    def _load(self) -> None:
        self.post_message(self.Loaded(list(self.app.db.variants(self.quote_id))))

    def load_failed(self, reason: str) -> None:
        self.query_one("#variants-title", Static).update(Text("Could not load: " + plain(reason), style="bold red"))

    def on_variants_screen_loaded(self, message: Loaded) -> None:
        variants = message.variants
        box = self.query_one("#variants", VerticalScroll)
        if not variants:
            self.query_one("#variants-title", Static).update(
                Text("This quote is not linked to a statement.", style="dim")
            )
            return
        # each source's own attribution: outlets do not always agree on who said it
        speakers = list(dict.fromkeys(who_said(v.quote, "an unidentified speaker") for v in variants))
        # one article repeating words is not several outlets reporting them: say which it is
        title = Text(f"{reach(variants)}: a statement by ")
        title.append(plain(speakers[0]), style="bold")
        for other in speakers[1:]:
            title.append(" or ")
            title.append(plain(other), style="bold")
        if len(speakers) > 1:
            title.append("; the sources differ on who said it")
        if kinds := kinds_note(variants):  # one quotes the speaker, another paraphrases
            title.append(f"; {kinds}")
        if len(variants) > 1 and not any(op.op != "equal" for v in variants for op in v.diff):
            title.append("; the same words in each")  # no legend for marks that are nowhere
        elif len(variants) > 1:  # nothing is compared in a single occurrence
            title.append("   ")
            title.append("added", style=INSERT_STYLE)
            title.append(" ")
            title.append("dropped", style=DELETE_STYLE)
            title.append(" against the first")
        self.query_one("#variants-title", Static).update(title)
        cards = []
        copies = {v.quote.document_id: v.copies for v in variants}  # the same text in other outlets
        for n, variant in enumerate(variants):
            q = variant.quote
            card = QuoteCard(diff_text(q.text, variant.diff), q, classes="card variant")
            said = (who_said(q, "speaker not identified"), q.kind, q.outlet, format_date(q.published), q.title)
            card.border_title = Text(" · ".join(plain(x) for x in said if x))
            also = [c.outlet or c.url or display_path(c.path) for c in copies.pop(q.document_id, ())]
            card.border_subtitle = Text(" · ".join(
                [plain(q.url) or display_path(q.path)] + ([f"also in {plain(', '.join(also))}"] if also else [])
            ))
            if n == 0:
                card.add_class("first")
            cards.append(card)
        box.mount_all(cards)
