"""The date filters read every publication of a text: AP ran a wire story on 2020-12-17 and Daily
Example the same text on 2020-12-18; `--since 2020-12-18` found nothing, nor did
`--outlet "Daily Example" --since 2020-12-18` (only the first publication's date was read).
A quote matches a date range when one of its publications falls in it, and outlet and date
filters must match the same publication."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

from quotes import QuoteDB
from quotes.store.engine import open_backend

TEXT = '"We will cut taxes for every family," the finance minister, Jane Doe, said on Tuesday.'
OTHER = '"Rates will fall next year," the governor, John Roe, said.'


def _feed(path: Path, *pubs: tuple[str, str, str | None], text: str = TEXT) -> Path:
    """A .jsonl of one text published by each (outlet, url, date)."""
    path.write_text("".join(
        json.dumps({"text": text, "outlet": o, "url": u, "title": f"Taxes ({o})", "date": d}) + "\n" for o, u, d in pubs
    ))
    return path


AP = ("AP", "https://ap.example/1", "2020-12-17")
DAILY = ("Daily Example", "https://daily.example/x", "2020-12-18")
LATE = ("Evening Post", "https://post.example/z", "2021-01-04")


def _texts(db: QuoteDB, query: str = "", **filters) -> set[str]:
    found = {q.text for q in db.search(query, limit=None, **filters)}
    # every reader of the filters agrees
    assert db.count(query, **filters) == len(found)
    assert {q.text for q in db.iter_quotes(query, **filters)} == found
    out = io.StringIO()
    assert db.export_csv(out, query=query, **filters) == len(found)
    return found


def test_a_quote_matches_a_date_range_when_one_of_its_publications_falls_in_it(db_url: str, tmp_path: Path):
    wire = _feed(tmp_path / "wire.jsonl", AP, DAILY, LATE)
    own = _feed(tmp_path / "own.jsonl", ("Daily Example", "https://daily.example/own", "2020-12-17"), text=OTHER)
    with QuoteDB(db_url) as db:
        assert db.ingest([wire, own]).copies == 2
        taxes = "We will cut taxes for every family,"
        rates = "Rates will fall next year,"
        for query in ("", "taxes OR rates"):
            raw = bool(query)
            assert _texts(db, query, since="2020-12-18", raw=raw) == {taxes}
            assert _texts(db, query, since="2020-12-18", until="2020-12-18", raw=raw) == {taxes}
            assert _texts(db, query, until="2020-12-16", raw=raw) == set()
            assert _texts(db, query, since="2021-01-01", raw=raw) == {taxes}
            # outlet and date match one publication together
            assert _texts(db, query, outlet="Daily Example", since="2020-12-18", raw=raw) == {taxes}
            assert _texts(db, query, outlet="Daily Example", until="2020-12-17", raw=raw) == {rates}
            assert _texts(db, query, outlet="AP", since="2020-12-18", raw=raw) == set()  # AP ran it on the 17th
            assert _texts(db, query, outlet="Evening Post", until="2020-12-31", raw=raw) == set()
            assert _texts(db, query, outlet="Evening Post", since="2021-01-04", raw=raw) == {taxes}
            assert _texts(db, query, outlet="AP", since="2020-12-17", until="2020-12-17", raw=raw) == {taxes}
        (found,) = db.search(since="2020-12-18")
        assert (found.outlet, found.published) == ("AP", date(2020, 12, 17))  # its first publication
        assert [(p.outlet, p.published) for p in found.other_publications] == [
            ("Daily Example", date(2020, 12, 18)), ("Evening Post", date(2021, 1, 4))
        ]
        assert db.get(found.id) == found and db.variants(found.id)[0].quote == found
        # the year facet counts the quote in each year it was published, as selecting the year finds it
        assert dict(db.facets().years) == {2020: 2, 2021: 1}
        assert dict(db.facets("taxes").years) == {2020: 1, 2021: 1}
        assert dict(db.facets(since="2021-01-01", until="2021-12-31").years) == {2020: 1, 2021: 1}
        before = db.facets()
    b = open_backend(db_url)
    try:
        from quotes.store.stats import recompute_counts

        with b.transaction():
            recompute_counts(b)  # as a reparse does
    finally:
        b.close()
    with QuoteDB(db_url) as db:
        assert db.facets() == before


def test_a_dated_copy_of_an_undated_text_is_found_by_date_and_charted(db_url: str, tmp_path: Path):
    """The first publication has no date; its copy does: the date filter and the timeline use the copy's."""
    wire = _feed(tmp_path / "wire.jsonl", ("AP", "https://ap.example/1", None), DAILY)
    with QuoteDB(db_url) as db:
        assert db.ingest([wire]).copies == 1
        assert [q.published for q in db.search(since="2020-12-01")] == [None]
        assert db.timeline("Jane Doe", by="day") == [(date(2020, 12, 18), 1)]
        assert dict(db.facets().years) == {2020: 1}


def test_the_timeline_counts_a_quote_once_at_its_first_date(db_url: str, tmp_path: Path):
    wire = _feed(tmp_path / "wire.jsonl", DAILY, AP, LATE)  # ingested in another order: Daily Example's first
    with QuoteDB(db_url) as db:
        assert db.ingest([wire]).copies == 2
        assert db.timeline("Jane Doe", by="day") == [(date(2020, 12, 17), 1)]
        assert db.timeline("Jane Doe") == [(date(2020, 12, 1), 1)]


def test_the_export_carries_every_other_publication(cli, tmp_path: Path):
    wire = _feed(tmp_path / "wire.jsonl", AP, DAILY, LATE)
    own = _feed(tmp_path / "own.jsonl", ("Daily Example", "https://daily.example/own", "2020-12-17"), text=OTHER)
    assert cli("ingest", str(wire), str(own))[0] == 0
    status, out, err = cli("export", "--csv", "-", "--since", "2020-12-18")
    assert status == 0, err
    (row,) = csv.DictReader(io.StringIO(out))
    assert (row["outlet"], row["published"]) == ("AP", "2020-12-17")
    assert row["other_publications"] == (
        "Daily Example, 2020-12-18, https://daily.example/x\nEvening Post, 2021-01-04, https://post.example/z"
    )
    status, out, _ = cli("export", "--csv", "-", "--until", "2020-12-17", "--outlet", "daily example")
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["other_publications"] == "" and row["text"].startswith("Rates")
    status, out, _ = cli("search", "--since", "2020-12-18", "--format", "json")
    (obj,) = map(json.loads, out.splitlines())
    assert [(p["outlet"], p["url"], p["published"], p["title"]) for p in obj["other_publications"]] == [
        ("Daily Example", "https://daily.example/x", "2020-12-18", "Taxes (Daily Example)"),
        ("Evening Post", "https://post.example/z", "2021-01-04", "Taxes (Evening Post)"),
    ]
    status, out, err = cli("search", "--outlet", "Daily Example", "--since", "2020-12-18")
    assert status == 0 and err.startswith("1 quote matches")
