"""Where a document's date and title came from, and what ``quotes reparse`` does with them.

The defect: a database made before the date rule changed (f9532ef) dated seed 000 by the
sanctions' date in its body (2020-12-14) and seed 004 by an event's (2020-12-15), 55 of the 93
seed quotes dated (56 of 94 until session 11 read seed 004's "Time will show ..." as no one's
words); a fresh ingest dates 18 (only seed 001 opens with a date line). Reparse, which the README
prescribes after an upgrade, kept the old dates: the store did not know they were guesses.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

from quotes import QuoteDB
from quotes.store.engine import open_backend
from quotes.store.stats import recompute_counts

# What quotes at schema 9 with the earlier date rule (f9532ef^) stored for the seeds, checked
# against a database it made: the first full date written in the text, else none.
OLD_DATES = {"000_": date(2020, 12, 14), "004_": date(2020, 12, 15)}


def _document_ids(db: QuoteDB) -> dict[str, int]:
    return {Path(r.path).name[:4]: r.document_id for r in db.iter_quotes()}


def _dated_quotes(db: QuoteDB) -> int:
    return sum(r.published is not None for r in db.iter_quotes())


def make_old_database(url: str, seeds: Path) -> dict[str, int]:
    """The seeds as quotes at schema 9 stored them before f9532ef: no provenance columns, and the
    body dates the earlier rule took, on the documents, their publications and their quotes."""
    with QuoteDB(url) as db:
        assert db.ingest([seeds]).ok
        ids = _document_ids(db)
    b = open_backend(url)
    with b.transaction():
        for prefix, old in OLD_DATES.items():
            for table, key in (("documents", "id"), ("publications", "document_id"), ("quotes", "document_id")):
                b.execute(f"UPDATE {table} SET published = :p WHERE {key} = :d", {"p": old.isoformat(), "d": ids[prefix]})
        for table in ("documents", "publications"):
            for column in ("dated_by", "titled_by"):
                b.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        recompute_counts(b)  # the year facet the old dates gave
        b.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'")
    b.close()
    return ids


def test_ingest_records_where_each_date_and_title_came_from(db_url, tmp_path):
    (tmp_path / "sidecar.txt").write_text('Body. "We will not back down," Mr Demir said on 11 September 2001.\n')
    (tmp_path / "sidecar.json").write_text(json.dumps({"title": "Demir holds firm", "published": "2020-12-16"}))
    (tmp_path / "dateline.txt").write_text(
        "Turkey says it does not intend to retreat\n\n17 December 2020\n\n"
        '"There is no question of it," Mr Cavusoglu said.\n'
    )
    (tmp_path / "body-date.txt").write_text(
        'Ankara answers the sanctions\n\nOn 14 December 2020 Washington acted. "A grave mistake," Mr Kalin said.\n'
    )
    with QuoteDB(db_url) as db:
        assert db.ingest([tmp_path]).ok
        got = {Path(r.path).stem: (r.published, r.dated_by, r.title, r.titled_by) for r in db.iter_quotes()}
        pubs = [p for d in {r.document_id for r in db.iter_quotes()} for p in db.publications(d)]
    assert got == {
        "sidecar": (date(2020, 12, 16), "metadata", "Demir holds firm", "metadata"),
        "dateline": (date(2020, 12, 17), "dateline", "Turkey says it does not intend to retreat", "text"),
        "body-date": (None, None, "Ankara answers the sanctions", "text"),  # an event's date is no publication date
    }
    assert sorted((p.dated_by or "", p.titled_by) for p in pubs) == [("", "text"), ("dateline", "text"), ("metadata", "metadata")]


def test_reparse_derives_again_the_dates_an_older_quotes_guessed(db_url, seeds):
    ids = make_old_database(db_url, seeds)
    with QuoteDB(db_url) as db:  # migrated: the old guesses are marked as such, nothing else changes yet
        per_doc = {d: sum(r.document_id == d for r in db.iter_quotes()) for d in ids.values()}
        assert _dated_quotes(db) == per_doc[ids["000_"]] + per_doc[ids["001_"]] + per_doc[ids["004_"]] == 55
        by_doc = {r.document_id: r for r in db.iter_quotes()}
        assert {p: (by_doc[d].published, by_doc[d].dated_by) for p, d in ids.items() if by_doc[d].published} == {
            "000_": (date(2020, 12, 14), "text"), "001_": (date(2020, 12, 17), "dateline"), "004_": (date(2020, 12, 15), "text"),
        }
        assert {r.titled_by for r in by_doc.values()} == {"text"}  # every seed's title is its first line
        assert dict(db.facets().years) == {2020: 55}

        report = db.reparse()
        assert report.ok and report.removed == 0 and (report.redated, report.retitled) == (2, 0)
        assert _dated_quotes(db) == per_doc[ids["001_"]] == 18  # as a fresh ingest dates them
        assert db.count(since=date(2020, 12, 14), until=date(2020, 12, 15)) == 0
        assert dict(db.facets().years) == {2020: 18}
        dated = {r.document_id: r.dated_by for r in db.iter_quotes()}
        assert dated[ids["000_"]] is None and dated[ids["004_"]] is None and dated[ids["001_"]] == "dateline"
        assert [(p.published, p.dated_by) for p in db.publications(ids["004_"])] == [(None, None)]
        assert [(p.published, p.dated_by) for p in db.publications(ids["001_"])] == [(date(2020, 12, 17), "dateline")]
        assert (db.reparse().redated, _dated_quotes(db)) == (0, 18)  # nothing left to correct


def test_reparse_keeps_what_the_metadata_gave(db_url, tmp_path):
    # The sidecar's date is also written in the body: a migrated database cannot tell it from a guess,
    # but one that recorded its provenance keeps it.
    (tmp_path / "a.txt").write_text(
        'Kalin answers\n\nOn 14 December 2020 Washington acted. "A grave mistake," Mr Kalin said.\n'
    )
    (tmp_path / "a.json").write_text(json.dumps({"title": "Kalin: a grave mistake", "published": "2020-12-14"}))
    (tmp_path / "b.txt").write_text('An old guess of a title\n\n"We are ready," Mr Akar said.\n')
    with QuoteDB(db_url) as db:
        assert db.ingest([tmp_path]).ok
        ids = {Path(r.path).stem: r.document_id for r in db.iter_quotes()}
    b = open_backend(db_url)
    with b.transaction():  # what an older guess_title might have stored, marked as a guess
        b.execute("UPDATE documents SET title = 'An old guess' WHERE id = :d", {"d": ids["b"]})
        b.execute("UPDATE publications SET title = 'An old guess' WHERE document_id = :d", {"d": ids["b"]})
    b.close()
    with QuoteDB(db_url) as db:
        report = db.reparse()
        assert report.ok and (report.redated, report.retitled) == (0, 1)
        got = {Path(r.path).stem: (r.published, r.dated_by, r.title, r.titled_by) for r in db.iter_quotes()}
        pubs = {stem: [(p.published, p.title) for p in db.publications(d)] for stem, d in ids.items()}
    assert got == {
        "a": (date(2020, 12, 14), "metadata", "Kalin: a grave mistake", "metadata"),
        "b": (None, None, "An old guess of a title", "text"),
    }
    assert pubs == {"a": [(date(2020, 12, 14), "Kalin: a grave mistake")], "b": [(None, "An old guess of a title")]}


def test_show_and_the_export_say_where_the_date_and_the_title_came_from(db_url, tmp_path, capsys, monkeypatch):
    from quotes.cli import main

    (tmp_path / "a.txt").write_text('Kalin answers\n\n"A grave mistake," Mr Kalin said.\n')
    (tmp_path / "a.json").write_text(json.dumps({"title": "Kalin: a grave mistake", "published": "2020-12-14"}))
    monkeypatch.setenv("QUOTES_DB", db_url)
    assert main(["ingest", "-q", str(tmp_path)]) == 0
    assert main(["show", "1"]) == 0
    out = capsys.readouterr().out
    assert "date:       2020-12-14, from the source's metadata\n" in out
    assert "title from: the source's metadata\n" in out
    assert main(["export", "--csv", "-"]) == 0
    row = next(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (row["published"], row["dated_by"], row["titled_by"]) == ("2020-12-14", "metadata", "metadata")


def test_a_migration_judges_what_an_older_quotes_stored_by_the_text():
    from quotes.store.sources import guess_title, stored_provenance

    text = (Path(__file__).parents[1] / "seeds" / "000_ea731dc59f6929ed.txt").read_text(encoding="utf-8")
    first_line = text.splitlines()[0].strip()
    # the sanctions' date, the first date in its body: the old rule's guess
    assert stored_provenance(text, date(2020, 12, 14), None) == ("text", None)
    # a date the text does not give came from the source (a sidecar, a feed)
    assert stored_provenance(text, date(2020, 12, 16), "Demir: second S-400 regiment") == ("metadata", "metadata")
    assert stored_provenance(text, None, guess_title(text)) == (None, "text")  # its first line, shortened
    assert stored_provenance(text, None, first_line[:100]) == (None, "metadata")  # no line of it
    assert stored_provenance("Ankara\n\n17 December 2020\n\nText.", date(2020, 12, 17), "Text.") == ("dateline", "text")
