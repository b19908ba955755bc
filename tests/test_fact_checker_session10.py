"""Session 10 review: what the session 9 review left for a fact-checker's daily use, and one more pass.

The TUI narrowed dates by year only (the CLI had --since/--until); ctrl+t charted the first row's
speaker though the user never moved there; `quotes versions` had no --format.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import shlex
from datetime import date
from pathlib import Path

import pytest
from test_tui_fact_checker import _screen, _text
from tui_support import empty_db, run, settle, workdir  # noqa: F401 (fixtures)

from quotes import QuoteDB
from quotes.cli import main
from quotes.periods import Period, period_end, period_start
from tui.app import QuotesApp
from tui.screens.compare import CompareScreen
from tui.screens.dates import DatesScreen
from tui.screens.search import CHART_WHOM
from tui.screens.timeline import TimelineScreen
from tui.search_state import SearchState
from tui.widgets.facets import FacetList

# Five short wire items on one story, dated July 2019 to December 2020, and one undated.
FEED = (
    ("AP", "2019-07-12", "Ankara\n\n\"The first parts of the system have arrived at the air base,\" Defence Minister Hulusi Akar said on Friday.\n"),
    ("AP", "2019-07-30", "Ankara\n\n\"The deliveries will go on as planned until the autumn,\" Hulusi Akar told reporters.\n"),
    ("Daily", "2020-01-15", "Istanbul\n\n\"We expect the system to be working by April,\" Hulusi Akar said.\n"),
    ("Daily", "2020-12-17", "Ankara\n\n\"Sanctions will not change the course we have chosen,\" Foreign Minister Mevlut Cavusoglu said.\n"),
    ("Wire", None, "Ankara\n\n\"Nothing about the system was decided at the meeting today,\" Mevlut Cavusoglu said.\n"),
)


def _feed(db: QuoteDB, folder: Path, dated: bool = True) -> None:
    """Ingest FEED; ``dated=False``: without its dates (every quote undated, as BBC's)."""
    path = folder / ("feed.jsonl" if dated else "undated.jsonl")
    path.write_text(
        "".join(json.dumps({"outlet": o, **({"published": d} if dated else {}), "url": f"https://{o.lower()}.example/{n}", "text": t})
                + "\n" for n, (o, d, t) in enumerate(FEED)),
        encoding="utf-8",
    )
    report = db.ingest([str(path)])
    assert report.ok and report.documents == len(FEED)


def _rows(app) -> list[int]:
    from tui.widgets.results import ResultsTable

    return [q.id for q in app.screen.query_one(ResultsTable).records.values()]


async def _type_dates(pilot, since: str, until: str) -> None:
    """ctrl+f, the since box, enter (on to until), the until box, enter (apply)."""
    await pilot.press("ctrl+f")
    await settle(pilot)
    assert isinstance(pilot.app.screen, DatesScreen)
    for box, value in (("#dates-since", since), ("#dates-until", until)):
        pilot.app.screen.query_one(box).value = ""
        await pilot.press(*value, "enter")
        await settle(pilot)


# --- 1. a date range the user types -------------------------------------------------------------


def test_a_period_is_read_as_people_type_it():
    assert (period_start("2019"), period_end("2019")) == (date(2019, 1, 1), date(2019, 12, 31))
    assert (period_start("2019-07"), period_end("2019-07")) == (date(2019, 7, 1), date(2019, 7, 31))
    assert (period_end("2019-02"), period_end("2020-02")) == (date(2019, 2, 28), date(2020, 2, 29))
    assert period_start(" 2019-07-12 ") == period_end("2019-07-12") == date(2019, 7, 12)
    for wrong in ("2019-13", "2019-02-30", "last week", "19", "2019/07", ""):
        with pytest.raises(ValueError, match=r"not a date \(2019, 2019-07 or 2019-07-12\)"):
            period_start(wrong)
    with pytest.raises(ValueError, match="since 2020-01-01 is after until 2019-12-31"):
        Period.typed("2020", "2019")
    labels = {("2019", "2019"): "2019", ("2019-07", "2019-07"): "2019-07", ("2019-07-12", "2019-07-12"): "2019-07-12",
              ("2019-07", "2020-01"): "2019-07 – 2020-01", ("2019-07", "2019"): "2019-07 – 2019-12",
              ("2019", ""): "since 2019", ("", "2020-06"): "until 2020-06"}
    assert {k: Period.typed(*k).label for k in labels} == labels
    assert not Period.typed("", "") and Period.typed("2019", "").until is None
    july = Period.typed("2019-07", "2019-07")
    assert (Period.typed("2019-07", "2020-01").overlap(Period.year(2019)), july.within(Period.year(2019))) == (
        Period(date(2019, 7, 1), date(2019, 12, 31)), True)


def test_a_year_facet_narrows_typed_dates_and_selected_again_drops_them():
    state = SearchState(query="system").with_dates(Period.typed("2019-07", "2020-01"))
    assert state.filters() == {"prefix": True, "since": date(2019, 7, 1), "until": date(2020, 1, 31)}
    assert not state.selects("year", 2019) and not state.selects("year", 2020)
    in_2019 = state.toggled("year", 2019)
    assert in_2019.dates == Period(date(2019, 7, 1), date(2019, 12, 31)) and in_2019.selects("year", 2019)
    assert in_2019.toggled("year", 2019).dates is None and in_2019.cleared().dates is None
    assert ("Dates", "2019-07 – 2020-01") in state.describe()


def test_the_search_screen_takes_a_typed_date_range_and_says_so(empty_db: QuoteDB, workdir: Path):
    """The TUI filtered by year only: "July 2019 to January 2020" could not be asked."""
    _feed(empty_db, workdir)
    since, until = date(2019, 7, 1), date(2020, 1, 31)
    expected = [q.id for q in empty_db.search("system", since=since, until=until, prefix=True)]
    assert len(expected) == 2  # the 2020-12 and the undated quotes are not in it

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press(*"system")
            await settle(pilot)
            await _type_dates(pilot, "2019-07", "2020-01")
            assert type(app.screen).__name__ == "SearchScreen"
            assert app.screen.state.dates == Period(since, until)
            assert _rows(app) == expected
            status = _text(app.screen.query_one("#status"))
            assert "Quotes 1–2 of 2 · dates: 2019-07 – 2020-01" in status
            facets = app.screen.query_one(FacetList)
            # each year's count is what selecting it finds within the dates
            years = {v: n for v, n in app.screen.faceted[1].years}
            assert years == {2019: 1, 2020: 1}
            app.screen.post_message(FacetList.Selected("year", 2019))
            await settle(pilot)
            assert len(_rows(app)) == years[2019] and "dates: 2019-07 – 2019-12" in _text(app.screen.query_one("#status"))
            assert "● 2019" in _screen(app)
            app.screen.post_message(FacetList.Selected("year", 2019))  # again: no dates
            await settle(pilot)
            assert app.screen.state.dates is None and len(_rows(app)) == 3  # and the undated one
            assert facets is app.screen.query_one(FacetList)
            # the dialog opens on the dates there are; escape leaves them; "Any date" drops them
            await _type_dates(pilot, "2019", "2019")
            assert "dates: 2019 ·" in _text(app.screen.query_one("#status")) and len(_rows(app)) == 1
            await pilot.press("ctrl+f")
            await settle(pilot)
            assert (app.screen.query_one("#dates-since").value, app.screen.query_one("#dates-until").value) == ("2019", "2019")
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen.state.dates == Period.year(2019)
            await pilot.press("ctrl+f")
            await settle(pilot)
            await pilot.click("#dates-clear")
            await settle(pilot)
            assert app.screen.state.dates is None and len(_rows(app)) == 3

    run(scenario)


def test_the_dates_dialog_says_what_it_cannot_read_and_keeps_what_was_typed(empty_db: QuoteDB, workdir: Path):
    _feed(empty_db, workdir)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+f")
            await settle(pilot)
            await pilot.press(*"2019-13", "enter")
            await settle(pilot)
            dialog = app.screen
            assert isinstance(dialog, DatesScreen) and dialog.query_one("#dates-since").has_focus
            assert _text(dialog.query_one("#dates-message")).strip() == "not a date (2019, 2019-07 or 2019-07-12): '2019-13'"
            dialog.query_one("#dates-since").value = "2021"
            await pilot.press("tab", *"2020", "enter")
            await settle(pilot)
            assert app.screen is dialog and "since 2021-01-01 is after until 2020-12-31" in _text(dialog.query_one("#dates-message"))
            assert dialog.query_one("#dates-since").value == "2021"
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen.state.dates is None

    run(scenario)


def test_export_and_compare_keep_the_typed_dates(empty_db: QuoteDB, workdir: Path, monkeypatch):
    """The export dialog's "Same as:" command must write the same file; compare narrows its columns alike."""
    _feed(empty_db, workdir)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(160, 50)) as pilot:
            await settle(pilot)
            await _type_dates(pilot, "2019-07", "2020-01")
            await pilot.press("ctrl+o")
            await settle(pilot)
            assert isinstance(app.screen, CompareScreen)
            note = _text(app.screen.query_one("#compare-filters"))
            assert "Only quotes of the search's filters: dates: 2019-07 – 2020-01" in note
            assert [name for name, _ in app.screen.speakers] == ["Hulusi Akar"]  # Cavusoglu spoke in 2020-12 and undated
            await pilot.press("escape")
            await settle(pilot)
            await pilot.press("ctrl+s")
            await settle(pilot)
            app.screen.query_one("#export-path").value = "tui.csv"
            await settle(pilot)
            command = " ".join(_text(app.screen.query_one("#export-command")).removeprefix("Same as:").split())
            assert "Dates" in _text(app.screen.query_one("#export-filters"))
            await pilot.press("enter")
            await settle(pilot)
            return command

    command = asyncio.run(scenario())
    assert command == "quotes export --csv tui.csv --since=2019-07-01 --until=2020-01-31 --sort=relevance"
    argv = shlex.split(command)[1:]
    argv[argv.index("tui.csv")] = "cli.csv"
    monkeypatch.setenv("QUOTES_DB", str(workdir / "quotes.sqlite"))
    assert main(argv) == 0
    tui_csv, cli_csv = (workdir / "tui.csv").read_bytes(), (workdir / "cli.csv").read_bytes()
    assert tui_csv == cli_csv and tui_csv.count(b"\n") - 1 == 3


