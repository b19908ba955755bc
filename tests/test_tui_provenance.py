"""What a fact-checker needs on screen: each source's own attribution, and where the quote lies in its text."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.widgets import Static
from tui_support import SIZE, empty_db, run, seeded_db, settle, workdir  # noqa: F401 (fixtures)

from quotes import QuoteDB
from tui.app import QuotesApp
from tui.screens.detail import DetailScreen
from tui.screens.variants import VariantsScreen

ERDOGAN = 'Ankara, 14 December.\n\n"We will not give up the S-400 whatever the pressure from Washington," Erdogan said.\n'
OFFICIAL = 'Ankara, 15 December.\n\n"We will not give up the S-400 whatever the pressure from Washington," an official said.\n'


def _plain(widget: Static) -> str:
    console = Console(width=400, file=io.StringIO(), color_system=None)
    with console.capture() as capture:
        console.print(widget.content)
    return capture.get()


def _two_sources_disagree_on_the_speaker(db: QuoteDB, folder: Path) -> int:
    """One statement reported by two articles, one naming Erdogan, one 'an official'; the second's id."""
    for name, text in (("a.txt", ERDOGAN), ("b.txt", OFFICIAL)):
        (folder / name).write_text(text, encoding="utf-8")
    assert db.ingest([str(folder / "a.txt"), str(folder / "b.txt")]).ok
    first, second = (v.quote for v in db.variants(1))
    assert first.speaker == "Recep Tayyip Erdogan" and second.speaker is None and second.mention == "an official"
    return second.id


def test_variants_show_whom_each_source_names_as_the_speaker(empty_db: QuoteDB, workdir: Path):
    official = _two_sources_disagree_on_the_speaker(empty_db, workdir)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await app.push_screen(VariantsScreen(official))
            await settle(pilot)
            title = " ".join(_plain(app.screen.query_one("#variants-title", Static)).split())
            # was "2 occurrences of a statement by Recep Tayyip Erdogan": b.txt names no one
            assert "by Recep Tayyip Erdogan or an official (speaker not identified); the sources differ" in title
            cards = list(app.screen.query(".variant"))
            assert [str(c.border_title).split(" · ")[0] for c in cards] == [
                "Recep Tayyip Erdogan",
                "an official (speaker not identified)",
            ]

    run(scenario)


def test_also_reported_by_says_whom_the_other_source_names(empty_db: QuoteDB, workdir: Path):
    official = _two_sources_disagree_on_the_speaker(empty_db, workdir)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=SIZE) as pilot:
            await app.push_screen(DetailScreen(official))
            await settle(pilot)
            also = _plain(app.screen.query_one("#also", Static))
            assert "a.txt" in also and "— Recep Tayyip Erdogan" in also

    run(scenario)


def test_the_detail_shows_where_the_quote_lies_in_its_document(seeded_db: QuoteDB):
    (quote,) = seeded_db.search('"clear signal"', limit=1)

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await app.push_screen(DetailScreen(quote.id))
            await settle(pilot)
            source = _plain(app.screen.query_one("#source", Static))
            # `quotes show` prints them; the TUI did not
            assert f"{quote.start}–{quote.end} in document {quote.document_id}" in source

    run(scenario)


def test_compare_says_which_quotes_are_the_speakers_words_and_which_a_paraphrase(seeded_db: QuoteDB):
    from tui.screens.compare import CompareScreen

    quotes = seeded_db.compare(["Mike Pompeo"], query="Russian")["Mike Pompeo"]
    assert {q.kind for q in quotes} >= {"partial", "indirect"}

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await app.push_screen(CompareScreen("Russian"))
            await settle(pilot)
            column = next(c for c in app.screen.query(".column") if "Mike Pompeo" in _plain(c.query_one(".column-title")))
            cards = [_plain(c) for c in column.query(".quote-card")]
            assert len(cards) == len(quotes)
            for card, q in zip(cards, quotes):  # was "2020-12-14 · <title>": no kind
                assert f" · {q.kind} · " in " ".join(card.split())

    run(scenario)


