"""The TUI's less travelled screens tell the whole truth about a speaker with many quotes: counts
are of all their quotes, not of the page listed; the chart shows the times nobody quoted them;
an export is in the order the dialog says."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import Input, Static
from tui_support import SIZE, empty_db, run, seeded_db, settle, workdir  # noqa: F401 (fixtures)

from quotes import QuoteDB
from tui.app import QuotesApp
from tui.screens.compare import CompareScreen
from tui.screens.export import ExportScreen
from tui.screens.timeline import TimelineScreen, buckets
from tui.search_state import PAGE_SIZE
from tui.widgets.facets import FacetList
from tui.widgets.results import ResultsTable

MANY = PAGE_SIZE + 20
UNDATED = 15


@pytest.fixture
def prolific(empty_db: QuoteDB, workdir: Path) -> QuoteDB:
    """Jane Smith quoted in MANY articles on tariffs: the first UNDATED without a date."""
    lines = []
    for i in range(MANY):
        article = {"text": f'"Tariffs number {i} will hurt farmers," Jane Smith said.', "url": f"https://example.com/{i}"}
        if i >= UNDATED:
            article["published"] = f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}"
        lines.append(json.dumps(article))
    (workdir / "many.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert empty_db.ingest([workdir / "many.jsonl"]).documents == MANY
    assert empty_db.count(speaker="Jane Smith") == MANY
    return empty_db


def _plain(widget: Static) -> str:
    """What a Static shows, as plain text (a table rendered wide enough not to wrap)."""
    console = Console(width=400, file=io.StringIO(), color_system=None)
    with console.capture() as capture:
        console.print(widget.content)
    return capture.get()


def test_the_timeline_counts_every_undated_quote_not_those_listed(prolific: QuoteDB):
    async def scenario():
        app = QuotesApp(prolific)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await app.push_screen(TimelineScreen("Jane Smith"))
            await settle(pilot)
            summary = _plain(app.screen.query_one("#timeline-summary", Static))
            # was "55 dated quotes" alone: the undated were counted among the 50 newest listed (none)
            assert f"{MANY - UNDATED} dated quotes, {UNDATED} undated; the newest {PAGE_SIZE} below" in summary

    run(scenario)


def test_the_timeline_shows_the_months_nobody_quoted_the_speaker():
    # was [("2020-12", 3), ("2021-09", 3)]: two bars side by side, nine months apart
    spread = [(date(2020, 12, 16), 2), (date(2020, 12, 17), 1), (date(2021, 3, 1), 1), (date(2021, 3, 9), 1)]
    assert buckets(spread) == [("2020-12", 3), ("2021-01", 0), ("2021-02", 0), ("2021-03", 2)]
    assert buckets([(date(2020, 12, 14), 4), (date(2020, 12, 17), 1)]) == [
        ("2020-12-14", 4), ("2020-12-15", 0), ("2020-12-16", 0), ("2020-12-17", 1)
    ]
    decades = buckets([(date(1990, 5, 1), 1), (date(2021, 1, 1), 2)])
    assert decades[0] == ("1990", 1) and decades[-1] == ("2021", 2) and len(decades) == 32  # per year
    assert buckets([(date(2021, 1, 1), 2)]) == [("2021-01-01", 2)]


def test_a_compare_column_counts_every_quote_on_the_topic(prolific: QuoteDB):
    async def scenario():
        app = QuotesApp(prolific)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await app.push_screen(CompareScreen("tariffs"))
            await settle(pilot)
            (title,) = [_plain(t) for t in app.screen.query(".column-title")]
            listed = len(prolific.compare("Jane Smith", "tariffs")["Jane Smith"])
            assert listed < MANY
            assert f"{MANY} quotes, the first {listed} below" in title  # was "50 quotes"

    run(scenario)


def test_an_export_is_in_the_order_the_dialog_says(seeded_db: QuoteDB, workdir: Path):
    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+r")  # sort by date
            await settle(pilot)
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ExportScreen)
            assert "Sorted by  date" in _plain(app.screen.query_one("#export-filters", Static))
            app.screen.query_one("#export-path", Input).value = "by-date.csv"
            await pilot.press("enter")
            await settle(pilot)
            with open(workdir / "by-date.csv", newline="", encoding="utf-8") as f:
                ids = [int(row["id"]) for row in csv.DictReader(f)]
            newest_first = [q.id for q in seeded_db.search(sort="date", limit=None, prefix=True)]
            assert ids == newest_first  # was ingest (id) order
            assert ids != sorted(ids)

    run(scenario)


@pytest.mark.parametrize("width", [64, 79])
def test_a_terminal_under_80_columns_gives_the_quotes_the_room_of_the_facets(seeded_db: QuoteDB, width: int):
    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(width, 20)) as pilot:
            await settle(pilot)
            table = app.screen.query_one(ResultsTable)
            assert table.row_count
            assert not app.screen.query_one(FacetList).display
            # was: the facets kept 24 columns and the quote column began 9 (width 64) to 25 (79) columns in
            assert table.virtual_size.width <= table.size.width and table.columns[table.ordered_columns[1].key].width >= 30
            await pilot.resize_terminal(100, 20)  # wider again: the facets come back
            await settle(pilot)
            assert app.screen.query_one(FacetList).display

    run(scenario)


def test_an_outlet_facet_in_another_spelling_is_the_selected_one():
    from tui.search_state import SearchState

    state = SearchState(outlet="BBC News")
    # the facets of the filtered set may show the spelling most of *its* quotes have
    assert state.selects("outlet", "bbc news") and not state.selects("outlet", "Reuters")
    assert state.toggled("outlet", "bbc news").outlet is None  # was: a second filter in the other spelling
    assert state.toggled("outlet", "Reuters").outlet == "Reuters"


def test_compare_opened_on_a_partly_typed_query_finds_what_the_search_found(seeded_db: QuoteDB):
    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            app.screen.query_one("#query", Input).focus()
            await pilot.press(*"sanc")  # the search box already lists the sanctions quotes
            await settle(pilot)
            assert seeded_db.count("sanc", prefix=True) > 0 and seeded_db.count("sanc") == 0
            await pilot.press("ctrl+o")
            await settle(pilot)
            assert isinstance(app.screen, CompareScreen)
            titles = [_plain(t).split("\n")[0].strip() for t in app.screen.query(".column-title")]
            # was: "No speaker is quoted on this topic." (the topic was matched as a whole word)
            assert titles == [name for name, _ in seeded_db.facets("sanc", prefix=True).speakers[:4]]

    run(scenario)


def test_the_ingest_summary_shows_the_warnings():
    from quotes.results import IngestFailure, IngestReport
    from tui.screens.ingest import summary

    report = IngestReport(documents=1, warnings=[IngestFailure("feed.jsonl:1", "'published' is not a date")])
    shown = summary(report).plain
    assert "1 warning" in shown and "feed.jsonl:1: 'published' is not a date" in shown


def _on_screen(app, widget) -> bool:
    """Whether ``widget`` is drawn inside the visible part of its dialog (not cut off below it)."""
    dialog = app.screen.query_one(".dialog")
    inside = dialog.scrollable_content_region
    return widget.region.height > 0 and inside.y <= widget.region.y and widget.region.bottom <= inside.bottom


def test_an_ingests_failures_and_the_buttons_are_in_view_on_an_80x24_terminal(empty_db: QuoteDB, workdir: Path):
    from tui.screens.ingest import IngestScreen

    (workdir / "mixed").mkdir()
    (workdir / "mixed" / "feed.jsonl").write_text(
        '{"text": "\\"We will not back down,\\" Mevlut Cavusoglu said."}\nnot json\n', encoding="utf-8"
    )

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("ctrl+l")
            await settle(pilot)
            assert _on_screen(app, app.screen.query_one("#ingest-run"))  # was cut off below the folder tree
            app.screen.query_one("#ingest-path", Input).value = "mixed"
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, IngestScreen)
            message = app.screen.query_one("#ingest-message", Static)
            assert "not valid JSON" in _plain(message)
            assert _on_screen(app, message)  # was: the failures were written below the dialog's edge

    run(scenario)
