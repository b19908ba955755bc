"""Every TUI flow driven through the real app and a real SQLite database ingested from the seeds."""

from __future__ import annotations

import csv
import io
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text
from textual.widgets import Input, SelectionList, Static
from tui_support import SIZE, empty_db, run, seeded_db, settle, workdir  # noqa: F401 (fixtures)

from quotes import QuoteDB
from tui.app import QuotesApp
from tui.bindings import RESULTS, SEARCH, SECTIONS
from tui.ingest_job import IngestProgress
from tui.rendering import MATCH_STYLE, citation, query_terms
from tui.screens.compare import CompareScreen
from tui.screens.detail import DetailScreen
from tui.screens.export import ExportScreen
from tui.screens.quote_actions import UNIDENTIFIED
from tui.screens.help import HelpScreen
from tui.screens.ingest import IngestScreen
from tui.screens.search import SearchScreen
from tui.screens.timeline import TimelineScreen, buckets
from tui.screens.variants import VariantsScreen
from tui.widgets.facets import FacetList
from tui.widgets.results import ResultsTable


@asynccontextmanager
async def started(db: QuoteDB, **options):
    """The app on ``db``, running, its first search done."""
    app = QuotesApp(db, **options)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        yield app, pilot


def _shows_every_quote(app: QuotesApp, db: QuoteDB) -> None:
    assert db.count("") > 0
    assert _rows(app) == [q.id for q in db.search("", prefix=True)]


def _rows(app: QuotesApp) -> list[int]:
    return [q.id for q in app.screen.query_one(ResultsTable).records.values()]


def _text(widget: Static) -> Text:
    assert isinstance(widget.content, Text)
    return widget.content


def _plain(widget: Static) -> str:
    """What a Static shows, as plain text (tables rendered wide enough not to wrap)."""
    content = widget.content
    if isinstance(content, str):
        return content
    if isinstance(content, Text):
        return content.plain
    console = Console(width=400, file=io.StringIO(), color_system=None)
    with console.capture() as capture:
        console.print(content)
    return capture.get()


async def _type(pilot, text: str) -> None:
    await pilot.press(*("space" if ch == " " else ch for ch in text))
    await settle(pilot)


async def _search(pilot, text: str) -> None:
    pilot.app.screen.query_one("#query", Input).focus()
    await _type(pilot, text)


async def _select_row(pilot, quote_id: int) -> None:
    table = pilot.app.screen.query_one(ResultsTable)
    table.focus()
    table.move_cursor(row=table.get_row_index(str(quote_id)))
    await pilot.pause()