def test_since_and_until_take_a_year_or_a_month_on_the_command_line_and_in_python(db: QuoteDB, cli, tmp_path: Path):
    """As the TUI's dates dialog does: --since 2019-07 --until 2019-07 is July 2019."""
    _feed(db, tmp_path)
    status, out, _ = cli("search", "--since", "2019-07", "--until", "2019-07", "--format", "json")
    assert status == 0
    july = [json.loads(line)["id"] for line in out.splitlines()]
    assert sorted(json.loads(line)["published"] for line in out.splitlines()) == ["2019-07-12", "2019-07-30"]
    assert [q.id for q in db.search(since="2019-07", until="2019-07")] == july == [
        q.id for q in db.search(since=date(2019, 7, 1), until=date(2019, 7, 31))]
    assert db.count(until="2019") == 2 and db.facets(since="2020").years == ((2020, 2),)
    status, out, _ = cli("export", "--csv", "-", "--since", "2020")
    assert status == 0 and sorted(r["published"] for r in csv.DictReader(io.StringIO(out))) == ["2020-01-15", "2020-12-17"]
    status, _, err = cli("compare", "Hulusi Akar", "--until", "2019")
    assert status == 0
    status, _, err = cli("search", "--since", "2019-13")
    assert status == 1 and "not a date (2019, 2019-07 or 2019-07-12): '2019-13'" in err
    status, _, err = cli("search", "--since", "2020", "--until", "2019")
    assert status == 1 and "since 2020-01-01 is after until 2019-12-31" in err


