"""The main screen: search as you type, facets beside the results, one page at a time."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, getters, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Static
from textual.worker import get_current_worker

from quotes.periods import Period
from quotes.plural import counted
from quotes.results import Facets, QuoteRecord, SpeakerLink
from quotes.store.fts import left_out, written

from ..bindings import RESULTS, SEARCH, bindings
from ..rendering import inferred_aliases, plain
from ..search_state import PAGE_SIZE, SearchState
from ..widgets.facets import FacetList
from ..widgets.results import ResultsTable
from .quote_actions import UNIDENTIFIED, QuoteActions

if TYPE_CHECKING:
    from textual import getters

    from ..app import QuotesApp

__all__ = ["SearchScreen"]

CHART_WHOM = "Whom to chart? Select a speaker under Speakers, or move to one of their quotes (↓), then ctrl+t."
COPY_WHICH = "Which quote? Move to it in the results (↓), then ctrl+y."


class SearchScreen(QuoteActions, Screen):
    """Query box, facets and a paged results table."""

    if TYPE_CHECKING:
        app = getters.app(QuotesApp)  # for the type checker: self.app is the quotes app

    BINDINGS = bindings(SEARCH)
    COMMANDS_SHOWN = SEARCH + RESULTS
    AUTO_FOCUS = "#query"
    DEBOUNCE = 0.05
    """Seconds a keystroke that follows another closely waits for the next one before querying."""
    FACETS_DELAY = 0.2
    """Seconds the facets wait after a keystroke's rows are painted: typing on skips them."""
    NARROW = 110
    """Below this many columns the facets panel narrows (style class ``narrow``) to leave the quotes room."""
    CRAMPED = 80
    """Below this many columns the facets panel gives way: beside it the quote column would be out of view."""

    @dataclass
    class RowsReady(Message):
        """One page of quotes for ``state`` and how many match in all: painted at once."""

        state: SearchState
        quotes: tuple[QuoteRecord, ...]
        total: int
        carried: dict[int, tuple[str, ...]] = field(default_factory=dict)
        """The other outlets that carried a quote's document (its text published again)."""
        links: tuple[SpeakerLink, ...] = ()
        """The inferred aliases the speaker filter follows (a surname alone and its full name)."""
        empty_columns: frozenset[str] = frozenset()
        """The results' columns no quote of the database has a value for (``ResultsTable.empty_columns``)."""

    @dataclass
    class FacetsReady(Message):
        """The facet counts for ``state``, computed once its rows are on screen."""

        state: SearchState
        facets: Facets
        near_misses: tuple[tuple[str, int], ...] = ()
        """When nothing matches: the words whose leaving out would find some, with how many."""
        without_dates: int = 0
        """When nothing matches in the dates: how many quotes match without them (an undated quote is in no period)."""

    @dataclass
    class SearchFailed(Message):
        state: SearchState
        error: str

    def __init__(self) -> None:
        super().__init__()
        self.state = SearchState()
        self.shown_state: SearchState | None = None
        """The state whose rows are on screen."""
        self.counted: tuple[SearchState, int] | None = None
        """The state whose total is on screen, with it."""
        self.faceted: tuple[SearchState, Facets] | None = None
        """The state whose facet counts are on screen, with them."""
        self._empty_columns: frozenset[str] | None = None
        """The results' columns the database has no value for; None: to find (at the start, after an ingest)."""
        self._last_search = 0.0
        self._typing = False
        self._from_last_row: SearchState | None = None
        """A page asked for by ``up`` from the next one's first row: shown with the cursor on its last row."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(
            placeholder="Search quotes: words, names, phrases, -word to leave out (erdogan finds Erdoğan)",
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

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < self.NARROW, "narrow")
        self.set_class(event.size.width < self.CRAMPED, "cramped")
        self._show_facets()

    def _show_facets(self) -> None:
        empty_db = self.query_one("#empty").display
        self.query_one(FacetList).display = not empty_db and not self.has_class("cramped")

    def on_mount(self) -> None:
        self.query_one("#empty").display = False
        self._show_facets()
        self.refresh_results()

    # --- running the search -------------------------------------------------------------

    def reload(self) -> None:
        """Query again from scratch: the database changed (an ingest), so nothing shown is reused."""
        self.counted = self.faceted = self._empty_columns = None
        self.refresh_results()

    def refresh_results(self, *, debounce: bool = False) -> None:
        """Query for the current state (after a keystroke, a filter, a page change, an ingest).

        The first keystroke of a burst queries at once; the next ones within ``DEBOUNCE`` wait
        that long, and a newer one cancels them (the worker is exclusive). The rows and the
        total come first; the facets follow once the rows are painted (``FacetsReady``).
        """
        now = time.monotonic()
        delay = self.DEBOUNCE if debounce and now - self._last_search < self.DEBOUNCE else 0.0
        self._last_search = now
        self._typing = debounce
        self._status(Text("Searching…", style="dim"))
        state = self.state
        total = None  # paging or re-sorting the same set keeps its count
        if self.counted is not None and _same_set(self.counted[0], state):
            total = self.counted[1]
        self._search(state, delay, total)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, state: SearchState, delay: float, total: int | None) -> None:
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
            if total is None and not worker.is_cancelled:
                total = db.count(state.query, **filters)
            carried = db.other_outlets({q.document_id for q in quotes if q.sources > 1})
            links = tuple(db.speaker_links(state.speaker)) if state.speaker else ()
            empty_columns = self._empty_columns
            if empty_columns is None:  # once per database, not per page: the facets of every quote (running totals)
                every = db.facets()
                empty_columns = frozenset(k for k, values in (("outlet", every.outlets), ("date", every.years)) if not values)
        except Exception as exc:  # shown to the user; the screen stays usable
            if not worker.is_cancelled:
                self.post_message(self.SearchFailed(state, f"{type(exc).__name__}: {exc}"))
            return
        if not worker.is_cancelled:
            self.post_message(self.RowsReady(state, tuple(quotes), total, carried, links, empty_columns))

    @work(thread=True, exclusive=True, group="facets")
    def _count_facets(self, state: SearchState, delay: float, total: int | None = None) -> None:
        worker = get_current_worker()
        if delay:
            time.sleep(delay)
        if worker.is_cancelled or not _same_set(state, self.state):
            return  # typing went on: these facets would be stale before they showed
        try:
            facets = self.app.db.facets(state.query, **state.filters())
            # nothing matches: which word to leave out (a pasted "..., Erdogan said"), once typing pauses
            misses = tuple(self.app.db.near_misses(state.query, **state.filters())[:3]) if total == 0 else ()
            without_dates = 0
            if state.dates:  # how many the dates leave out: the undated ones, for the year facet; all, when none is left
                facets = replace(facets, undated=self.app.db.undated(state.query, **state.filters()))
                if total == 0:
                    without_dates = self.app.db.count(state.query, **state.with_dates(None).filters())
        except Exception as exc:
            if not worker.is_cancelled:
                self.post_message(self.SearchFailed(state, f"{type(exc).__name__}: {exc}"))
            return
        if not worker.is_cancelled:
            self.post_message(self.FacetsReady(state, facets, misses, without_dates))

    def on_search_screen_rows_ready(self, message: RowsReady) -> None:
        state = message.state
        if state != self.state:
            return  # stale: the query or the filters changed while it ran
        self.shown_state = state
        self.counted = (state, message.total)
        table = self.query_one(ResultsTable)
        cursor = len(message.quotes) - 1 if state == self._from_last_row else 0  # up from a page's first row: its last
        self._from_last_row = None
        self._empty_columns = table.empty_columns = message.empty_columns
        table.show(message.quotes, state.query, cursor=max(0, cursor), carried=message.carried)
        empty_db = message.total == 0 and not state.query and not state.has_filters
        empty = self.query_one("#empty")
        if empty.display != empty_db:
            empty.display = empty_db
            table.display = not empty_db
            self._show_facets()
        self._status(self._describe(state, message.total, len(message.quotes), message.links))
        if self.faceted is None or not _same_set(self.faceted[0], state):
            delay = self.FACETS_DELAY if self._typing else 0.0
            self.call_after_refresh(self._count_facets, state, delay, message.total)

    def on_search_screen_facets_ready(self, message: FacetsReady) -> None:
        if not _same_set(message.state, self.state):
            return
        self.faceted = (message.state, message.facets)
        self.query_one(FacetList).show(message.facets, self.state)
        if message.near_misses or message.without_dates:
            self._status(self._describe(self.state, 0, 0, near_misses=message.near_misses, without_dates=message.without_dates))

    def on_search_screen_search_failed(self, message: SearchFailed) -> None:
        if message.state == self.state:
            # one line: a server's message may run on ("... failed: Connection refused\n\tIs the server running ...")
            self._status(Text("Search failed: " + plain(" ".join(message.error.split())), style="bold red"))

    def _status(self, text: Text) -> None:
        self.query_one("#status", Static).update(text, layout=False)  # one line, fixed height

    @staticmethod
    def _describe(
        state: SearchState, total: int, rows: int, links: tuple[SpeakerLink, ...] = (),
        near_misses: tuple[tuple[str, int], ...] = (), without_dates: int = 0,
    ) -> Text:
        if not total:
            if not (state.query or state.has_filters):
                return Text("")
            text = Text("No quotes match")
            for n, (label, value) in enumerate(state.describe()[1:-1]):  # what narrowed them to none
                text.append(f"{' (' if not n else ' · '}{label.lower()}: ")
                text.append(plain(value), style="italic")
            text.append(")" if state.has_filters else "")
            if without_dates:  # first: a narrow status cuts the end (an undated corpus is the usual reason)
                text.append(f"; {without_dates} without the dates")
            text.append(".")
            for n, (word, found) in enumerate(near_misses):
                text.append(" Without “" if not n else " · without “")
                text.append(plain(word), style="italic")
                text.append(f"”: {counted(found, 'quote')}")
            return text
        first, last = state.offset + 1, state.offset + rows
        text = Text(f"Quotes {first}–{last} of {total}", style="bold")
        if left := left_out(state.query):  # "-word": the quotes that hold it are left out, said first
            text.append(" · without ")
            text.append(plain(", ".join(written(t) for t in left)), style="italic")
        for label, value in state.describe()[1:-1]:  # the filters before the sort: a narrow terminal cuts the end
            text.append(f" · {label.lower()}: ")
            text.append(plain(value), style="italic")
            if label == "Speaker":
                text.append_text(inferred_aliases(value, links))
        text.append(f" · sorted by {state.sort_label}")
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
        """A click on the Date header sorts by date (again: the other way round); on the Quote header, by relevance."""
        column = str(event.column_key.value)
        if column == "date":
            self._set_state(replace(self.state, sort="oldest" if self.state.sort == "date" else "date", offset=0))
        elif column == "quote" and self.state.sort != "relevance":
            self._set_state(replace(self.state, sort="relevance", offset=0))

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

    def on_results_table_page_edge(self, message: ResultsTable.PageEdge) -> None:
        """``down`` on a page's last row shows the next page from its first row; ``up`` on the first, the
        previous page from its last row: the keyboard walks the whole list as one."""
        if message.step > 0:
            self.action_next_page()
        elif self.state.offset:
            self.action_previous_page()
            self._from_last_row = self.state

    def action_next_page(self) -> None:
        total = self.counted[1] if self.counted is not None and _same_set(self.counted[0], self.state) else 0
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
        """Chart the speaker selected in the facets, else the speaker of the row the user moved to
        (not the first row's, which only start-up or a new search put the cursor on)."""
        from .timeline import TimelineScreen

        table = self.query_one(ResultsTable)
        quote = table.current if table.chosen else None
        speaker = self.state.speaker or (quote.speaker if quote else None)
        if speaker is None:  # not the first row's speaker, nor the most quoted one's, unasked
            self.notify(UNIDENTIFIED if quote else CHART_WHOM, severity="warning")
            return
        self.app.push_screen(TimelineScreen(speaker, self.state.dates))

    def action_copy_citation(self) -> None:
        """Copy the row the user moved to, not the first row, which only start-up or a new search put the cursor on."""
        table = self.query_one(ResultsTable)
        if table.row_count and not table.chosen:
            self.notify(COPY_WHICH, severity="warning")
            return
        super().action_copy_citation()

    def action_dates(self) -> None:
        from .dates import DatesScreen

        def chosen(dates: Period | None) -> None:
            if dates is not None and dates != (self.state.dates or Period()):
                self._set_state(self.state.with_dates(dates))

        self.app.push_screen(DatesScreen(self.state.dates), chosen)

    def action_compare_speakers(self) -> None:
        from .compare import CompareScreen

        self.app.push_screen(CompareScreen(self.state.query, self.state))

    def action_export(self) -> None:
        from .export import ExportScreen

        state = self.state
        total = self.counted[1] if self.counted is not None and _same_set(self.counted[0], state) else None
        undated = None  # with dates: the undated matches they leave out, said in the dialog (counted by the facets)
        if state.dates:
            faceted = self.faceted is not None and _same_set(self.faceted[0], state)
            undated = self.faceted[1].undated if faceted and self.faceted else self.app.db.undated(state.query, **state.filters())
        self.app.push_screen(ExportScreen(state, total, undated))

    def action_ingest(self) -> None:
        self.app.action_ingest()


def _same_set(a: SearchState, b: SearchState) -> bool:
    """Whether two states select the same quotes (they may differ in page and order)."""
    return (a.query, a.filters()) == (b.query, b.filters())
