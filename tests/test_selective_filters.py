"""A full-text query with a filter that keeps few quotes (a month, a rarely quoted speaker) reads the
filter's quotes as a set each match is looked up in, instead of probing every match's columns: the
same quotes, in the same order, with the same counts and facets as a filter that keeps many."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from quotes.store.queries import Filters, matches_sql

SPEAKERS = ("John Roe", "Jane Poe", "Ann Lee", "Tom Fry")
SET = "+quotes_fts.rowid IN"


@pytest.fixture
def monthly(db, tmp_path: Path):
    """48 articles on taxes, one a month over 2020-2023, each quoting one of four people twice."""
    feed = tmp_path / "monthly.jsonl"
    rows = []
    for i in range(48):
        who = SPEAKERS[i % 4]
        text = (f'"Taxes will rise by {i} percent," {who} said on Monday.\n\n'
                f'"Nobody wants higher taxes in month {i}," {who.split()[-1]} added.\n')
        rows.append({"text": text, "outlet": "Example News", "url": f"https://news.example/{i}",
                     "date": f"{2020 + i // 12}-{i % 12 + 1:02d}-15"})
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert db.ingest([feed]).ok
    return db


def _strategy(db, query: str, **filters) -> bool:
    """Whether the filter's quotes are read as a set (SQLite)."""
    sql = matches_sql(db._b, Filters(query, **filters))[0]
    return SET in sql


@pytest.mark.parametrize("since, until, few", [
    ("2021-03-01", "2021-03-31", True),   # one month of 48
    ("2020-01-01", "2022-12-31", False),  # most of them
])
def test_a_date_range_finds_the_same_quotes_either_way(monthly, since: str, until: str, few: bool) -> None:
    if monthly.backend == "sqlite":
        assert _strategy(monthly, "taxes", since=since, until=until) is few
    everything = monthly.search("taxes", limit=None)
    expected = [q for q in everything if date.fromisoformat(since) <= q.published <= date.fromisoformat(until)]
    found = monthly.search("taxes", since=since, until=until, limit=None)
    assert [(q.id, q.rank) for q in found] == [(q.id, q.rank) for q in expected] and found
    assert monthly.count("taxes", since=since, until=until) == len(expected)
    assert sum(n for _, n in monthly.facets("taxes", since=since, until=until).kinds) == len(expected)
    page = monthly.search("taxes", since=since, until=until, limit=3, offset=1)
    assert [q.id for q in page] == [q.id for q in expected[1:4]]


def test_a_speaker_with_few_quotes_finds_the_same_quotes(monthly) -> None:
    if monthly.backend == "sqlite":
        assert _strategy(monthly, "taxes", speaker="Ann Lee")
        assert not _strategy(monthly, "taxes", kind="direct")  # most quotes are direct
    everything = monthly.search("taxes", limit=None)
    found = monthly.search("taxes", speaker="Ann Lee", limit=None)
    assert found and [q.id for q in found] == [q.id for q in everything if q.speaker == "Ann Lee"]
    assert monthly.count("taxes", speaker="Ann Lee") == len(found)
    assert dict(monthly.facets("taxes", speaker="Ann Lee").speakers) == {"Ann Lee": len(found)}
    assert monthly.search("taxes", speaker="Nobody Known") == []


def test_a_raw_query_fts5_refuses_still_says_why(monthly) -> None:
    from quotes.store.fts import QuerySyntaxError

    with pytest.raises(QuerySyntaxError):
        monthly.search('taxes AND "', raw=True, since="2021-03-01", until="2021-03-31")