# --- 2. ctrl+t charts whom the user chose -------------------------------------------------------


def test_ctrl_t_charts_the_speaker_facet_else_the_row_moved_to_else_says_what_to_do(empty_db: QuoteDB, workdir: Path):
    """At start-up the cursor is on the first row though the user never went there: ctrl+t charted
    that row's speaker (or, on an unattributed first row, refused)."""
    _feed(empty_db, workdir)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+t")
            await settle(pilot)
            assert type(app.screen).__name__ == "SearchScreen"
            assert [n.message for n in app._notifications] == [CHART_WHOM]
            await pilot.press("down", "down", "ctrl+t")  # to the results, then the second row
            await settle(pilot)
            assert isinstance(app.screen, TimelineScreen) and app.screen.speaker == "Hulusi Akar"
            await pilot.press("escape", "slash", *"sanctions")  # a new search: its first row is not chosen
            await settle(pilot)
            await pilot.press("ctrl+t")
            await settle(pilot)
            assert type(app.screen).__name__ == "SearchScreen"
            app.screen.post_message(FacetList.Selected("speaker", "Hulusi Akar"))
            await pilot.press("ctrl+u")  # every quote of the speaker
            await settle(pilot)
            await pilot.press("ctrl+t")
            await settle(pilot)
            assert isinstance(app.screen, TimelineScreen) and app.screen.speaker == "Hulusi Akar"

    run(scenario)


