"""A speaker's quotes over time: a bar chart per month (per day within one month) and the quotes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Select, Static
from textual_plotext import PlotextPlot

from quotes.periods import Period
from quotes.plural import counted
from quotes.results import QuoteRecord, SpeakerCount, SpeakerLink

from ..bindings import RESULTS, TIMELINE, bindings
from ..rendering import inferred_aliases, plain
from ..search_state import PAGE_SIZE
from ..widgets.results import ResultsTable
from .quote_actions import QuoteActions
from .worker_errors import WorkerErrors

if TYPE_CHECKING:
    from textual import getters

    from ..app import QuotesApp

__all__ = ["TimelineScreen", "buckets"]


MOST_MONTHS = 120
"""A speaker quoted over more months than this is charted per year."""


def buckets(points: Sequence[tuple[date, int]], span: Period | None = None) -> list[tuple[str, int]]:
    """Counts per day when every point falls in one month, else per month (per year over
    ``MOST_MONTHS``), in date order, with the empty days, months or years between: a gap in
    the chart is a time nobody quoted the speaker, not a bar left out. ``span``: the dates
    charted (the points lie in them), from its first day and to its last where it has them."""
    if not points:
        return []
    first, last = min(d for d, _ in points), max(d for d, _ in points)
    if span:
        first, last = span.since or first, span.until or last
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months == 1:
        labels = [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
        label: Callable[[date], str] = date.isoformat
    elif months <= MOST_MONTHS:
        labels = [f"{first.year + (first.month - 1 + i) // 12:04d}-{(first.month - 1 + i) % 12 + 1:02d}" for i in range(months)]
        label = lambda d: f"{d.year:04d}-{d.month:02d}"  # noqa: E731
    else:
        labels = [f"{y:04d}" for y in range(first.year, last.year + 1)]
        label = lambda d: f"{d.year:04d}"  # noqa: E731
    counts: Counter[str] = Counter()
    for day, n in points:
        counts[label(day)] += n
    return [(name, counts[name]) for name in labels]


class TimelineScreen(QuoteActions, WorkerErrors, Screen):
    if TYPE_CHECKING:
        app = getters.app(QuotesApp)  # for the type checker: self.app is the quotes app

    BINDINGS = bindings(TIMELINE)
    COMMANDS_SHOWN = TIMELINE + RESULTS

    @dataclass
    class Loaded(Message):
        speaker: str | None
        speakers: list[SpeakerCount]
        points: list[tuple[date, int]]
        quotes: list[QuoteRecord]
        """The newest ``PAGE_SIZE`` of the speaker's quotes."""
        total: int
        """All the speaker's quotes (in the dates, if any), dated or not."""
        links: tuple[SpeakerLink, ...] = ()
        """The inferred aliases the speaker's quotes take in (a surname alone and its full name)."""
        everywhen: int = 0
        """With dates: all the speaker's quotes, in them or not, dated or not."""
        dated_everywhen: int = 0
        """With dates: the speaker's dated quotes, in them or not."""

    def __init__(self, speaker: str | None = None, dates: Period | None = None) -> None:
        """``dates``: the search's, if it has some: the chart, its counts and the list keep to them."""
        super().__init__()
        self.speaker = speaker
        self.dates = dates or None
        self._speakers_shown = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Select[str]((), prompt="Pick a speaker", id="timeline-speaker")
        if self.dates:  # as compare says it
            note = Text("Only quotes of the search's dates: ", style="dim")
            note.append(self.dates.label, style="italic")
            yield Static(note, id="timeline-dates")
        yield PlotextPlot(id="chart")
        yield Static(id="timeline-summary")
        yield ResultsTable(id="timeline-quotes")
        yield Footer()

    def on_mount(self) -> None:
        self._load(self.speaker)

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def _load(self, speaker: str | None) -> None:
        db = self.app.db
        speakers = list(db.speakers())
        if speaker is None and speakers:
            speaker = max(speakers, key=lambda s: s.quotes).name
        if not speaker:
            self.post_message(self.Loaded(speaker, speakers, [], [], 0))
            return
        dates = self.dates
        since, until = (dates.since, dates.until) if dates else (None, None)
        points = everywhere = list(db.timeline(speaker, by="day"))
        if dates:
            points = [(day, n) for day, n in everywhere if Period(day, day).within(dates)]
        quotes = db.search(speaker=speaker, sort="date", limit=PAGE_SIZE, since=since, until=until)
        total = db.count(speaker=speaker, since=since, until=until)
        links = tuple(db.speaker_links(speaker))
        everywhen = db.count(speaker=speaker) if dates else total
        dated = sum(n for _, n in everywhere)
        self.post_message(self.Loaded(speaker, speakers, points, list(quotes), total, links, everywhen=everywhen, dated_everywhen=dated))

    def on_timeline_screen_loaded(self, message: Loaded) -> None:
        self.speaker = message.speaker
        picker = self.query_one("#timeline-speaker", Select)
        if not self._speakers_shown:
            self._speakers_shown = True
            with picker.prevent(Select.Changed):
                picker.set_options(
                    (Text(f"{plain(s.name)} ({s.quotes})"), s.name) for s in message.speakers
                )
                if message.speaker is not None:
                    picker.value = message.speaker
        bars = buckets(message.points, self.dates)
        self._plot(message.speaker, bars)
        dated = sum(n for _, n in message.points)
        # one bar would fill the chart edge to edge and say no more than this
        when = f", all {'on' if len(bars[0][0]) == 10 else 'in'} {bars[0][0]}" if len(bars) == 1 else ""
        summary = Text(plain(message.speaker or "No speaker"), style="bold")
        if message.speaker:  # the picker counts the name alone: say what else the chart and the list take in
            summary.append_text(inferred_aliases(message.speaker, message.links))
        if self.dates:  # what the dates leave out, as the year facet says it
            summary.append(f"  {counted(dated, 'quote')} in these dates{when}")
            other = message.dated_everywhen - dated
            undated = message.everywhen - message.dated_everywhen
            left_out = [f"{other} of other dates"] * bool(other) + [f"{undated} undated"] * bool(undated)
            if left_out:
                summary.append(f"; {' and '.join(left_out)} left out", style="dim")
        else:
            undated = message.total - dated  # of all the speaker's quotes, not only of those listed
            summary.append(f"  {counted(dated, 'dated quote')}{when}")
            if undated:
                summary.append(f", {undated} undated", style="dim")
        if message.total > len(message.quotes):
            which = "the newest" if dated else "the first"  # undated quotes have no order in time
            summary.append(f"; {which} {len(message.quotes)} below", style="dim")
        self.query_one("#timeline-summary", Static).update(summary)
        self.query_one(ResultsTable).show(message.quotes, "")

    def _plot(self, speaker: str | None, bars: list[tuple[str, int]]) -> None:
        chart = self.query_one(PlotextPlot)
        # no dated quote, or all in one day, month or year: an empty frame or one bar edge to edge would take
        # the list's room; the summary says why
        chart.display = len(bars) > 1
        plt = chart.plt
        plt.clear_data()
        plt.clear_figure()
        if bars:
            plt.bar([label for label, _ in bars], [n for _, n in bars], width=0.4)
            top = max(n for _, n in bars)
            plt.yticks(list(range(0, top + 1, max(1, top // 5))))
        unit = {10: "day", 7: "month", 4: "year"}.get(len(bars[0][0]), "month") if bars else "month"
        plt.title(f"Quotes per {unit}")
        chart.refresh()

    @on(Select.Changed, "#timeline-speaker")
    def _speaker_changed(self, event: Select.Changed) -> None:
        if isinstance(event.value, str) and event.value != self.speaker:
            self._load(event.value)