def test_opens_on_the_search_box_with_every_quote(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            assert isinstance(app.screen, SearchScreen)
            assert app.focused is app.screen.query_one("#query", Input)
            total = seeded_db.count("")
            assert _rows(app) == [q.id for q in seeded_db.search("", limit=50)]
            shown = min(total, 50)
            assert f"Quotes 1–{shown} of {total}" in _plain(app.screen.query_one("#status", Static))
            assert not app.screen.query_one("#empty").display

    run(scenario)


def test_typing_a_query_shows_the_matching_rows_highlighted(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            await _type(pilot, "sanctions")
            expected = [q.id for q in seeded_db.search("sanctions", prefix=True)]
            assert expected and _rows(app) == expected
            table = app.screen.query_one(ResultsTable)
            for row in range(table.row_count):
                cell = table.get_cell(table.coordinate_to_cell_key((row, 0)).row_key, "quote")
                marked = [cell.plain[s.start : s.end] for s in cell.spans if s.style == MATCH_STYLE]
                assert marked and all(m.lower().startswith("sanction") for m in marked)
            total = seeded_db.count("sanctions", prefix=True)
            assert f"of {total}" in _plain(app.screen.query_one("#status", Static))

    run(scenario)


def test_a_partial_word_already_finds_while_typing(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            await _type(pilot, "sanc")
            rows = _rows(app)
            assert rows == [q.id for q in seeded_db.search("sanc", prefix=True)]
            assert {q.id for q in seeded_db.search("sanctions")} <= set(rows)

    run(scenario)


def test_each_row_shows_its_kind(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            table = app.screen.query_one(ResultsTable)
            kinds = [table.get_cell(key, "kind").plain for key in table.rows]
            assert kinds == [q.kind for q in seeded_db.search("", limit=50)]
            assert {"direct", "indirect"} <= set(kinds)

    run(scenario)


def test_a_stale_result_is_dropped(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            screen = app.screen
            old_state, old_total = screen.counted
            old_facets = screen.faceted[1]
            old_rows = tuple(screen.query_one(ResultsTable).records.values())
            await _type(pilot, "regiment")
            shown = _rows(app)
            status = _plain(screen.query_one("#status", Static))
            facets = screen.faceted
            screen.post_message(SearchScreen.RowsReady(old_state, old_rows, old_total))
            screen.post_message(SearchScreen.FacetsReady(old_state, old_facets))
            await settle(pilot)
            assert _plain(screen.query_one("#status", Static)) == status
            assert screen.faceted == facets and facets[0].query == "regiment"
            assert _rows(app) == shown == [q.id for q in seeded_db.search("regiment", prefix=True)]

    run(scenario)


class FacetsSeen(QuoteDB):
    """The real database, noting which queries the screen asked facet counts for."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.facet_queries: list[str] = []

    def facets(self, query: str = "", **filters):
        self.facet_queries.append(query)
        return super().facets(query, **filters)


def test_facets_follow_the_rows_and_a_superseded_fetch_asks_nothing(seeded_db: QuoteDB, workdir: Path):
    async def scenario():
        db = FacetsSeen(str(workdir / "quotes.sqlite"))
        try:
            async with started(db) as (app, pilot):
                screen = app.screen
                await _type(pilot, "sanctions")
                assert screen.shown_state.query == screen.faceted[0].query == "sanctions"
                facets = app.screen.query_one(FacetList)
                shown = [v for f, v in facets._values.values() if f == "speaker"]
                assert shown == [name for name, _ in db.facets("sanctions", prefix=True).speakers]
                asked = len(db.facet_queries)
                old = screen.state.with_query("sanc")  # a keystroke's state, typing went on since
                await screen._count_facets(old, 0.0).wait()
                await settle(pilot)
                assert len(db.facet_queries) == asked and screen.faceted[0].query == "sanctions"
                screen.action_toggle_sort()  # same quotes, another order: the facets are kept
                await settle(pilot)
                assert len(db.facet_queries) == asked and screen.shown_state.sort == "date"
        finally:
            db.close()

    run(scenario)


def test_selecting_a_facet_filters_and_selecting_it_again_drops_it(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            facets = app.screen.query_one(FacetList)
            option_id = next(k for k, v in facets._values.items() if v == ("speaker", "Ismail Demir"))
            facets.focus()
            facets.highlighted = facets.get_option_index(option_id)
            await pilot.press("enter")
            await settle(pilot)
            demir = [q.id for q in seeded_db.search("", speaker="Ismail Demir")]
            assert _rows(app) == demir and demir
            assert {q.speaker for q in app.screen.query_one(ResultsTable).records.values()} == {
                "Ismail Demir"
            }
            assert "speaker: Ismail Demir" in _plain(app.screen.query_one("#status", Static))
            option = facets.get_option(option_id)
            assert str(option.prompt).startswith("● Ismail Demir")
            await pilot.press("enter")
            await settle(pilot)
            assert _rows(app) == [q.id for q in seeded_db.search("")]

    run(scenario)


def test_year_and_kind_facets_combine(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            for field, value in (("year", 2020), ("kind", "direct")):
                app.screen.post_message(FacetList.Selected(field, value))
                await settle(pilot)
            expected = seeded_db.search("", kind="direct", since="2020-01-01", until="2020-12-31")
            assert _rows(app) == [q.id for q in expected] and expected

    run(scenario)


def test_sort_by_date_and_back(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            await _type(pilot, "will")
            by_relevance = _rows(app)
            await pilot.press("ctrl+r")
            await settle(pilot)
            assert app.screen.state.sort == "date"
            assert _rows(app) == [q.id for q in seeded_db.search("will", sort="date", prefix=True)]
            assert sorted(_rows(app)) == sorted(by_relevance)
            assert "sorted by date" in _plain(app.screen.query_one("#status", Static))
            await pilot.press("ctrl+r", "ctrl+r")  # oldest first, then relevance again
            await settle(pilot)
            assert _rows(app) == by_relevance

    run(scenario)


def test_clicking_the_date_header_sorts_by_date(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            await _type(pilot, "will")
            table = app.screen.query_one(ResultsTable)
            before_date = table.ordered_columns[: table.get_column_index("date")]
            x = sum(column.get_render_width(table) for column in before_date) + 2
            await pilot.click(ResultsTable, offset=(x, 0))
            await settle(pilot)
            assert app.screen.state.sort == "date"
            assert _rows(app) == [q.id for q in seeded_db.search("will", sort="date", prefix=True)]

    run(scenario)


def test_results_come_a_page_at_a_time(seeded_db: QuoteDB, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("tui.screens.search.PAGE_SIZE", 10)

    async def scenario():
        async with started(seeded_db) as (app, pilot):
            total = seeded_db.count("")
            assert total > 20
            assert _rows(app) == [q.id for q in seeded_db.search("", limit=10)]
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert _rows(app) == [q.id for q in seeded_db.search("", limit=10, offset=10)]
            assert f"Quotes 11–20 of {total}" in _plain(app.screen.query_one("#status", Static))
            last = (total - 1) // 10 * 10
            await pilot.press(*["ctrl+n"] * (last // 10 + 2))  # past the end stays on the last page
            await settle(pilot)
            assert _rows(app) == [q.id for q in seeded_db.search("", limit=10, offset=last)]
            await pilot.press("ctrl+b")
            await settle(pilot)
            assert f"Quotes {last - 9}–{last} of {total}" in _plain(
                app.screen.query_one("#status", Static)
            )

    run(scenario)


def test_detail_shows_provenance_context_and_brackets_as_written(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            await _type(pilot, "regiment")
            (quote,) = [q for q in seeded_db.search("regiment") if "[regiment]" in q.text]
            await _select_row(pilot, quote.id)
            await pilot.press("enter")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, DetailScreen)
            assert _plain(screen.query_one("#quote-text", Static)) == quote.text
            assert "[regiment]" in quote.text
            who = _plain(screen.query_one("#attribution", Static))
            for value in ("Ismail Demir", quote.mention, quote.cue, quote.method, f"{quote.confidence:.2f}"):
                assert value in who
            source = _plain(screen.query_one("#source", Static))
            assert "seeds/000_ea731dc59f6929ed.txt" in source  # (undated: no dateline, and a body date is an event's)
            context = _text(screen.query_one("#context", Static))
            marked = [context.plain[s.start : s.end] for s in context.spans if "underline" in str(s.style)]
            assert marked == [quote.text]
            assert "he stressed in an interview with NTV" in context.plain
            await pilot.press("escape")
            assert isinstance(app.screen, SearchScreen)

    run(scenario)


def test_biden_brackets_and_also_reported_by(seeded_db: QuoteDB):
    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=SIZE) as pilot:
            (biden,) = seeded_db.search("Biden")
            app.push_screen(DetailScreen(biden.id))
            await settle(pilot)
            assert "[US] President [Joe] Biden" in _plain(app.screen.query_one("#quote-text", Static))
            (signal,) = seeded_db.search('"clear signal"', limit=1)
            app.push_screen(DetailScreen(signal.id))
            await settle(pilot)
            also = _plain(app.screen.query_one("#also", Static))
            other = [v.quote for v in seeded_db.variants(signal.id) if v.quote.document_id != signal.document_id]
            assert len(other) == 1 and Path(other[0].path).name in also

    run(scenario)


def test_a_failing_load_is_a_notice_not_a_crash(seeded_db: QuoteDB):
    from textual.notifications import Notify

    said: list[str] = []

    def hook(message):
        if isinstance(message, Notify):
            said.append(message.notification.message)

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await settle(pilot)
            seeded_db.close()  # every read now raises
            for screen in (DetailScreen(1), VariantsScreen(1), CompareScreen("x"), TimelineScreen("x")):
                app.push_screen(screen)
                await settle(pilot)
                assert app.is_running and app.screen is screen
            assert len([m for m in said if "closed" in m]) == 4

    run(scenario)


def test_variants_mark_the_words_that_differ(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            await _type(pilot, "taking many measures")
            (quote,) = seeded_db.search("taking many measures")
            await _select_row(pilot, quote.id)
            await pilot.press("v")
            await settle(pilot)
            assert isinstance(app.screen, VariantsScreen)
            cards = list(app.screen.query(".variant"))
            assert len(cards) == len(seeded_db.variants(quote.id)) == 2
            second = _text(cards[1])
            added = [second.plain[s.start : s.end] for s in second.spans if s.style == "bold green"]
            dropped = [second.plain[s.start : s.end] for s in second.spans if s.style == "red strike"]
            assert added == ["are", "measures,"] and dropped == ["is", "steps,"]

    run(scenario)


def test_compare_speakers_side_by_side_on_a_topic(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            await pilot.press("ctrl+o")
            await settle(pilot)
            assert isinstance(app.screen, CompareScreen)
            await _type(pilot, "sanctions")
            expected = [name for name, _ in seeded_db.facets("sanctions").speakers[:4]]
            titles = [_plain(t) for t in app.screen.query(".column-title")]
            assert len(expected) >= 2
            assert [t.split("\n")[0] for t in titles] == expected
            columns = list(app.screen.query(".column"))
            for name, column in zip(expected, columns):
                cards = [_plain(c) for c in column.query(".quote-card")]
                quotes = seeded_db.compare([name], query="sanctions")[name]
                assert len(cards) == len(quotes)
                for card, q in zip(cards, quotes):
                    assert q.text.split()[0] in card and (q.published is None or q.published.isoformat() in card)
            picker = app.screen.query_one(SelectionList)
            picker.focus()
            picker.highlighted = 0
            await pilot.press("space")  # untick the first speaker
            await settle(pilot)
            titles = [_plain(t).split("\n")[0] for t in app.screen.query(".column-title")]
            assert titles == expected[1:]
            await pilot.press("space")  # tick it again: back in its place
            await settle(pilot)
            titles = [_plain(t).split("\n")[0] for t in app.screen.query(".column-title")]
            assert titles == expected

    run(scenario)


def test_speaker_timeline_charts_the_selected_speaker(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            signal = next(q for q in seeded_db.search('"clear signal"') if q.published)  # on the first page
            await _select_row(pilot, signal.id)
            await pilot.press("ctrl+t")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, TimelineScreen) and screen.speaker == "Mike Pompeo"
            points = seeded_db.timeline("Mike Pompeo", by="day")
            assert [label for label, n in buckets(points) if n] == ["2020-12-17"]  # seed 001's dateline
            dated = sum(n for _, n in points)
            assert f"{dated} dated quotes" in _plain(screen.query_one("#timeline-summary", Static))
            by_date = [q.id for q in seeded_db.search(speaker="Mike Pompeo", sort="date")]
            assert _rows(app) == by_date
            screen.query_one("#timeline-speaker").value = "Ismail Demir"
            await settle(pilot)
            assert screen.speaker == "Ismail Demir"
            assert _rows(app) == [q.id for q in seeded_db.search(speaker="Ismail Demir", sort="date")]

    run(scenario)


def test_export_writes_the_current_result_set(seeded_db: QuoteDB, workdir: Path):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            await _type(pilot, "will")
            app.screen.post_message(FacetList.Selected("speaker", "Mike Pompeo"))
            await settle(pilot)
            await pilot.press("ctrl+s")
            await settle(pilot)
            modal = app.screen
            assert isinstance(modal, ExportScreen)
            shown = _plain(modal.query_one("#export-filters", Static))
            assert "will" in shown and "Mike Pompeo" in shown
            n = seeded_db.count("will", speaker="Mike Pompeo", prefix=True)
            assert f"Writes {n} quote{'s' if n != 1 else ''}" in " ".join(shown.split())  # how many, before writing
            path = modal.query_one("#export-path", Input)
            path.value = "out/pompeo.csv"
            (workdir / "out").mkdir()
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, SearchScreen)
            with open(workdir / "out" / "pompeo.csv", newline="", encoding="utf-8") as f:
                rows = list(csv.DictReader(f))
            expected = seeded_db.search("will", speaker="Mike Pompeo", prefix=True)
            assert len(rows) == len(expected) == seeded_db.count("will", speaker="Mike Pompeo", prefix=True) > 0
            assert {r["text"] for r in rows} == {q.text for q in expected}

    run(scenario)


def test_markup_typed_in_the_search_box_is_shown_as_typed(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            app.screen.query_one("#query", Input).value = "[bold red]Biden[/] [US]"
            await settle(pilot)
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert "[bold red]Biden[/] [US]" in _plain(app.screen.query_one("#export-filters", Static))

    run(scenario)


def test_export_to_a_missing_folder_says_so_and_stays_open(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            await pilot.press("ctrl+s")
            await settle(pilot)
            app.screen.query_one("#export-path", Input).value = "no/such/dir/x.csv"
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ExportScreen)
            assert "Cannot write" in _plain(app.screen.query_one("#export-message", Static))

    run(scenario)


@pytest.mark.parametrize("bad", ["a\x00b.csv", "x" * 5000 + ".csv"])
def test_an_impossible_export_path_is_a_message_not_a_crash(seeded_db: QuoteDB, bad: str):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            await pilot.press("ctrl+s")
            await settle(pilot)
            app.screen.query_one("#export-path", Input).value = bad
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ExportScreen) and app.is_running
            assert "Cannot write" in _plain(app.screen.query_one("#export-message", Static))

    run(scenario)


def test_copy_puts_the_quote_and_its_citation_on_the_clipboard(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            await _type(pilot, "regiment")
            await pilot.press("down")  # to the results: ctrl+y copies the row moved to, not the first unasked
            quote = app.screen.query_one(ResultsTable).current
            await pilot.press("ctrl+y")
            assert app.clipboard == citation(quote)
            assert quote.speaker in app.clipboard and "seeds/" in app.clipboard

    run(scenario)


def test_ingest_a_folder_shows_progress_and_refreshes(empty_db: QuoteDB, workdir: Path):
    async def scenario():
        app = QuotesApp(empty_db, seeds=workdir / "seeds")
        progress: list[tuple[int, int]] = []

        def hook(message):
            if isinstance(message, IngestProgress):
                progress.append((message.done, message.total))

        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await settle(pilot)
            assert _rows(app) == []
            await pilot.press("ctrl+l")
            await settle(pilot)
            modal = app.screen
            assert isinstance(modal, IngestScreen)
            modal.query_one("#ingest-path", Input).value = "seeds"
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, SearchScreen)
            assert progress and progress[-1][0] == progress[-1][1] > 0
            _shows_every_quote(app, empty_db)

    run(scenario)


def test_closing_the_ingest_dialog_leaves_the_ingest_running(empty_db: QuoteDB):
    async def scenario():
        async with started(empty_db) as (app, pilot):
            await pilot.press("ctrl+l")
            await settle(pilot)
            app.screen.query_one("#ingest-path", Input).value = "seeds"
            await pilot.press("enter", "escape")  # start, then close at once
            assert isinstance(app.screen, SearchScreen)
            await settle(pilot)
            _shows_every_quote(app, empty_db)
            assert app.sub_title == QuotesApp.SUB_TITLE

    run(scenario)


def test_failures_of_an_ingest_stay_on_screen(empty_db: QuoteDB, workdir: Path):
    (workdir / "mixed").mkdir()
    (workdir / "mixed" / "feed.jsonl").write_text(
        '{"text": "\\"We will not back down,\\" Mevlut Cavusoglu said."}\nnot json\n', encoding="utf-8"
    )

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("ctrl+l")
            await settle(pilot)
            app.screen.query_one("#ingest-path", Input).value = "mixed"
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, IngestScreen)
            message = _plain(app.screen.query_one("#ingest-message", Static))
            assert "1 new document," in message and "1 failed" in message
            assert "mixed/feed.jsonl:2: not valid JSON" in message
            await pilot.press("escape")
            await settle(pilot)
            assert _rows(app) == [q.id for q in empty_db.search("")] and _rows(app)

    run(scenario)


def test_ingest_of_a_missing_path_is_refused(empty_db: QuoteDB):
    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("ctrl+l")
            await settle(pilot)
            app.screen.query_one("#ingest-path", Input).value = "nowhere"
            await pilot.press("enter")
            await settle(pilot)
            assert "No such file or folder: nowhere" in _plain(app.screen.query_one("#ingest-message", Static))
            assert empty_db.count("") == 0

    run(scenario)


@pytest.mark.parametrize(
    ("bad", "said"), [("a\x00b", "No such file or folder"), ("x" * 5000, "Cannot use that path")]
)
def test_an_impossible_ingest_path_is_a_message_not_a_crash(empty_db: QuoteDB, bad: str, said: str):
    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("ctrl+l")
            await settle(pilot)
            app.screen.query_one("#ingest-path", Input).value = bad
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, IngestScreen) and app.is_running
            assert said in _plain(app.screen.query_one("#ingest-message", Static))

    run(scenario)


def test_an_empty_database_says_so_and_loads_the_seeds(empty_db: QuoteDB, workdir: Path):
    async def scenario():
        async with started(empty_db, seeds=workdir / "seeds") as (app, pilot):
            empty = app.screen.query_one("#empty")
            assert empty.display and not app.screen.query_one(ResultsTable).display
            assert "database is empty" in _plain(app.screen.query_one("#empty-message", Static))
            await pilot.click("#load-seeds")
            await settle(pilot)
            assert isinstance(app.screen, SearchScreen)
            assert not empty.display
            _shows_every_quote(app, empty_db)

    run(scenario)


def test_every_search_action_is_in_the_palette_and_runs_from_it(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            titles = {c.title for c in app.get_system_commands(app.screen)}
            assert {c.label for c in SEARCH + RESULTS} <= titles
            await pilot.press("ctrl+p")
            await settle(pilot)
            await _type(pilot, "Compare")
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, CompareScreen)

    run(scenario)


def test_footer_shows_the_search_actions(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            shown = {b.binding.id for b in app.screen.active_bindings.values() if b.binding.show}
            assert {c.id for c in SEARCH if c.show} <= shown
            app.screen.query_one(ResultsTable).focus()
            await pilot.pause()
            shown = {b.binding.id for b in app.screen.active_bindings.values() if b.binding.show}
            assert {c.id for c in RESULTS if c.show} <= shown

    run(scenario)


def test_help_lists_every_binding(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            await pilot.press("f1")
            await settle(pilot)
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            assert isinstance(app.screen, SearchScreen)

    run(scenario)


def test_every_command_names_an_existing_action():
    from tui.screens.compare import CompareScreen as Compare
    from tui.widgets.quote_card import QuoteCard

    owners = {
        "Everywhere": [QuotesApp],
        "Search": [SearchScreen],
        "Results table": [SearchScreen, TimelineScreen],
        "Facets": [FacetList],
        "Quote detail": [DetailScreen],
        "Variants": [VariantsScreen],
        "Compare speakers": [Compare],
        "Speaker timeline": [TimelineScreen],
        "A quote card (compare, variants)": [QuoteCard],
    }
    ids = [c.id for _, commands in SECTIONS for c in commands]
    assert len(ids) == len(set(ids))
    for section, commands in SECTIONS:
        for command in commands:
            namespace, _, name = command.action.rpartition(".")
            for owner in owners[section]:
                target = QuotesApp if namespace == "app" else owner
                assert hasattr(target, f"action_{name}") or hasattr(target, f"_action_{name}"), (
                    section,
                    command.id,
                )


def test_query_terms_follow_what_the_store_matches(seeded_db: QuoteDB):
    # "erdogan" finds Erdoğan in the store; the highlighter folds the same way.
    assert query_terms("Erdoğan") == ["erdogan"]


def test_export_asks_before_replacing_a_file(seeded_db: QuoteDB, workdir: Path):
    earlier = workdir / "quotes-export.csv"
    earlier.write_text("an earlier export\n", encoding="utf-8")

    async def scenario():
        async with started(seeded_db) as (app, pilot):
            await pilot.press("ctrl+s")
            await settle(pilot)
            await pilot.press("enter")  # the default name, which exists
            await settle(pilot)
            assert isinstance(app.screen, ExportScreen)  # was: replaced at once, unasked
            assert "exists: Export again to replace it" in _plain(app.screen.query_one("#export-message", Static))
            assert earlier.read_text(encoding="utf-8") == "an earlier export\n"
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, SearchScreen)
            assert earlier.read_text(encoding="utf-8").startswith("id,statement_id,")
            (note,) = app._notifications
            assert str(earlier.resolve()) in note.message  # the full path of what was written

    run(scenario)


def test_the_timeline_of_a_quote_with_no_identified_speaker_is_refused_not_someone_elses(seeded_db: QuoteDB):
    unattributed = next(q for q in seeded_db.search("", prefix=True, limit=50) if q.speaker is None)  # on the first page

    async def scenario():
        async with started(seeded_db) as (app, pilot):
            await _select_row(pilot, unattributed.id)
            await pilot.press("ctrl+t")
            await settle(pilot)
            assert isinstance(app.screen, SearchScreen)  # was: the most quoted speaker's timeline
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, DetailScreen)
            await pilot.press("t")
            await settle(pilot)
            assert isinstance(app.screen, DetailScreen)
            notes = [n.message for n in app._notifications]
            assert notes == [UNIDENTIFIED, UNIDENTIFIED] and "not identified" in UNIDENTIFIED

    run(scenario)


def test_an_80_column_terminal_shows_the_quotes_without_scrolling_sideways(seeded_db: QuoteDB):
    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            table = app.screen.query_one(ResultsTable)
            keys = [key.value for key in table.columns]
            assert keys[:2] == ["speaker", "quote"] and table.columns[keys[1]].width >= 30
            assert table.virtual_size.width <= table.size.width  # was 95 columns in a 44-column view
            facets = app.screen.query_one(FacetList)
            room = facets.scrollable_content_region.width  # inside the padding and the scroll bar
            prompts = [facets.get_option_at_index(i).prompt for i in range(facets.option_count)]
            assert max(p.cell_len for p in prompts if isinstance(p, Text)) <= room  # each value on one line
            await pilot.press("ctrl+o")
            await settle(pilot)
            assert isinstance(app.screen, CompareScreen)
            widths = [column.size.width for column in app.screen.query(".column")]
            assert widths and min(widths) >= 24  # was 12: eight letters of quote a line

    run(scenario)


def test_a_wide_terminal_shows_every_column(seeded_db: QuoteDB):
    async def scenario():
        async with started(seeded_db) as (app, pilot):
            table = app.screen.query_one(ResultsTable)
            # every column the database has a value for: the seeds name no outlet (test_polish_session12)
            assert [key.value for key in table.columns] == ["speaker", "kind", "quote", "date", "sources"]

    run(scenario)


def test_variants_of_an_unresolved_mention_do_not_make_it_the_speaker(seeded_db: QuoteDB):
    quote = next(
        q for q in seeded_db.search("", limit=500)
        if (first := seeded_db.variants(q.id)[0].quote).speaker is None and first.mention
    )

    async def scenario():
        async with started(seeded_db) as (app, pilot):
            await app.push_screen(VariantsScreen(quote.id))
            await settle(pilot)
            title = _plain(app.screen.query_one("#variants-title", Static))
            first = seeded_db.variants(quote.id)[0].quote  # the title names the first occurrence's
            assert f"a statement by {first.mention} (speaker not identified)" in title  # was '... by He'

    run(scenario)
