"""One quote in full: who said it, on what evidence, where it was published, and in context."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from quotes.methods import describe
from quotes.provenance import describe_date, describe_title
from quotes.results import Context, Publication, QuoteRecord, SpeakerLink, Variant

from ..bindings import DETAIL, bindings
from ..rendering import display_path, format_date, highlighted, marked, plain, who_said
from .quote_actions import UNIDENTIFIED
from .worker_errors import WorkerErrors

if TYPE_CHECKING:
    from textual import getters

    from ..app import QuotesApp

__all__ = ["DetailScreen", "fields_table"]


def fields_table(rows: Iterable[tuple[str, object]]) -> Table:
    """Label/value rows; values are literal text, empty ones left out."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(ratio=1)
    for label, value in rows:
        if value in (None, ""):
            continue
        table.add_row(label, value if isinstance(value, Text) else Text(plain(value)))
    return table


class DetailScreen(WorkerErrors, Screen):
    if TYPE_CHECKING:
        app = getters.app(QuotesApp)  # for the type checker: self.app is the quotes app

    BINDINGS = bindings(DETAIL)
    COMMANDS_SHOWN = DETAIL

    @dataclass
    class Loaded(Message):
        quote: QuoteRecord | None
        context: Context | None
        variants: list[Variant]
        links: list[SpeakerLink]

    def __init__(self, quote_id: int, query: str = "") -> None:
        super().__init__()
        self.quote_id = quote_id
        self.search_query = query
        self.quote: QuoteRecord | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="detail"):
            yield Static(Text("Loading…", style="dim"), id="quote-text", classes="card")
            yield Static(id="attribution", classes="card")
            yield Static(id="source", classes="card")
            yield Static(id="context", classes="card")
            yield Static(id="also", classes="card")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#quote-text").border_title = "Quote"
        self.query_one("#attribution").border_title = "Attribution"
        self.query_one("#source").border_title = "Source"
        self.query_one("#context").border_title = "In context"
        self.query_one("#also").border_title = "Also reported by"
        self._load()

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def _load(self) -> None:
        db = self.app.db
        quote = db.get(self.quote_id)
        context = db.context(self.quote_id) if quote else None
        variants = db.variants(self.quote_id) if quote else []  # (also the copies of its document)
        links = db.speaker_links(quote.speaker) if quote and quote.speaker else []
        self.post_message(self.Loaded(quote, context, variants, links))

    def load_failed(self, reason: str) -> None:
        self.query_one("#quote-text", Static).update(Text("Could not load: " + plain(reason), style="bold red"))

    def on_detail_screen_loaded(self, message: Loaded) -> None:
        q = message.quote
        self.quote = q
        if q is None:
            self.query_one("#quote-text", Static).update(Text(f"Quote {self.quote_id} is gone."))
            return
        self.query_one("#quote-text", Static).update(highlighted(q.text, self.search_query))
        self.query_one("#attribution", Static).update(
            fields_table(
                [
                    ("Speaker", q.speaker or Text("not identified", style="dim italic")),
                    *(("Inferred", link.seen_from(q.speaker or "")) for link in message.links),
                    ("Mention", q.mention),
                    ("Cue", q.cue),
                    ("Kind", q.kind),
                    ("Method", f"{q.method}: {describe(q.method)}" if q.method else None),
                    ("Confidence", f"{q.confidence:.2f}"),
                ]
            )
        )
        self.query_one("#source", Static).update(
            fields_table(
                [
                    ("Title", q.title),
                    ("Title from", describe_title(q.title, q.titled_by)),
                    ("Outlet", q.outlet),
                    ("Date", describe_date(q.published, q.dated_by)),
                    ("URL", q.url),
                    ("Path", display_path(q.path)),
                    ("Offsets", f"{q.start}–{q.end} in document {q.document_id}"),
                    ("Via", q.via),
                ]
            )
        )
        context = message.context
        self.query_one("#context", Static).update(
            marked(context.paragraph, context.quote_start, context.quote_end)
            if context
            else Text("No stored text around this quote.", style="dim")
        )
        self.query_one("#also", Static).update(self._also(q, message.variants))

    @staticmethod
    def _also(q: QuoteRecord, variants: list[Variant]) -> Text:
        # (where, its quote): other documents' quotes, and every other publication of each document
        # the statement is in (the same text in another outlet), this quote's own included
        others: list[tuple[QuoteRecord | Publication, QuoteRecord]] = []
        seen = set()
        for v in variants:
            if v.quote.document_id != q.document_id:
                others.append((v.quote, v.quote))
            if v.quote.document_id not in seen:
                seen.add(v.quote.document_id)
                others += [(copy, v.quote) for copy in v.copies]
        if not others:
            return Text("No other source in the database reports this statement.", style="dim")
        out = Text()
        for where, other in others:
            if out:
                out.append("\n")
            out.append("• ")
            out.append(plain(where.outlet or where.title or "unknown source"), style="bold")
            if where.published:
                out.append(f"  {format_date(where.published)}")
            if where.title and where.outlet:
                out.append("  ")
                out.append(plain(where.title), style="italic")
            if link := where.url or display_path(where.path):
                out.append("\n  ")
                out.append(plain(link), style="dim")
            if other.kind == "indirect":  # a reporter's words: in quotation marks they would pass for the speaker's
                out.append("\n  Reported, not quoted: ", style="italic")
                out.append(plain(other.text))
            else:
                out.append(f"\n  “{plain(other.text)}”")
            out.append(" — ")
            out.append(plain(who_said(other, "speaker not identified")))  # outlets may disagree
        return out

    def action_variants(self) -> None:
        from .variants import VariantsScreen

        self.app.push_screen(VariantsScreen(self.quote_id))

    def action_timeline(self) -> None:
        from .timeline import TimelineScreen

        if self.quote is not None and self.quote.speaker is None:  # not someone else's chart instead
            self.notify(UNIDENTIFIED, severity="warning")
            return
        self.app.push_screen(TimelineScreen(self.quote.speaker if self.quote else None))

    def action_copy_citation(self) -> None:
        if self.quote is not None:
            self.app.copy_citation(self.quote)