# --- 3. quotes versions --format ----------------------------------------------------------------


def test_quotes_versions_prints_csv_and_json_as_search_does(cli, tmp_path: Path):
    story = tmp_path / "story.txt"
    first = ("=1+1 Turkey says it will not retreat on S-400\n\n\"We will never back down,\" Foreign Minister Mevlut"
             " Cavusoglu said on Monday.\n\"The sanctions are a mistake that will harm our alliance,\" he added.\n")
    for text in (first, first.replace("not retreat", "not retreat, minister says")):
        story.write_text(text, encoding="utf-8")
        assert cli("ingest", "-q", str(story))[0] == 0
    status, out, _ = cli("versions", "2", "--format", "json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and [(r["document_id"], r["current"], r["superseded_by"], r["quotes"]) for r in rows] == [
        (1, False, 2, 2), (2, True, None, 2)]
    assert rows[0]["title"].startswith("=1+1 Turkey") and rows[0]["path"] == str(story) and rows[0]["ingested"]
    status, out, _ = cli("versions", "1", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert status == 0 and [(r["document_id"], r["current"]) for r in table] == [("1", "False"), ("2", "True")]
    assert table[0]["title"].startswith("'=1+1 Turkey")  # a spreadsheet does not run it
    status, out, err = cli("versions", "9", "--format", "json")
    assert (status, out) == (1, "") and "no document with id 9" in err


# --- 4. one more pass: seeds and BBC at 80x24 and 160x50 ----------------------------------------


def test_dates_that_leave_out_every_match_say_so_and_how_many_match_without_them(empty_db: QuoteDB, workdir: Path):
    """BBC texts carry no dates: "blair" with dates 2005 said only "No quotes match.", as if nobody had
    said it; the status did not even say which filters were on."""
    _feed(empty_db, workdir)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(160, 50)) as pilot:
            await settle(pilot)
            await pilot.press(*"meeting")  # the undated quote only
            await settle(pilot)
            await _type_dates(pilot, "2019", "2020")
            assert _rows(app) == []
            assert _text(app.screen.query_one("#status")).strip() == "No quotes match (dates: 2019 – 2020); 1 without the dates."
            app.screen.post_message(FacetList.Selected("speaker", "Hulusi Akar"))
            await settle(pilot)
            assert _text(app.screen.query_one("#status")).strip() == (
                "No quotes match (speaker: Hulusi Akar · dates: 2019 – 2020).")  # without the dates: none either

    run(scenario)


