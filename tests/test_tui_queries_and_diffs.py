"""The search box and the variants screen on what a fact-checker types and compares: a lone '"' typed
to start a phrase emptied the result list; "he [Lord Goldsmith] said" and "he (Lord Goldsmith) said"
showed as the same wording."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rich.console import Console

from textual.widgets import Input, Static

from quotes import QuoteDB
from tui.app import QuotesApp
from tui.screens.variants import VariantsScreen
from tui.widgets.results import ResultsTable

from tui_support import SIZE, empty_db, run, seeded_db, settle, workdir  # noqa: F401 (fixtures)


def _rows(app: QuotesApp) -> list[int]:
    return [q.id for q in app.screen.query_one(ResultsTable).records.values()]


async def _on_row(pilot, quote_id: int, key: str) -> None:
    """Press ``key`` on the result row of ``quote_id``."""
    table = pilot.app.screen.query_one(ResultsTable)
    table.focus()
    table.move_cursor(row=table.get_row_index(str(quote_id)))
    await pilot.press(key)
    await settle(pilot)


def test_a_lone_quotation_mark_shows_every_quote_then_the_phrase_so_far(seeded_db: QuoteDB):
    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            everything = _rows(app)
            assert everything
            app.screen.query_one("#query", Input).focus()
            await pilot.press('"')
            await settle(pilot)
            assert _rows(app) == everything  # was: no row at all
            status = app.screen.query_one("#status", Static).content
            assert f"of {seeded_db.count('')}" in str(status)
            await pilot.press(*"clear")
            await settle(pilot)
            assert _rows(app) == [q.id for q in seeded_db.search('"clear', prefix=True)] != []

    run(scenario)


def test_variants_mark_an_editors_brackets(empty_db: QuoteDB, workdir: Path):
    said = "That's what he {} said and that's what I say. He has dealt with this time and time again,"
    (workdir / "goldsmith.jsonl").write_text("".join(
        json.dumps({"text": f'"{said.format(who)}" Tony Blair said.', "url": f"https://example.com/{i}",
                    "date": f"2005-04-2{i}"}) + "\n"
        for i, who in enumerate(("(Lord Goldsmith)", "[Lord Goldsmith]"))
    ))
    assert empty_db.ingest([workdir / "goldsmith.jsonl"]).documents == 2
    *_, first = empty_db.search("Goldsmith", sort="date")  # the older report

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await _on_row(pilot, first.id, "v")
            assert isinstance(app.screen, VariantsScreen)
            cards = list(app.screen.query(".variant"))
            assert len(cards) == 2
            text = cards[1].content
            added = [text.plain[s.start : s.end] for s in text.spans if s.style == "bold green"]
            dropped = [text.plain[s.start : s.end] for s in text.spans if s.style == "red strike"]
            assert (dropped, added) == (["(Lord Goldsmith)"], ["[Lord Goldsmith]"])

    run(scenario)


def test_a_speaker_filter_shows_the_inferred_alias_it_follows(empty_db: QuoteDB, workdir: Path):
    """Selecting "Rick Parry" also lists the quotes filed under "Parry" (a surname alone, inferred to be
    him): the status line says so, each row keeps its own speaker, the detail says why."""
    from test_speaker_links import FULL, SURNAME, _articles

    from tui.screens.detail import DetailScreen
    from tui.widgets.facets import FacetList

    assert empty_db.ingest([_articles(workdir / "parry.jsonl", FULL, SURNAME)]).documents == 2

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            app.screen.post_message(FacetList.Selected("speaker", "Rick Parry"))
            await settle(pilot)
            records = app.screen.query_one(ResultsTable).records.values()
            assert sorted(q.speaker for q in records) == ["Parry", "Rick Parry"]
            status = app.screen.query_one("#status", Static).content
            assert "speaker: Rick Parry + Parry (inferred)" in str(status)
            (surname,) = [q for q in records if q.speaker == "Parry"]
            await _on_row(pilot, surname.id, "enter")
            assert isinstance(app.screen, DetailScreen)
            console = Console(width=400, file=io.StringIO(), color_system=None)
            with console.capture() as capture:
                console.print(app.screen.query_one("#attribution", Static).content)
            assert "probably Rick Parry (inferred: quoted with the same people: Steve Morgan, Steven Gerrard)" in capture.get()

    run(scenario)


def test_the_year_facet_finds_a_text_by_the_year_a_copy_ran(empty_db: QuoteDB, workdir: Path):
    """AP ran the story on 31 December 2020, Daily Example on 2 January 2021: the 2021 facet counts it
    and selecting it lists it (it read only AP's date)."""
    from test_publication_dates import _feed

    from tui.widgets.facets import FacetList

    feed = _feed(workdir / "wire.jsonl", ("AP", "https://ap.example/1", "2020-12-31"),
                 ("Daily Example", "https://daily.example/x", "2021-01-02"))
    assert empty_db.ingest([feed]).copies == 1
    (quote,) = empty_db.search()

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            facets = app.screen.query_one(FacetList)
            assert {v for k, v in facets._values.items()} >= {("year", 2020), ("year", 2021)}
            app.screen.post_message(FacetList.Selected("year", 2021))
            await settle(pilot)
            assert _rows(app) == [quote.id]

    run(scenario)
