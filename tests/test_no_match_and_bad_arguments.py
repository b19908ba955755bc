"""Small things a scripter meets (session 8 review, "Left"): a search with no match prints no empty
table, a number given as a query is a TypeError that says so, `quotes compare` with a name that selects
nobody exits 1, and a date in the future is stored with a warning."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from quotes import QuoteDB
from quotes.cli import main


def test_a_search_with_no_match_prints_no_table_header(seeded: QuoteDB, capsys):
    assert main(["search", "zebra crossing", "--db", seeded.url]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("0 quotes match; showing none.")
    assert main(["search", '"clear signal"', "--db", seeded.url]) == 0
    assert capsys.readouterr().out.startswith("ID  DATE")


@pytest.mark.parametrize("method", ["search", "count", "facets", "iter_quotes", "export_csv"])
def test_a_number_as_a_query_is_a_type_error_that_says_so(seeded: QuoteDB, method: str, tmp_path: Path):
    call = getattr(seeded, method)
    with pytest.raises(TypeError, match=rf"QuoteDB.{method}\(\) query must be a string, not int"):
        if method == "export_csv":
            call(tmp_path / "x.csv", query=2005)
        else:
            list(call(2005)) if method == "iter_quotes" else call(2005)
    assert seeded.search(None) == seeded.search("")  # None is no query, as documented


def test_compare_with_a_name_that_selects_nobody_exits_1(seeded: QuoteDB, capsys):
    assert main(["compare", "Nobody", "Pompeo", "--db", seeded.url]) == 1
    out = capsys.readouterr().out
    assert out.startswith("== Nobody: ") and "== Pompeo (Mike Pompeo): " in out  # the others still shown
    assert main(["compare", "Erdogan", "Pompeo", "--db", seeded.url]) == 0


def test_a_date_in_the_future_is_stored_as_given_with_a_warning(db: QuoteDB, tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    tomorrow = date.today() + timedelta(days=1)  # today somewhere: no warning
    feed.write_text("".join(json.dumps({"text": f'"We will win {d}," the coach said.', "date": str(d)}) + "\n"
                            for d in ("2099-01-01", tomorrow, "2020-12-17")))
    report = db.ingest(feed)
    assert report.documents == 3
    assert [(w.path, w.reason) for w in report.warnings] == [
        (f"{feed}:1", "dated 2099-01-01, in the future: stored as given (check the source's date)")
    ]
    assert sorted(q.published for q in db.search(limit=None)) == [date(2020, 12, 17), tomorrow, date(2099, 1, 1)]
