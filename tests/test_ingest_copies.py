"""A wire story republished word for word by another outlet: the text is stored once, and each outlet
that carried it is recorded as a publication of it, shown and counted as a source (it was a warning
that the second outlet's copy is not recorded)."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from quotes import QuoteDB
from quotes.results import Publication
from quotes.store.engine import open_backend

TEXT = '"We will cut taxes for every family," the finance minister, Jane Doe, said on Tuesday.'
AP = ("AP", "https://ap.example/1")
DAILY = ("Daily Example", "https://daily.example/x")


def _feed(path: Path, *outlets: tuple[str, str | None], text: str = TEXT) -> Path:
    path.write_text("".join(
        json.dumps({"text": text, "outlet": o, "url": u, "title": f"Taxes ({o})", "date": "2024-03-0" + str(i + 1)})
        + "\n"
        for i, (o, u) in enumerate(outlets)
    ))
    return path


def _pubs(db: QuoteDB, document_id: int = 1) -> list[tuple[str | None, str | None]]:
    return [(p.outlet, p.url) for p in db.publications(document_id)]


def test_a_copy_from_another_outlet_is_recorded_once_and_counted_as_a_source(db_url: str, tmp_path: Path):
    feed = _feed(tmp_path / "wire.jsonl", AP, DAILY)
    with QuoteDB(db_url) as db:
        report = db.ingest([feed])
        assert (report.documents, report.skipped, report.copies, report.failed, report.warnings) == (1, 1, 1, [], [])
        assert db.publications(1) == [
            Publication("AP", AP[1], f"{feed}:1", "Taxes (AP)", date(2024, 3, 1), "metadata", "metadata"),
            Publication("Daily Example", DAILY[1], f"{feed}:2", "Taxes (Daily Example)", date(2024, 3, 2), "metadata", "metadata"),
        ]
        (quote,) = db.search("taxes")
        assert quote.sources == 2 and quote.outlet == "AP"  # the document's own metadata: its first publication
        (variant,) = db.variants(quote.id)
        assert [(c.outlet, c.url) for c in variant.copies] == [DAILY]

        again = db.ingest([feed])  # the same file again (and from another folder): nothing new
        other = _feed(tmp_path / "elsewhere.jsonl", DAILY)
        assert (again.skipped, again.copies) == (2, 0) and db.ingest([other]).copies == 0
        assert _pubs(db) == [AP, DAILY] and db.get(quote.id).sources == 2


def test_the_same_article_again_or_a_copy_without_metadata_adds_no_source(db_url: str, tmp_path: Path):
    feed = _feed(tmp_path / "wire.jsonl", AP)
    same = _feed(tmp_path / "again.jsonl", ("ap", AP[1]), ("AP", None))  # another case; no URL
    (tmp_path / "copy.txt").write_text(TEXT)
    with QuoteDB(db_url) as db:
        assert db.ingest([feed]).documents == 1
        report = db.ingest([same, tmp_path / "copy.txt"])
        assert (report.skipped, report.copies, report.warnings) == (3, 0, [])
        assert _pubs(db) == [AP] and db.search("taxes")[0].sources == 1
        assert db.publications(99) == [] and db.publications(2**70) == []


def test_copies_count_with_the_other_documents_reporting_the_statement(db_url: str, tmp_path: Path):
    """AP's story, carried by Daily Example, and Reuters' own article quoting the same words: three sources,
    also once the totals are recomputed (as a reparse does)."""
    from quotes.store.stats import recompute_sources

    wire = _feed(tmp_path / "wire.jsonl", AP, DAILY)
    reuters = _feed(tmp_path / "reuters.jsonl", ("Reuters", "https://reuters.example/r"),
                    text="LONDON (Reuters) - " + TEXT + " Markets rose.")
    with QuoteDB(db_url) as db:
        assert db.ingest([wire, reuters]).copies == 1
        found = db.search("taxes")
        assert len(found) == 2 and {q.sources for q in found} == {3} and len({q.statement_id for q in found}) == 1
        variants = db.variants(found[0].id)
        assert [len(v.copies) for v in variants] == [1, 0]
    b = open_backend(db_url)
    try:
        with b.transaction():
            b.execute("UPDATE statements SET sources = 0")
            recompute_sources(b)
        assert b.scalar("SELECT sources FROM statements") == 3
    finally:
        b.close()


def test_a_version_8_database_gets_its_documents_as_publications(db_url: str, tmp_path: Path, seeds: Path):
    with QuoteDB(db_url) as db:
        assert db.ingest([seeds, _feed(tmp_path / "wire.jsonl", AP)]).documents == 6
        sources = {q.id: q.sources for q in db.iter_quotes()}
    b = open_backend(db_url)  # make it the version 8 schema: no publications table
    try:
        with b.transaction():
            b.execute("DROP TABLE publications")
            b.execute("UPDATE meta SET value = '8' WHERE key = 'schema_version'")
        documents = b.rows("SELECT id, outlet, url, path, title FROM documents ORDER BY id")
    finally:
        b.close()
    with QuoteDB(db_url) as db:
        assert [
            (d, p.outlet, p.url, p.path, p.title) for d, *_ in documents for p in db.publications(d)
        ] == [tuple(row) for row in documents]
        assert {q.id: q.sources for q in db.iter_quotes()} == sources
        assert db.ingest([_feed(tmp_path / "daily.jsonl", DAILY)]).copies == 1
        assert db.search("taxes")[0].sources == 2


def test_show_and_variants_name_the_other_outlet(cli, tmp_path: Path):
    feed = _feed(tmp_path / "wire.jsonl", AP, DAILY)
    status, out, err = cli("ingest", str(feed))
    assert status == 0 and err == ""
    assert out.startswith("1 document stored, 1 quote, 1 new speaker, 1 skipped (already stored;"
                          " 1 copy of stored texts recorded), 0 failed")
    status, out, _ = cli("show", "1")
    assert status == 0 and "reported by 2 sources (quotes variants 1)" in out
    # the URL and where the text was read from (it was the URL alone)
    assert f"source:     AP, 2024-03-01: Taxes (AP) (https://ap.example/1; {feed}:1)" in out
    assert f"also in:    Daily Example, 2024-03-02: Taxes (Daily Example) (https://daily.example/x; {feed}:2)" in out
    status, out, _ = cli("variants", "1")
    assert status == 0 and out.startswith("1 occurrence in 1 document, 2 sources (the same text published again)")
    assert f"  also in Daily Example, 2024-03-02: Taxes (Daily Example) (https://daily.example/x; {feed}:2)" in out


def test_the_outlet_filter_and_facets_count_every_outlet_that_carried_the_text(db_url: str, tmp_path: Path):
    """`--outlet "Daily Example"` finds the quote whose copy ran there, in every reader and on both totals."""
    from quotes.store.stats import recompute_counts

    wire = _feed(tmp_path / "wire.jsonl", AP, DAILY, ("daily example", "https://daily.example/y"))
    own = _feed(tmp_path / "own.jsonl", ("Daily Example", "https://daily.example/own"),
                text='"Rates will fall," the governor, John Roe, said.')
    with QuoteDB(db_url) as db:
        assert db.ingest([wire, own]).copies == 2
        for query in ("", "taxes"):
            found = {q.text for q in db.search(query, outlet="daily EXAMPLE")}
            assert ("We will cut taxes for every family," in found) and len(found) == (2 if not query else 1)
            assert db.count(query, outlet="Daily Example") == len(found)
            assert len(list(db.iter_quotes(query, outlet="Daily Example"))) == len(found)
            out = io.StringIO()
            assert db.export_csv(out, query=query, outlet="Daily Example") == len(found)
            assert dict(db.facets(query).outlets) == ({"AP": 1, "Daily Example": 2} if not query else {"AP": 1, "Daily Example": 1})
            assert dict(db.facets(query, kind="direct").outlets) == dict(db.facets(query).outlets)
        assert dict(db.facets("", outlet="AP").outlets) == {"AP": 1, "Daily Example": 1}
        assert db.count(outlet="AP") == 1 and db.count(outlet="Reuters") == 0
        before = db.facets().outlets
    b = open_backend(db_url)
    try:
        with b.transaction():
            recompute_counts(b)  # as a reparse does
    finally:
        b.close()
    with QuoteDB(db_url) as db:
        assert db.facets().outlets == before


def test_the_search_table_says_that_other_outlets_carried_a_quote(cli, tmp_path: Path):
    """`quotes search --outlet "Daily Example"` listed the quote under AP alone: it now reads "AP +1"."""
    feed = _feed(tmp_path / "wire.jsonl", AP, DAILY, ("daily example", "https://daily.example/y"))
    assert cli("ingest", str(feed))[0] == 0
    status, out, err = cli("search", "--outlet", "daily example")
    assert status == 0 and err.startswith("1 quote matches")
    header, row = out.splitlines()
    assert row[header.index("OUTLET"):header.index("KIND")].strip() == "AP +1"