def test_the_command_line_says_how_many_match_without_the_dates(db: QuoteDB, cli, tmp_path: Path):
    _feed(db, tmp_path)
    status, _, err = cli("search", "meeting", "--since", "2019")
    assert status == 0 and err.splitlines()[1:] == [
        "none in these dates: without --since/--until, 1 quote match (a quote with no date is in no date range)"]
    status, _, err = cli("export", "--csv", "-", "--query", "meeting", "--speaker", "Hulusi Akar", "--until", "2021")
    assert status == 0 and "none in these dates" not in err


def test_the_timeline_says_which_inferred_alias_its_counts_take_in(empty_db: QuoteDB, workdir: Path):
    """The picker said "Rick Parry (2)" and the summary "3 undated": the quote filed under "Parry" (a
    surname alone, inferred to be him) was counted and listed, and nothing said so (the search status does)."""
    from test_speaker_links import FULL, SURNAME, _articles

    assert empty_db.ingest([_articles(workdir / "parry.jsonl", FULL, SURNAME)]).documents == 2
    alone = next(s.quotes for s in empty_db.speakers() if s.name == "Rick Parry")

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            app.screen.post_message(FacetList.Selected("speaker", "Rick Parry"))
            await settle(pilot)
            await pilot.press("ctrl+t")
            await settle(pilot)
            assert isinstance(app.screen, TimelineScreen)
            summary = _text(app.screen.query_one("#timeline-summary")).strip()
            assert summary.startswith("Rick Parry + Parry (inferred)  ")
            assert len(app.screen.query_one("#timeline-quotes").records) == empty_db.count(speaker="Rick Parry") > alone

    run(scenario)


def test_the_help_keeps_each_sentence_beside_its_key_at_80_columns(empty_db: QuoteDB):
    """The section titles sat in the keys column: "A quote card (compare, variants)" made it 36 cells wide
    and, at 80 columns, squeezed every sentence into 30 cells over two or three lines."""

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("f1")
            await settle(pilot)
            lines = _screen(app).splitlines()
            assert any("f1 / ?" in line and "Help: List every key binding." in line for line in lines)
            assert any("Search: Put the cursor in the search box:" in line for line in lines)

    run(scenario)


def test_variants_of_one_wording_say_so_rather_than_give_a_legend_for_marks_that_are_nowhere(empty_db: QuoteDB, workdir: Path):
    """BBC: three reports of "he would stand down before the next election ..." word for word, two
    attributions: the title said "the sources differ   added dropped against the first", which reads
    as if the wording differed."""
    _feed(empty_db, workdir)
    other = workdir / "other.jsonl"
    other.write_text(json.dumps({"outlet": "Wire", "url": "https://wire.example/x", "text": (
        "Ankara\n\n\"Sanctions will not change the course we have chosen,\" a ministry spokesman told the agency.\n")}) + "\n",
        encoding="utf-8")
    assert empty_db.ingest([str(other)]).ok
    (quote,) = [q for q in empty_db.search('"course we have chosen"') if q.speaker == "Mevlut Cavusoglu"]
    assert quote.sources == 2

    async def scenario():
        from tui.screens.variants import VariantsScreen

        app = QuotesApp(empty_db)
        async with app.run_test(size=(160, 50)) as pilot:
            await settle(pilot)
            app.push_screen(VariantsScreen(quote.id))
            await settle(pilot)
            title = " ".join(_text(app.screen.query_one("#variants-title")).split())
            assert "the sources differ on who said it; the same words in each" in title
            assert "against the first" not in title

    run(scenario)
