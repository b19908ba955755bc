"""Session 10 review, its "left" items for a fact-checker's daily use (polish13).

ctrl+y copied the first row at start-up though the user never went there; the year facet said
nothing of undated quotes (BBC: "Years: none"); the timeline ignored the search's dates; compare at
80 columns showed one speaker at a time with only a scroll bar to say there were others.
"""

from __future__ import annotations

import asyncio
import json
from datetime import date
from pathlib import Path

from test_fact_checker_session10 import FEED, _feed, _type_dates
from test_tui_fact_checker import _screen, _text
from tui_support import empty_db, run, seeded_db, settle, workdir  # noqa: F401 (fixtures)

from quotes import QuoteDB
from quotes.periods import Period
from tui.app import QuotesApp
from tui.rendering import citation
from tui.screens.compare import CompareScreen
from tui.screens.search import COPY_WHICH
from tui.screens.timeline import TimelineScreen, buckets
from tui.widgets.facets import FacetList
from tui.widgets.quote_card import QuoteCard
from tui.widgets.results import ResultsTable


def _copy_of_the_undated_item(db: QuoteDB, folder: Path) -> None:
    """The undated wire item published again, dated, by another outlet: a copy of the same text."""
    path = folder / "copy.jsonl"
    outlet, _, text = FEED[-1]
    path.write_text(json.dumps({"outlet": "Agency", "published": "2020-12-18", "url": "https://agency.example/1", "text": text}) + "\n")
    assert db.ingest([str(path)]).ok


# --- 1. ctrl+y copies the row the user moved to ----------------------------------------------------


def test_ctrl_y_copies_the_row_moved_to_else_says_what_to_do(empty_db: QuoteDB, workdir: Path):
    """At start-up the cursor is drawn on the first row: ctrl+y from the search box copied it unasked."""
    _feed(empty_db, workdir)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+y")
            await settle(pilot)
            assert app.clipboard == "" and [n.message for n in app._notifications] == [COPY_WHICH]
            await pilot.press("down", "down", "slash", "ctrl+y")  # the second row, then back in the search box
            await settle(pilot)
            second = app.screen.query_one(ResultsTable).current
            assert second is not None and app.clipboard == citation(second)
            await pilot.press(*"sanctions")  # a new search: its first row is not chosen
            await settle(pilot)
            await pilot.press("ctrl+y")
            await settle(pilot)
            assert app.clipboard == citation(second)
            await pilot.press("down", "c")  # the results' own key copies the row it is on
            await settle(pilot)
            assert "Sanctions will not change" in app.clipboard

    run(scenario)


# --- 2. the year facet says how many quotes are undated --------------------------------------------


def test_facets_count_the_quotes_no_date_filter_finds(db: QuoteDB, tmp_path: Path):
    """Facets.undated: what the years leave out; a copy published with a date dates its quote."""
    _feed(db, tmp_path)
    assert db.facets().undated == 1 and db.facets("system", prefix=True).undated == 1
    assert db.facets("sanctions").undated == 0 and db.facets("Akar").undated == 0
    assert db.facets("system", prefix=True, since="2019").undated == 0  # the dates left it out already
    _copy_of_the_undated_item(db, tmp_path)
    assert db.facets().undated == 0 and db.facets("nothing decided").undated == 0
    assert db.count("nothing decided", since="2020-12") == 1  # the dated copy is found in its dates
    for query in ("", "system", "said", "nothing"):
        everywhen = db.count(query)
        assert db.facets(query).undated == everywhen - db.count(query, since=date.min), query


def test_the_year_facet_says_how_many_quotes_are_undated(empty_db: QuoteDB, workdir: Path):
    """BBC has no dates: the facets said "Years: none", as if a date filter would leave nothing out."""
    _feed(empty_db, workdir)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(140, 40)) as pilot:
            await settle(pilot)
            await pilot.press(*"system")
            await settle(pilot)
            facets = app.screen.query_one(FacetList)
            assert _years(facets) == [["2019", "1"], ["2020", "1"], ["undated", "1"]]
            assert facets.get_option("year-undated").disabled  # no filter selects them
            assert "undated" in _screen(app)
            facets.post_message(FacetList.Selected("year", 2019))
            await settle(pilot)
            assert _years(facets) == [["●", "2019", "1"], ["undated", "(left", "out)", "1"]]
            await pilot.press("space", "t", "o")  # "system to": 2020's quote only, and a typed year keeps no undated one
            await settle(pilot)
            assert _years(facets) == [["none"]]
            await pilot.press("escape")
            await settle(pilot)
            assert _years(facets) == [["2020", "1"]]  # none of these is undated

    run(scenario)


def _years(facets: FacetList) -> list[list[str]]:
    """The lines under the Years title, as words."""
    prompts = [str(facets.get_option_at_index(i).prompt) for i in range(facets.option_count)]
    return [line.split() for line in prompts[prompts.index("Years") + 1:]]


def test_an_undated_corpus_says_so_under_years(empty_db: QuoteDB, workdir: Path):
    """Every quote undated (as BBC's): "undated N" in place of "none"."""
    _feed(empty_db, workdir, dated=False)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(140, 40)) as pilot:
            await settle(pilot)
            assert _years(app.screen.query_one(FacetList)) == [["undated", str(empty_db.count())]]

    run(scenario)


# --- 3. the timeline keeps to the search's dates -----------------------------------------------------


