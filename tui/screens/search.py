"""The main screen: search as you type, facets beside the results, one page at a time."""

from __future__ import annotations

import time
from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Static
from textual.worker import get_current_worker

from quotes.results import Facets, QuoteRecord

from ..bindings import RESULTS, SEARCH, bindings
from ..rendering import plain
from ..search_state import PAGE_SIZE, SearchState
from ..widgets.facets import FacetList
from ..widgets.results import ResultsTable
from .quote_actions import QuoteActions

__all__ = ["SearchScreen"]


class SearchScreen(QuoteActions, Screen):
    """Query box, facets and a paged results table."""

    BINDINGS = bindings(SEARCH)
    COMMANDS_SHOWN = SEARCH + RESULTS
    AUTO_FOCUS = "#query"
    DEBOUNCE = 0.05
    """Seconds a keystroke that follows another closely waits for the next one before querying."""

    @dataclass
    class RowsReady(Message):
        """One page of quotes for ``state``: shown first, before counting finishes."""

        state: SearchState
        quotes: tuple[QuoteRecord, ...]

    @dataclass
    class SummaryReady(Message):
        """How many quotes match ``state`` in all, and the facet counts."""

        state: SearchState
        total: int
        facets: Facets
        empty_db: bool

    @dataclass
    class SearchFailed(Message):
        state: SearchState
        error: str

    def __init__(self) -> None:
        super().__init__()
        self.state = SearchState()
        self.shown_state: SearchState | None = None
        """The state whose rows are on screen."""
        self.counted: tuple[SearchState, int, Facets] | None = None
        """The state whose total and facets are on screen, with them."""
        self._last_search = 0.0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(
            placeholder="Search quotes: words, names, phrases (erdogan finds Erdoğan)",
            id="query",
            select_on_focus=False,
        )
        with Horizontal(id="body"):
            yield FacetList(id="facets")
            with Vertical(id="main"):
                yield ResultsTable(id="results")
                with Vertical(id="empty"):
                    yield Static(
                        "The database is empty: there are no articles to search yet.",
                        id="empty-message",
                    )
                    with Horizontal(id="empty-actions"):
                        yield Button("Load the seed articles", id="load-seeds", variant="primary")
                        yield Button("Ingest a file or folder…", id="open-ingest")
                yield Static(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#empty").display = False
        self.refresh_results()

    # --- running the search -------------------------------------------------------------

    def reload(self) -> None:
        """Query again from scratch: the database changed (an ingest), so nothing shown is reused."""
        self.counted = None
        self.refresh_results()

    def refresh_results(self, *, debounce: bool = False) -> None:
        """Query for the current state (after a keystroke, a filter, a page change, an ingest).

        The first keystroke of a burst queries at once; the next ones within ``DEBOUNCE`` wait
        that long, and a newer one cancels them (the worker is exclusive).
        """
        now = time.monotonic()
        delay = self.DEBOUNCE if debounce and now - self._last_search < self.DEBOUNCE else 0.0
        self._last_search = now
        self._status(Text("Searching…", style="dim"))
        state = self.state
        reuse = None  # paging or re-sorting the same set keeps its count and facets
        if self.counted is not None:
            counted, total, facets = self.counted
            if (counted.query, counted.filters()) == (state.query, state.filters()):
                reuse = (total, facets)
        self._search(state, delay, reuse)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, state: SearchState, delay: float, reuse: tuple[int, Facets] | None) -> None:
        worker = get_current_worker()
        if delay:
            time.sleep(delay)  # debounce: a newer keystroke cancels this worker meanwhile
        if worker.is_cancelled:
            return
        db = self.app.db
        filters = state.filters()
        try:
            quotes = db.search(
                state.query, limit=PAGE_SIZE, offset=state.offset, sort=state.sort, **filters
            )
            if worker.is_cancelled:
                return
            self.post_message(self.RowsReady(state, tuple(quotes)))
            if reuse is not None:
                total, facets = reuse
            else:
                total = db.count(state.query, **filters)
                if worker.is_cancelled:
                    return
                facets = db.facets(state.query, **filters)
        except Exception as exc:  # shown to the user; the screen stays usable
            if not worker.is_cancelled:
                self.post_message(self.SearchFailed(state, f"{type(exc).__name__}: {exc}"))
            return
        if not worker.is_cancelled:
            empty_db = total == 0 and not state.query and not state.has_filters
            self.post_message(self.SummaryReady(state, total, facets, empty_db))

    def on_search_screen_rows_ready(self, message: RowsReady) -> None:
        if message.state != self.state:
            return  # stale: the query or the filters changed while it ran
        self.shown_state = message.state
        self.query_one(ResultsTable).show(message.quotes, message.state.query)
        if self.counted is not None and self.counted[0] == message.state:
            self._status(self._describe(message.state, self.counted[1], len(message.quotes)))
        else:
            self._status(Text("Counting…", style="dim"))

    def on_search_screen_summary_ready(self, message: SummaryReady) -> None:
        if message.state != self.state:
            return
        self.counted = (message.state, message.total, message.facets)
        table = self.query_one(ResultsTable)
        facets = self.query_one(FacetList)
        facets.show(message.facets, message.state)
        if self.query_one("#empty").display != message.empty_db:
            self.query_one("#empty").display = message.empty_db
            table.display = facets.display = not message.empty_db
        self._status(self._describe(message.state, message.total, table.row_count))

    def on_search_screen_search_failed(self, message: SearchFailed) -> None:
        if message.state == self.state:
            self._status(Text("Search failed: " + plain(message.error), style="bold red"))

    def _status(self, text: Text) -> None:
        self.query_one("#status", Static).update(text, layout=False)  # one line, fixed height

    @staticmethod
    def _describe(state: SearchState, total: int, rows: int) -> Text:
        if not total:
            return Text("No quotes match." if (state.query or state.has_filters) else "")
        first, last = state.offset + 1, state.offset + rows
        text = Text(f"Quotes {first}–{last} of {total}", style="bold")
        text.append(f" · sorted by {state.sort}")
        for label, value in state.describe()[1:-1]:
            text.append(f" · {label.lower()}: ")
            text.append(plain(value), style="italic")
        return text

    @property
    def highlight_query(self) -> str:
        return self.state.query

    def _set_state(self, state: SearchState, *, debounce: bool = False) -> None:
        self.state = state
        self.refresh_results(debounce=debounce)

    # --- events ---------------------------------------------------------------------------

    @on(Input.Changed, "#query")
    def _query_changed(self, event: Input.Changed) -> None:
        if event.value != self.state.query:
            self._set_state(self.state.with_query(event.value), debounce=True)

    @on(Input.Submitted, "#query")
    def _query_submitted(self) -> None:
        self.query_one(ResultsTable).focus()

    def on_facet_list_selected(self, message: FacetList.Selected) -> None:
        self._set_state(self.state.toggled(message.field, message.value))

    @on(ResultsTable.HeaderSelected)
    def _header_clicked(self, event: ResultsTable.HeaderSelected) -> None:
        """A click on the Date header sorts by date; on the Quote header, by relevance."""
        wanted = {"date": "date", "quote": "relevance"}.get(str(event.column_key.value))
        if wanted and wanted != self.state.sort:
            self.action_toggle_sort()

    @on(Button.Pressed, "#load-seeds")
    def _load_seeds(self) -> None:
        self.app.action_load_seeds()

    @on(Button.Pressed, "#open-ingest")
    def _open_ingest(self) -> None:
        self.action_ingest()

    # --- actions --------------------------------------------------------------------------

    def action_focus_search(self) -> None:
        self.query_one("#query", Input).focus()

    def action_focus_results(self) -> None:
        self.query_one(ResultsTable).focus()

    def action_toggle_sort(self) -> None:
        self._set_state(self.state.sorted_by_next())

    def action_next_page(self) -> None:
        total = self.counted[1] if self.counted is not None else 0
        if self.state.offset + PAGE_SIZE < total:
            self._set_state(self.state.paged(self.state.offset + PAGE_SIZE))

    def action_previous_page(self) -> None:
        if self.state.offset:
            self._set_state(self.state.paged(self.state.offset - PAGE_SIZE))

    def action_clear_filters(self) -> None:
        state = self.state.cleared()
        query = self.query_one("#query", Input)
        if query.value != state.query:
            query.value = state.query
        self._set_state(state)

    def action_timeline(self) -> None:
        from .timeline import TimelineScreen

        quote = self.selected
        speaker = (quote.speaker if quote else None) or self.state.speaker
        self.app.push_screen(TimelineScreen(speaker))

    def action_compare_speakers(self) -> None:
        from .compare import CompareScreen

        self.app.push_screen(CompareScreen(self.state.query))

    def action_export(self) -> None:
        from .export import ExportScreen

        self.app.push_screen(ExportScreen(self.state))

    def action_ingest(self) -> None:
        self.app.action_ingest()
