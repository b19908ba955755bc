"""Session 12 polish (what review12 noted and left): ``QuoteDB.stats()`` counts current documents, the
TUI says how to leave a word out, hides a column the database has no value for, and a reported clause
does not end inside a quotation it opens."""

from __future__ import annotations

from pathlib import Path

from reliability_support import BBC_CORPUS, NEEDS_BBC_CORPUS
from test_tui_fact_checker import _screen
from textual.widgets import Input
from tui_support import empty_db, run, settle, workdir  # noqa: F401 (fixtures)

from quotes import QuoteDB
from tui.app import QuotesApp
from tui.widgets.results import ResultsTable

STORY = (
    "Turkey says it will not retreat on S-400\n\n"
    '"We will never back down," Foreign Minister Mevlut Cavusoglu said on Monday.\n'
)


def test_stats_counts_an_edited_article_once_and_its_earlier_versions_apart(db_url: str, tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    with QuoteDB(db_url) as db:
        db.ingest(story)
        assert db.stats()["documents"] == 1 and db.stats()["superseded"] == 0
        story.write_text(STORY.replace("will not retreat", "will not retreat, minister says"))
        db.ingest(story)
        assert len(db.versions(1)) == 2
        stats = db.stats()
        assert (stats["documents"], stats["superseded"], stats["quotes"]) == (1, 1, 1)


# --- the TUI ----------------------------------------------------------------------------------------------


def test_the_search_box_and_the_help_say_how_to_leave_a_word_out(empty_db: QuoteDB):
    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(140, 30)) as pilot:
            await settle(pilot)
            assert "-word to leave out" in str(app.screen.query_one("#query", Input).placeholder)
            await pilot.press("f1")
            await settle(pilot)
            assert "-word leaves a word out" in _screen(app)

    run(scenario)


def _bbc_articles(path: Path, n: int) -> Path:
    """The first ``n`` BBC articles as a feed of bare texts: no outlet, no date (as the BBC ingest)."""
    with BBC_CORPUS.open(encoding="utf-8") as corpus:
        lines = [line for line, _ in zip(corpus, range(n))]
    path.write_text("".join(lines), encoding="utf-8")
    return path


@NEEDS_BBC_CORPUS[1]
def test_results_leave_out_the_columns_the_whole_database_has_no_value_for(empty_db: QuoteDB, workdir: Path):
    """BBC texts have no outlet and no date: the two empty columns kept 22 cells and squeezed the quote."""
    assert empty_db.ingest(_bbc_articles(workdir / "bbc.jsonl", 20)).ok

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(140, 30)) as pilot:
            await settle(pilot)
            table = app.screen.query_one(ResultsTable)
            assert table.row_count and all(not q.outlet and not q.published for q in table.records.values())
            columns, width = table.column_layout()
            assert columns == ("speaker", "kind", "quote", "sources") and width > 60  # was 39
            await pilot.press("ctrl+n")  # another page: the same columns
            await settle(pilot)
            assert table.column_layout() == (columns, width)
            assert empty_db.ingest(["seeds"]).ok  # dated texts (no outlet): after an ingest the date column is back
            app.screen.reload()
            await settle(pilot)
            assert table.column_layout()[0] == ("speaker", "kind", "quote", "date", "sources")

    run(scenario)