def test_the_compare_command_shows_each_quotes_kind(seeded_db: QuoteDB, monkeypatch, capsys):
    from test_cli_store import _run_main

    monkeypatch.setenv("QUOTES_DB", seeded_db.url)
    status, out, _ = _run_main(capsys, "compare", "Mike Pompeo", "--query", "Russian")
    assert status == 0
    rows = out.splitlines()[1:]
    assert rows[0].split() == ["ID", "DATE", "OUTLET", "KIND", "QUOTE"]  # was no KIND
    for q in seeded_db.compare(["Mike Pompeo"], query="Russian")["Mike Pompeo"]:
        shown = [str(q.id), str(q.published), q.kind] if q.published else [str(q.id), q.kind]  # undated: blank
        assert any(line.split()[: len(shown)] == shown for line in rows[1:])


def test_a_paraphrase_is_copied_without_quotation_marks(seeded_db: QuoteDB):
    (quote,) = [q for q in seeded_db.search("regiment", kind="indirect") if q.speaker][:1]

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=SIZE) as pilot:
            await app.push_screen(DetailScreen(quote.id))
            await settle(pilot)
            await pilot.press("c")
            # was “<the reporter's paraphrase>” — <speaker>: pasted into a story, it reads as the speaker's words
            assert app.clipboard.startswith(f"Reported, not quoted: {quote.text} — {quote.speaker}, ")
            assert "“" + quote.text not in app.clipboard

    run(scenario)


def test_an_80_column_status_line_shows_the_active_speaker_filter(seeded_db: QuoteDB):
    from tui.widgets.facets import FacetList

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press(*"sanctions")
            await settle(pilot)
            app.screen.query_one(FacetList).focus()
            await pilot.press("down", "enter")  # the most quoted speaker on the topic
            await settle(pilot)
            speaker = seeded_db.facets("sanctions", prefix=True).speakers[0][0]
            shown = "\n".join(s.text for s in app.screen._compositor.render_strips())
            # was "Quotes 1–4 of 4 · sorted by relevance · speaker:" and the name past the edge
            assert f"Quotes 1–{seeded_db.count('sanctions', speaker=speaker)} of" in shown
            assert f"· speaker: {speaker}" in shown

    run(scenario)


def _wire_story_carried_by_a_second_outlet(db: QuoteDB, workdir: Path) -> None:
    """ERDOGAN from AP, and the same text from Daily Example: one document, two publications."""
    import json

    feed = workdir / "wire.jsonl"
    feed.write_text("".join(
        json.dumps({"text": ERDOGAN, "outlet": outlet, "url": url}) + "\n"
        for outlet, url in (("AP", "https://ap.example/1"), ("Daily Example", "https://daily.example/x"))
    ))
    assert db.ingest([str(feed)]).copies == 1


def test_also_reported_by_lists_another_outlet_that_published_the_same_text(empty_db: QuoteDB, workdir: Path):
    """A wire story carried word for word by a second outlet: one document, two sources."""
    _wire_story_carried_by_a_second_outlet(empty_db, workdir)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=SIZE) as pilot:
            await app.push_screen(DetailScreen(1))
            await settle(pilot)
            also = _plain(app.screen.query_one("#also", Static))
            assert "Daily Example" in also and "https://daily.example/x" in also and "— Recep Tayyip Erdogan" in also
            assert "AP" not in also  # the quote's own source
            await app.push_screen(VariantsScreen(1))
            await settle(pilot)
            (card,) = app.screen.query(".variant")
            assert "also in Daily Example" in str(card.border_subtitle)

    run(scenario)


