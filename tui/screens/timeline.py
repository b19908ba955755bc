"""A speaker's quotes over time: a bar chart per month (per day within one month) and the quotes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Select, Static
from textual_plotext import PlotextPlot

from quotes.results import QuoteRecord, SpeakerCount

from ..bindings import RESULTS, TIMELINE, bindings
from ..rendering import plain
from ..search_state import PAGE_SIZE
from ..widgets.results import ResultsTable
from .quote_actions import QuoteActions
from .worker_errors import WorkerErrors

__all__ = ["TimelineScreen", "buckets"]


def buckets(points: Sequence[tuple[date, int]]) -> list[tuple[str, int]]:
    """Counts per month, or per day when every point falls in one month; in date order."""
    if not points:
        return []
    months = {(d.year, d.month) for d, _ in points}
    label = (lambda d: d.isoformat()) if len(months) == 1 else (lambda d: f"{d:%Y-%m}")
    counts: Counter[str] = Counter()
    for day, n in points:
        counts[label(day)] += n
    return sorted(counts.items())


class TimelineScreen(QuoteActions, WorkerErrors, Screen):
    BINDINGS = bindings(TIMELINE)
    COMMANDS_SHOWN = TIMELINE + RESULTS

    @dataclass
    class Loaded(Message):
        speaker: str | None
        speakers: list[SpeakerCount]
        points: list[tuple[date, int]]
        quotes: list[QuoteRecord]

    def __init__(self, speaker: str | None = None) -> None:
        super().__init__()
        self.speaker = speaker
        self._speakers_shown = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Select[str]((), prompt="Pick a speaker", id="timeline-speaker")
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
        points = list(db.timeline(speaker, by="day")) if speaker else []
        quotes = db.search(speaker=speaker, sort="date", limit=PAGE_SIZE) if speaker else []
        self.post_message(self.Loaded(speaker, speakers, points, list(quotes)))

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
        self._plot(message.speaker, buckets(message.points))
        undated = sum(1 for q in message.quotes if q.published is None)
        summary = Text(plain(message.speaker or "No speaker"), style="bold")
        summary.append(f"  {sum(n for _, n in message.points)} dated quotes")
        if undated:
            summary.append(f", {undated} undated", style="dim")
        self.query_one("#timeline-summary", Static).update(summary)
        self.query_one(ResultsTable).show(message.quotes, "")

    def _plot(self, speaker: str | None, bars: list[tuple[str, int]]) -> None:
        chart = self.query_one(PlotextPlot)
        plt = chart.plt
        plt.clear_data()
        plt.clear_figure()
        if bars:
            plt.bar([label for label, _ in bars], [n for _, n in bars], width=0.4)
            top = max(n for _, n in bars)
            plt.yticks(list(range(0, top + 1, max(1, top // 5))))
        plt.title(f"Quotes per {'day' if bars and len(bars[0][0]) == 10 else 'month'}")
        chart.refresh()

    @on(Select.Changed, "#timeline-speaker")
    def _speaker_changed(self, event: Select.Changed) -> None:
        if isinstance(event.value, str) and event.value != self.speaker:
            self._load(event.value)
