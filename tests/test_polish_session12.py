"""Session 12 polish (what review12 noted and left): ``QuoteDB.stats()`` counts current documents, the
TUI says how to leave a word out, hides a column the database has no value for, and a reported clause
does not end inside a quotation it opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability_support import BBC_CORPUS, NEEDS_BBC_CORPUS
from test_tui_fact_checker import _screen
from textual.widgets import Input
from tui_support import empty_db, run, settle, workdir  # noqa: F401 (fixtures)

from quotes import QuoteDB, extract
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


# --- reported clauses and quotation marks -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # BBC politics_007: trimming took the closing mark for an opening one and left 'a "hard right agenda'
        ("Tory co-chairman Liam Fox was speaking after Mr Blair told Labour members the Tories offered a"
         ' "hard right agenda".', 'the Tories offered a "hard right agenda"'),
        # BBC politics_390: the clause ended at the last partial quote's words, its closing mark after the stop
        ("Theresa May, shadow secretary for the family, told BBC Radio 4's Today programme that the government's"
         ' plans were "inadequate" and were "papering over the cracks of the current system".',
         'the government\'s plans were "inadequate" and were "papering over the cracks of the current system"'),
        # BBC tech_340: the closing mark after a comma closes the quotation too
        ('Another solution, to introduce IDN-disabled browsers could be a case of "throwing out the baby with the'
         ' bath water," he said.', 'a case of "throwing out the baby with the bath water,"'),
    ],
)
def test_a_reported_clause_ends_after_the_closing_mark_of_a_quotation_it_opens(sentence: str, clause: str):
    texts = [q.text for q in extract(sentence + "\n") if q.kind == "indirect"]
    assert any(t.endswith(clause) for t in texts), texts


def test_a_quotation_the_text_never_closes_is_left_open():
    """Seed 001: the article never closes "sovereign rights. (the paragraph ends): the clause keeps the
    words as written, up to the sentence end, rather than invent a mark or drop the quoted words."""
    sentence = "Cavusoglu also called the sanctions a \"unilateral move\" by the US that targets Turkey's \"sovereign rights."
    texts = [q.text for q in extract(sentence + "\n\n\nOn December 14, the US government announced it.\n") if q.kind == "indirect"]
    assert any(t.endswith('targets Turkey\'s "sovereign rights.') for t in texts), texts