def test_the_results_table_says_that_other_outlets_carried_a_quote(empty_db: QuoteDB, workdir: Path):
    """Filtered by "Daily Example", the row read "AP" alone; it reads "AP +1" (the detail names them)."""
    from tui.screens.search import SearchScreen
    from tui.widgets.facets import FacetList
    from tui.widgets.results import ResultsTable

    _wire_story_carried_by_a_second_outlet(empty_db, workdir)

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(140, 30)) as pilot:
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, SearchScreen)
            screen.post_message(FacetList.Selected("outlet", "Daily Example"))  # the copy's outlet
            await settle(pilot)
            table = screen.query_one(ResultsTable)
            outlets = {str(table.get_cell(key, "outlet")) for key in table.records}
            assert table.records and outlets == {"AP +1"}

    run(scenario)


def test_a_narrow_results_table_marks_the_speakers_words_apart_from_a_paraphrase(seeded_db: QuoteDB):
    """At 80 columns the Kind column gives way: a paraphrase and a direct quote looked alike."""
    from tui.widgets.results import ResultsTable

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press(*"sanctions")
            await settle(pilot)
            table = app.screen.query_one(ResultsTable)
            assert "kind" not in table.column_layout()[0]
            cells = {q.kind: str(table.get_cell(key, "quote")) for key, q in table.records.items()}
            assert {"direct", "indirect"} <= set(cells)
            assert cells["direct"].startswith("“") and cells["direct"].endswith("”")
            assert not cells["indirect"].startswith("“")

    run(scenario)


def test_variants_say_whether_a_statement_is_repeated_in_one_article_or_reported_by_several(seeded_db: QuoteDB):
    # Erdogan's "Turkey and Russia is/are taking many steps/measures", twice in the same seed article
    (repeated,) = seeded_db.search('"taking many measures"', limit=1)
    assert {v.quote.document_id for v in seeded_db.variants(repeated.id)} == {repeated.document_id}
    (reported,) = seeded_db.search('"clear signal"', kind="partial", limit=1)

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(80, 24)) as pilot:
            titles = []
            for quote_id in (repeated.id, reported.id):
                await app.push_screen(VariantsScreen(quote_id))
                await settle(pilot)
                titles.append(" ".join(_plain(app.screen.query_one("#variants-title", Static)).split()))
                app.pop_screen()
                await settle(pilot)
            # was "2 occurrences of a statement by Recep Tayyip Erdogan" for both: one article or two?
            assert titles[0].startswith("2 occurrences in 1 document: a statement by Recep Tayyip Erdogan")
            assert titles[1].startswith("2 occurrences in 2 documents: a statement by Mike Pompeo")

    run(scenario)


def test_a_single_occurrence_shows_no_diff_legend(seeded_db: QuoteDB):
    single = next(q for q in seeded_db.search(limit=None) if len(seeded_db.variants(q.id)) == 1)

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await app.push_screen(VariantsScreen(single.id))
            await settle(pilot)
            title = " ".join(_plain(app.screen.query_one("#variants-title", Static)).split())
            assert title.startswith("1 occurrence in 1 document: a statement by ")
            assert "against the first" not in title  # was "added dropped against the first", nothing to compare

    run(scenario)


def test_the_detail_says_where_the_date_and_the_title_came_from(seeded_db: QuoteDB):
    # Seed 001 opens with "17 December 2020" on a line of its own; seed 000 gives no date a fact-checker could trust.
    dated = next(q for q in seeded_db.search('"clear signal"') if q.published)
    undated = next(q for q in seeded_db.iter_quotes() if q.path and "000_" in q.path)

    async def scenario():
        app = QuotesApp(seeded_db)
        async with app.run_test(size=(100, 40)) as pilot:
            for quote, date_line in (
                (dated, "Date        2020-12-17, from a date line at the top of the text"),
                (undated, "Date        none: the source gave no date and no date line opens the text"),
            ):
                await app.push_screen(DetailScreen(quote.id))
                await settle(pilot)
                source = _plain(app.screen.query_one("#source", Static))
                assert date_line in source
                assert "Title from  a guess: the text's first meaningful line" in source
                app.pop_screen()
                await settle(pilot)

    run(scenario)
