"""Speakers side by side on one topic: who said what about it, when and where."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, SelectionList, Static
from textual.widgets.selection_list import Selection
from textual.worker import get_current_worker

from quotes.plural import counted
from quotes.results import QuoteRecord, SpeakerLink

from ..bindings import COMPARE, bindings
from ..rendering import format_date, highlighted, inferred_aliases, plain
from ..search_state import SearchState
from ..widgets.quote_card import QuoteCard
from .worker_errors import WorkerErrors

if TYPE_CHECKING:
    from textual import getters

    from ..app import QuotesApp

__all__ = ["CompareScreen"]

DEFAULT_COLUMNS = 4
"""How many of the topic's most quoted speakers are compared until the user picks."""
COLUMN_WIDTH = 26
"""The narrowest readable column: when the chosen speakers' columns do not fit, as many as fit share the view
and the others are scrolled to (tab walks the cards); a line above them says how many are in view."""


class CompareScreen(WorkerErrors, Screen):
    if TYPE_CHECKING:
        app = getters.app(QuotesApp)  # for the type checker: self.app is the quotes app

    BINDINGS = bindings(COMPARE)
    COMMANDS_SHOWN = COMPARE
    AUTO_FOCUS = "#topic"
    DEBOUNCE = 0.15

    @dataclass
    class Loaded(Message):
        topic: str
        speakers: tuple[tuple[str, int], ...]
        chosen: tuple[str, ...]
        quotes: dict[str, list[QuoteRecord]]
        links: dict[str, tuple[SpeakerLink, ...]]
        """The inferred aliases each chosen speaker's column takes in (Michael Howard's, Howard's quotes)."""

    def __init__(self, topic: str = "", state: SearchState | None = None) -> None:
        """``state``: the search it is opened from, whose filters but the speaker narrow every column."""
        super().__init__()
        self.topic = topic
        narrowing = state.filters() if state else {}
        self.filters: dict[str, Any] = {k: v for k, v in narrowing.items() if k not in ("speaker", "prefix")}
        self.narrowed = [(label, value) for label, value in state.describe()[1:-1] if label != "Speaker"] if state else []
        self.first = state.speaker if state else None
        """The speaker the search was filtered by: the first column, beside the topic's most quoted."""
        self.chosen: tuple[str, ...] = ()
        self.speakers: tuple[tuple[str, int], ...] = ()

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(
            self.topic,
            placeholder="Topic: a word or a phrase, e.g. sanctions",
            id="topic",
            select_on_focus=False,
        )
        if self.narrowed:
            note = Text("Only quotes of the search's filters: ", style="dim")
            for n, (label, value) in enumerate(self.narrowed):
                note.append(" · " if n else "")
                note.append(f"{label.lower()}: ")
                note.append(plain(value), style="italic")
            yield Static(note, id="compare-filters")
        yield Static(id="compare-fit")
        with Horizontal(id="compare-body"):
            yield SelectionList[str](id="compare-speakers")
            yield Horizontal(id="columns")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#compare-speakers").border_title = "Speakers"
        self._load(self.topic, None, 0.0)

    @work(thread=True, exclusive=True, group="compare", exit_on_error=False)
    def _load(self, topic: str, chosen: tuple[str, ...] | None, delay: float) -> None:
        worker = get_current_worker()
        if delay:
            time.sleep(delay)
        if worker.is_cancelled:
            return
        db = self.app.db
        # the last word may be partial, as in the search box (which opens this screen on its query)
        speakers = db.facets(topic, prefix=True, **self.filters).speakers
        links: dict[str, tuple[SpeakerLink, ...]] = {}
        if chosen is None:  # the topic's most quoted, but not twice over: "Howard" is in Michael Howard's column
            names = [name for name, _ in speakers]
            picked: list[str] = []
            for name in ([self.first] if self.first in names else []) + names:
                if len(picked) == DEFAULT_COLUMNS or worker.is_cancelled:
                    break
                links[name] = tuple(db.speaker_links(name))
                if name not in picked and not {n for link in links[name] for n in (link.surname, link.full_name)} & set(picked):
                    picked.append(name)
            chosen = tuple(picked)
        links = {name: links[name] if name in links else tuple(db.speaker_links(name)) for name in chosen}
        quotes = db.compare(list(chosen), query=topic, prefix=True, **self.filters) if chosen else {}
        if not worker.is_cancelled:
            self.post_message(self.Loaded(topic, tuple(speakers), chosen, dict(quotes), links))

    @on(Input.Changed, "#topic")
    def _topic_changed(self, event: Input.Changed) -> None:
        if event.value != self.topic:
            self.topic = event.value
            self._load(event.value, None, self.DEBOUNCE)

    @on(SelectionList.SelectionToggled, "#compare-speakers")
    def _speaker_toggled(self, event: SelectionList.SelectionToggled) -> None:
        """The user ticked or unticked a speaker (programmatic changes post no such message)."""
        picked = set(event.selection_list.selected)
        order = [name for name, _ in self.speakers]
        self.chosen = tuple(name for name in order if name in picked)
        self._load(self.topic, self.chosen, 0.0)

    async def on_compare_screen_loaded(self, message: Loaded) -> None:
        if message.topic != self.topic:
            return  # stale
        self.chosen = message.chosen
        picker = self.query_one("#compare-speakers", SelectionList)
        if message.speakers != self.speakers:
            self.speakers = message.speakers
            picker.clear_options()
            picker.add_options(
                Selection(Text(f"{plain(name)} ({count})"), name, name in message.chosen)
                for name, count in message.speakers
            )
        columns = self.query_one("#columns", Horizontal)
        await columns.remove_children()
        if not message.chosen:
            await columns.mount(
                Static(Text("No speaker is quoted on this topic.", style="dim"), classes="note")
            )
            return
        counts = dict(message.speakers)
        await columns.mount_all(
            self._column(name, message.quotes.get(name, []), message.topic, counts, message.links.get(name, ()))
            for name in message.chosen
        )
        self.call_after_refresh(self._fit_columns)  # once laid out: the width they share is known

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_columns)

    def _fit_columns(self) -> None:
        """As many columns as are readable side by side share the view; if that is not all, say so."""
        columns = self.query_one("#columns", Horizontal)
        shown = list(columns.query_children(".column"))
        width = columns.scrollable_content_region.width
        fit = max(1, width // COLUMN_WIDTH)
        for column in shown:
            column.styles.width = "1fr" if len(shown) <= fit else f"{100 / fit}%"  # of the view: laid out with it
        hint = self.query_one("#compare-fit", Static)
        hint.display = len(shown) > fit
        if hint.display:
            hint.update(Text(f"{fit} of {len(shown)} speakers in view: tab to a quote, then ← → for the others.", style="dim"))

    def action_next_column(self) -> None:
        self._to_column(1)

    def action_previous_column(self) -> None:
        self._to_column(-1)

    def _to_column(self, step: int) -> None:
        """Focus the first quote of the next (``step`` 1) or previous (-1) speaker's column, scrolled into view."""
        columns = self.query_one("#columns", Horizontal)
        shown = list(columns.query_children(".column"))
        focused = self.focused.ancestors_with_self if self.focused is not None else []
        here = next((n for n, column in enumerate(shown) if column in focused), None)
        to = (0 if step > 0 else None) if here is None else here + step
        if to is None or not 0 <= to < len(shown):
            return
        columns.scroll_to_widget(shown[to], animate=False)
        cards = list(shown[to].query(QuoteCard))
        (cards[0] if cards else shown[to]).focus(scroll_visible=False)

    @staticmethod
    def _column(
        name: str, quotes: list[QuoteRecord], topic: str, counts: dict[str, int], links: tuple[SpeakerLink, ...] = ()
    ) -> VerticalScroll:
        """A speaker's column: their quotes on the topic (``counts``: each speaker's, of which the first
        page is listed), with those of the inferred aliases ``links`` the speaker filter takes in, said."""
        others = {link.surname if link.surname != name else link.full_name for link in links}
        total = max(sum(counts.get(n, 0) for n in {name, *others}), len(quotes))
        header = Text(plain(name), style="bold", overflow="ellipsis", no_wrap=True)
        header.append_text(inferred_aliases(name, links))
        header.append(f"\n{counted(total, 'quote')}", style="dim")
        if total > len(quotes):
            header.append(f", the first {len(quotes)} below", style="dim")
        cards = [Static(header, classes="column-title")]
        for q in quotes:
            text = highlighted(q.text, topic)
            text.append("\n")
            source = q.outlet or q.title or ""
            if len(source) > 60:
                source = source[:59] + "…"
            text.append(
                # the kind: a paraphrase (indirect) is not the speaker's words
                " · ".join(plain(x) for x in (format_date(q.published) or "undated", q.kind, source) if x),
                style="dim",
            )
            cards.append(QuoteCard(text, q, classes="card quote-card"))
        return VerticalScroll(*cards, classes="column")

    def action_focus_topic(self) -> None:
        self.query_one("#topic", Input).focus()
