"""Session 12 review: a fact-checker working through the seeds and a BBC sample in the CLI, the TUI and the
Python API. Each test failed on eac22b8 (main at the start of the session)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_fact_checker_session10 import _feed
from test_fact_checker_session10_leftovers import _copy_of_the_undated_item, _years
from tui_support import empty_db, run, settle, workdir  # noqa: F401 (fixtures)

from quotes import QuoteDB
from tui.app import QuotesApp
from tui.widgets.facets import FacetList

# --- "quotes left out because they have no date": one QuoteDB method for the CLI and the TUI ------------


def test_undated_counts_what_any_dates_leave_out(db: QuoteDB, tmp_path: Path):
    """Was computed twice, as a difference of two counts, in the CLI's notes and in the TUI."""
    _feed(db, tmp_path)
    for query in ("", "system", "said", "sanctions"):
        assert db.undated(query) == db.count(query) - db.count(query, since=date.min) == db.facets(query).undated, query
        assert db.undated(query, since="2019", until="2019-07") == db.undated(query)  # its own dates are not applied
    assert db.undated("system", prefix=True) == 1
    _copy_of_the_undated_item(db, tmp_path)  # published again, dated, by another outlet
    assert db.undated("nothing decided") == 0
    assert db.undated("nothing decided", outlet="Wire") == 1  # that outlet's publication of it has no date
    with pytest.raises(TypeError, match="unexpected keyword argument 'speakers'"):
        db.undated("system", speakers="Akar")


def test_the_cli_and_the_tui_take_the_undated_count_from_quotedb(empty_db: QuoteDB, workdir: Path, monkeypatch, cli_main):
    _feed(empty_db, workdir)
    monkeypatch.setattr(QuoteDB, "undated", lambda self, query="", **filters: 7)
    err = cli_main("search", "system", "--since", "2019", "--db", str(workdir / "quotes.sqlite"))[2]
    assert "7 undated quotes left out: a quote with no date is in no date range" in err.splitlines(), err

    async def scenario():
        app = QuotesApp(empty_db)
        async with app.run_test(size=(140, 40)) as pilot:
            await settle(pilot)
            await pilot.press(*"system")
            await settle(pilot)
            app.screen.query_one(FacetList).post_message(FacetList.Selected("year", 2019))
            await settle(pilot)
            years = _years(app.screen.query_one(FacetList))
            assert ["undated", "(left", "out)", "7"] in years, years

    run(scenario)


@pytest.fixture
def cli_main(capsys: pytest.CaptureFixture[str]):
    """``quotes ARGS`` in this process: (exit status, stdout, stderr)."""
    from quotes.cli import main

    def run_cli(*args: str) -> tuple[int, str, str]:
        status = main(list(args))
        out, err = capsys.readouterr()
        return status, out, err

    return run_cli