def test_buckets_span_the_dates_charted():
    points = [(date(2019, 7, 12), 1), (date(2019, 7, 30), 1)]
    assert [label for label, _ in buckets(points)] == [f"2019-07-{d:02d}" for d in range(12, 31)]
    in_2019 = buckets(points, Period.year(2019))
    assert [label for label, _ in in_2019] == [f"2019-{m:02d}" for m in range(1, 13)] and dict(in_2019)["2019-07"] == 2
    assert buckets(points, Period(date(2019, 7, 1), None))[-1] == ("2019-07-30", 1)  # an open end: the last quote
    assert buckets([], Period.year(2019)) == []


def test_the_timeline_keeps_to_the_search_dates_and_says_what_they_leave_out(empty_db: QuoteDB, workdir: Path):
    """ctrl+t charted all of a speaker's dates though the search had some (compare keeps to them)."""
    _feed(empty_db, workdir)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await _type_dates(pilot, "2019-07", "2019")
            app.screen.post_message(FacetList.Selected("speaker", "Hulusi Akar"))
            await settle(pilot)
            await pilot.press("ctrl+t")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, TimelineScreen) and screen.dates == Period(date(2019, 7, 1), date(2019, 12, 31))
            assert _text(screen.query_one("#timeline-dates")).strip() == "Only quotes of the search's dates: 2019-07 – 2019-12"
            summary = _text(screen.query_one("#timeline-summary")).strip()
            assert summary == "Hulusi Akar  2 quotes in these dates; 1 of other dates left out"
            assert sorted(q.published for q in screen.query_one(ResultsTable).records.values()) == [
                date(2019, 7, 12), date(2019, 7, 30)]
            assert "2019-12" in _screen(app)  # the chart spans the dates, not only the months quoted
            await pilot.press("escape", "escape")  # back; the filters and dates dropped
            await settle(pilot)
            await pilot.press("down", "ctrl+t")
            await settle(pilot)
            assert app.screen.dates is None and not app.screen.query("#timeline-dates")
            assert "dated quote" in _text(app.screen.query_one("#timeline-summary"))

    run(scenario)


def test_the_timeline_in_dates_counts_undated_quotes_as_left_out(empty_db: QuoteDB, workdir: Path):
    _feed(empty_db, workdir)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            app.push_screen(TimelineScreen("Mevlut Cavusoglu", Period.year(2020)))
            await settle(pilot)
            summary = _text(app.screen.query_one("#timeline-summary")).strip()
            assert summary == "Mevlut Cavusoglu  1 quote in these dates; 1 undated left out"

    run(scenario)


# --- 4. compare at 80 columns says how many speakers are in view -------------------------------------


def test_compare_says_how_many_speakers_are_in_view_and_left_right_walk_them(seeded_db: QuoteDB):
    """At 80 (and 120) columns one speaker's column filled the view; the scroll bar was the only hint of the others."""

    async def scenario(size: tuple[int, int]) -> tuple[str, list[str]]:
        app = QuotesApp(seeded_db)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await pilot.press(*"system", "ctrl+o")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, CompareScreen) and len(screen.chosen) == 4
            hint = screen.query_one("#compare-fit")
            columns = screen.query_one("#columns")
            visited = []
            if hint.display:
                view = columns.region
                in_view = [c for c in columns.query_children(".column") if view.contains_region(c.region)]
                assert _text(hint).strip() == f"{len(in_view)} of 4 speakers in view: tab to a quote, then ← → for the others."
                await pilot.press("tab", "right")  # the speakers list, then the first column's first quote
                for _ in range(4):
                    await settle(pilot)
                    card = screen.focused
                    assert isinstance(card, QuoteCard) and view.contains_region(card.parent.region)
                    visited.append(card.quote.speaker)
                    await pilot.press("right")
                await pilot.press("left")
                await settle(pilot)
                assert screen.focused.quote.speaker == visited[-2]
            return (_text(hint).strip() if hint.display else ""), visited

    hint, visited = asyncio.run(scenario((80, 24)))
    assert hint.startswith("1 of 4 speakers in view") and len(set(visited)) == 4
    hint, _ = asyncio.run(scenario((120, 30)))
    assert hint.startswith("3 of 4 speakers in view")
    assert asyncio.run(scenario((160, 50))) == ("", [])


# --- 5. one more pass as a fact-checker ---------------------------------------------------------------


def test_a_timeline_with_no_dated_quote_gives_the_list_the_chart_room(empty_db: QuoteDB, workdir: Path):
    """BBC (S10-8): an empty chart frame took 14 of 24 lines, the list 3, and "the newest 50 below" of undated quotes."""
    _feed(empty_db, workdir, dated=False)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            app.push_screen(TimelineScreen("Hulusi Akar"))
            await settle(pilot)
            assert not app.screen.query_one("#chart").display
            assert _text(app.screen.query_one("#timeline-summary")).strip() == "Hulusi Akar  0 dated quotes, 3 undated"
            assert app.screen.query_one(ResultsTable).size.height >= 15
            app.pop_screen()
            app.push_screen(TimelineScreen("Hulusi Akar", Period.year(2019)))  # and in dates none is in
            await settle(pilot)
            assert not app.screen.query_one("#chart").display
            assert _text(app.screen.query_one("#timeline-summary")).strip() == "Hulusi Akar  0 quotes in these dates; 3 undated left out"

    run(scenario)


def test_the_timeline_lists_the_first_undated_quotes_not_the_newest(empty_db: QuoteDB, workdir: Path, monkeypatch):
    import tui.screens.timeline as timeline

    monkeypatch.setattr(timeline, "PAGE_SIZE", 2)
    _feed(empty_db, workdir, dated=False)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            app.push_screen(TimelineScreen("Hulusi Akar"))
            await settle(pilot)
            assert _text(app.screen.query_one("#timeline-summary")).strip() == "Hulusi Akar  0 dated quotes, 3 undated; the first 2 below"

    run(scenario)
