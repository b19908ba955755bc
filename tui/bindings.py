"""Every user action as data: one source for the footer, the help screen and the command palette.

Each ``Command`` has a stable id (usable in a Textual keymap), the keys that run it, the action
it runs on its screen, a short label for the footer and a sentence for the help screen and the
palette. Screens and widgets build their ``BINDINGS`` from these tuples with ``bindings()``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from textual.binding import Binding, BindingType

__all__ = [
    "Command",
    "bindings",
    "APP",
    "SEARCH",
    "RESULTS",
    "FACETS",
    "DETAIL",
    "VARIANTS",
    "COMPARE",
    "TIMELINE",
    "CARD",
    "SECTIONS",
]


@dataclass(frozen=True, slots=True)
class Command:
    id: str
    keys: str
    action: str
    label: str
    help: str
    show: bool = True

    @property
    def key_display(self) -> str:
        return self.keys.split(",")[0]


def bindings(commands: Iterable[Command]) -> list[BindingType]:
    return [
        Binding(c.keys, c.action, c.label, show=c.show, id=c.id, tooltip=c.help) for c in commands
    ]


APP = (
    Command("app.help", "f1,question_mark", "help", "Help", "List every key binding."),
    Command("app.quit", "ctrl+q", "quit", "Quit", "Leave the application."),
)

SEARCH = (
    Command("search.focus", "slash", "focus_search", "Search", "Put the cursor in the search box: words, names, \"phrases\"; -word leaves a word out."),
    Command(
        "search.results", "down", "focus_results", "Results", "Move to the results.", show=False
    ),
    Command(
        "search.sort", "ctrl+r", "toggle_sort", "Sort",
        "Sort results by relevance, newest first or oldest first (who said it first).",
    ),
    Command("search.next_page", "ctrl+n", "next_page", "Next", "Show the next page of results."),
    Command(
        "search.previous_page", "ctrl+b", "previous_page", "Prev", "Show the previous page."
    ),
    Command(
        "search.dates", "ctrl+f", "dates", "Dates",
        "Only quotes published between two dates: a year, a month or a day (2019, 2019-07, 2019-07-12).",
    ),
    Command(
        "search.clear", "escape", "clear_filters", "Clear", "Drop the filters (facets and dates), then the query."
    ),
    Command(
        "search.compare",
        "ctrl+o",
        "compare_speakers",
        "Compare",
        "Put speakers side by side on the current topic.",
    ),
    Command(
        "search.timeline",
        "ctrl+t",
        "timeline",
        "Timeline",
        "Chart the selected speaker (facet), else the speaker of the quote moved to, over time.",
    ),
    Command(
        "search.export", "ctrl+s", "export", "Export", "Save the current result set as CSV."
    ),
    Command(  # not in the footer (the empty database offers it; help and ctrl+p list it): room for f1 Help
        "search.ingest", "ctrl+l", "ingest", "Ingest", "Load articles from a file or a folder.", show=False
    ),
    Command(
        "search.copy",
        "ctrl+y",
        "copy_citation",
        "Copy",
        "Copy the quote moved to (↓) with its citation to the clipboard.",
    ),
)

RESULTS = (
    Command("results.open", "enter", "screen.open_detail", "Open", "Read the selected quote."),
    Command(
        "results.variants",
        "v",
        "screen.variants",
        "Variants",
        "Compare the wording of the selected statement across its sources.",
    ),
    Command(
        "results.copy",
        "c",
        "screen.copy_citation",
        "Copy",
        "Copy the selected quote with its citation.",
        show=False,
    ),
)

FACETS = (
    Command(
        "facets.toggle",
        "enter,space",
        "select",
        "Filter",
        "Filter by the highlighted facet; again to drop it.",
    ),
)

DETAIL = (
    Command("detail.back", "escape", "app.pop_screen", "Back", "Return to the previous screen."),
    Command(
        "detail.variants", "v", "variants", "Variants", "Compare this statement across sources."
    ),
    Command("detail.timeline", "t", "timeline", "Timeline", "Chart this speaker over time."),
    Command(
        "detail.copy", "c,ctrl+y", "copy_citation", "Copy", "Copy the quote with its citation."
    ),
)

VARIANTS = (
    Command("variants.back", "escape", "app.pop_screen", "Back", "Return to the previous screen."),
)

COMPARE = (
    Command("compare.back", "escape", "app.pop_screen", "Back", "Return to the search."),
    Command("compare.topic", "slash", "focus_topic", "Topic", "Put the cursor in the topic box."),
    Command("compare.next", "right", "next_column", "Next speaker", "To the next speaker's quotes (out of the topic box).", show=False),
    Command("compare.previous", "left", "previous_column", "Previous speaker", "To the previous speaker's quotes.", show=False),
)

TIMELINE = (
    Command("timeline.back", "escape", "app.pop_screen", "Back", "Return to the previous screen."),
)

CARD = (
    Command("card.open", "enter", "open", "Open", "Read the quote of the card in its source."),
    Command("card.copy", "c", "copy", "Copy", "Copy the quote of the card with its citation."),
)

SECTIONS: tuple[tuple[str, tuple[Command, ...]], ...] = (
    ("Everywhere", APP),
    ("Search", SEARCH),
    ("Results table", RESULTS),
    ("Facets", FACETS),
    ("Quote detail", DETAIL),
    ("Variants", VARIANTS),
    ("Compare speakers", COMPARE),
    ("Speaker timeline", TIMELINE),
    ("A quote card (compare, variants)", CARD),
)
