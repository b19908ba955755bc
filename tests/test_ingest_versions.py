"""An article edited and ingested again (a typo fixed, a live story updated) from the same file path or
URL is a new version of it: the newer text supersedes the older one in searches, counts, facets,
statements' sources, variants and exports, and the old version stays as history (``get``, ``versions``,
``quotes show``). It used to be a second document: every quote of the story showed twice and each
statement said "reported by 2 sources" (S8-7 only warned). On SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
from pathlib import Path

from quotes import QuoteDB
from quotes.cli import main
from quotes.store.stats import recompute

STORY = (
    "Turkey says it will not retreat on S-400\n\n"
    '"We will never back down," Foreign Minister Mevlut Cavusoglu said on Monday.\n'
    '"The sanctions are a mistake that will harm our alliance," he added.\n'
)
EDITED = STORY.replace("will not retreat", "will not retreat, minister says")


def _notes(db: QuoteDB, path: Path) -> list[str]:
    report = db.ingest(path)
    assert report.ok, report.failed
    return [f"{w.path}: {w.reason}" for w in report.warnings]


def _totals(db: QuoteDB) -> dict[str, list[tuple]]:
    b = db._b
    return {
        "statements": b.rows("SELECT id, sources FROM statements ORDER BY id"),
        "speakers": b.rows("SELECT id, quotes, documents FROM speakers ORDER BY id"),
        "facets": b.rows("SELECT facet, value, n FROM facet_counts WHERE n <> 0 ORDER BY facet, value"),
    }


def _assert_totals_are_exact(db: QuoteDB) -> None:
    """The running totals equal the totals recomputed from the (current) quotes."""
    kept = _totals(db)
    with db._b.transaction():
        recompute(db._b)
    assert kept == _totals(db)


def test_an_edited_article_supersedes_its_old_version_which_stays_as_history(db_url: str, tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    with QuoteDB(db_url) as db:
        assert _notes(db, story) == []
        first = {q.id: q for q in db.search(limit=None)}
        before = (db.count(), db.facets(), db.speakers(), db.count("sanctions"), db.facets("mistake"))
        story.write_text(EDITED)
        assert _notes(db, story) == [
            f"{story}: a new version of document 1, stored from the same place: document 1 is kept as history,"
            " out of searches and counts (quotes versions 2)"
        ]
        assert _notes(db, story) == []  # the same text again: nothing to do
        (q,) = db.search('"never back down"')
        assert (q.document_id, q.sources) == (2, 1)  # one source: it was 2, the same story counted twice
        assert (db.count(), db.facets(), db.speakers(), db.count("sanctions"), db.facets("mistake")) == before
        assert len(db.variants(q.id)) == 1 and len(list(db.iter_quotes())) == len(first)
        out = io.StringIO()
        assert db.export_csv(out) == len(first) and "minister says" in out.getvalue()
        _assert_totals_are_exact(db)

        # the old version is history: its quotes are found by id, and say what replaced them
        old = db.get(min(first))
        assert old is not None and (old.document_id, old.superseded_by) == (1, 2) and old.text == first[old.id].text
        assert old.text in db.context(old.id).paragraph
        assert db.get(q.id) is not None and db.get(q.id).superseded_by is None
        assert [(v.document_id, v.superseded_by, v.quotes, v.current) for v in db.versions(1)] == [
            (1, 2, 2, False), (2, None, 2, True),
        ]
        assert db.versions(2) == db.versions(1) and db.versions(99) == []

        other = tmp_path / "other.txt"  # another file: another report, nothing superseded
        other.write_text(STORY.replace("Monday", "Tuesday"))
        assert _notes(db, other) == [] and [v.document_id for v in db.versions(3)] == [3]


def test_an_old_version_ingested_again_is_current_again_and_no_version_is_lost(db_url: str, tmp_path: Path):
    story = tmp_path / "story.txt"
    with QuoteDB(db_url) as db:
        for text in (STORY, EDITED):
            story.write_text(text)
            db.ingest(story)
        story.write_text(STORY)  # the edit reverted
        assert _notes(db, story) == [
            f"{story}: a version stored before (document 1) again: it is current again, document 2 kept as history"
            " (quotes versions 1)"
        ]
        assert [(v.document_id, v.superseded_by) for v in db.versions(1)] == [(1, None), (2, 1)]
        assert {q.document_id for q in db.search(limit=None)} == {1} and db.count() == 2
        _assert_totals_are_exact(db)
        # new quotes never take the ids of an old version's (SQLite gives a new row the largest id plus one)
        history = [(h.text, h.document_id, h.start, h.superseded_by) for i in (3, 4) if (h := db.get(i))]
        assert [h[1:] for h in history] == [(2, 58, 1), (2, 135, 1)]
        later = tmp_path / "later.txt"
        later.write_text(STORY.replace("Monday", "Friday"))
        db.ingest(later)
        assert [(h.text, h.document_id, h.start, h.superseded_by) for i in (3, 4) if (h := db.get(i))] == history
        assert min(q.id for q in db.search(limit=None) if q.document_id == 3) == 5
        story.write_text(EDITED)
        assert _notes(db, story) == [
            f"{story}: a version stored before (document 2) again: it is current again, document 1 kept as history"
            " (quotes versions 2)"
        ]
        assert [(v.document_id, v.superseded_by) for v in db.versions(1)] == [(1, 2), (2, None)]
        _assert_totals_are_exact(db)
        if db.backend == "sqlite":
            db._b.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")


def test_a_feed_line_is_a_version_of_an_earlier_one_by_its_url_not_its_line_number(db_url: str, tmp_path: Path):
    feed = tmp_path / "feed.jsonl"

    def edition(*items: tuple[str, str | None]) -> Path:
        feed.write_text("".join(json.dumps({"text": t, **({"url": u} if u else {})}) + "\n" for t, u in items))
        return feed

    with QuoteDB(db_url) as db:
        assert _notes(db, edition((STORY, "https://example.org/s400"), (STORY.replace("Monday", "noon"), None))) == []
        updated = STORY.replace("said on Monday", "said on Monday, repeating his stance")
        other = STORY.replace("Monday", "Friday")
        assert _notes(db, edition((other, None), (updated, "https://example.org/s400"))) == [
            f"{feed}:2: a new version of document 1, stored from the same place: document 1 is kept as history,"
            " out of searches and counts (quotes versions 4)"
        ]
        assert sorted({q.document_id for q in db.search("sanctions", limit=None)}) == [2, 3, 4]


def test_copies_of_a_superseded_version_leave_every_count_with_it(db_url: str, tmp_path: Path, seeds: Path):
    """A wire story carried by another outlet in another year, then updated at its URL: the other
    outlet's and year's counts and the statements' sources go with the old version, and come back with it."""
    url = "https://wire.example/s400"
    feed = tmp_path / "wire.jsonl"

    def ingest(*lines: dict) -> list[str]:
        feed.write_text("".join(json.dumps(line) + "\n" for line in lines))
        return _notes(db, feed)

    with QuoteDB(db_url) as db:
        db.ingest(seeds)
        ingest({"text": STORY, "outlet": "Wire", "url": url, "date": "2020-12-14"},
               {"text": STORY, "outlet": "Daily", "url": "https://daily.example/1", "date": "2021-01-05"})
        assert dict(db.facets().outlets)["Daily"] == 2 and dict(db.facets().years)[2021] == 2
        _assert_totals_are_exact(db)
        assert ingest({"text": EDITED, "outlet": "Wire", "url": url, "date": "2020-12-15"})
        assert "Daily" not in dict(db.facets().outlets) and 2021 not in dict(db.facets().years)
        assert db.count(outlet="Daily") == 0 and db.facets("sanctions", outlet="Wire").kinds
        _assert_totals_are_exact(db)
        ingest({"text": STORY, "outlet": "Wire", "url": url, "date": "2020-12-14"})  # reverted
        assert dict(db.facets().outlets)["Daily"] == 2 and dict(db.facets().years)[2021] == 2
        assert db.count(outlet="Daily") == 2 and dict(db.facets("sanctions").outlets)["Daily"] == 1
        _assert_totals_are_exact(db)


def test_reparse_leaves_old_versions_as_they_were(db_url: str, tmp_path: Path):
    story = tmp_path / "story.txt"
    with QuoteDB(db_url) as db:
        for text in (STORY, EDITED):
            story.write_text(text)
            db.ingest(story)
        old = [db.get(i) for i in (1, 2)]
        count = db.count()
        report = db.reparse()
        assert report.documents == 1 and db.count() == count
        assert [db.get(i) for i in (1, 2)] == old  # their statements too
        assert all(db._b.scalar("SELECT id FROM statements WHERE id = :s", {"s": q.statement_id}) for q in old)
        _assert_totals_are_exact(db)


def test_quotes_show_and_quotes_versions_tell_an_old_version_from_the_current_one(
    tmp_path: Path, capsys
):
    story = tmp_path / "story.txt"
    db = str(tmp_path / "q.sqlite")
    for text in (STORY, EDITED):
        story.write_text(text)
        assert main(["ingest", str(story), "--db", db]) == 0
    capsys.readouterr()
    assert main(["show", "1", "--db", db]) == 0
    out = capsys.readouterr().out
    assert ("superseded: by document 2, a later version of the article: this quote is kept as history, in no search"
            " or count (quotes versions 1)") in out
    assert main(["show", "3", "--db", db]) == 0
    assert "versions:   2 of this article are stored, this one is current (quotes versions 2)" in capsys.readouterr().out
    assert main(["versions", "2", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{story}: 2 versions, document 2 current"
    words = [line.split() for line in lines[1:]]
    assert [w[:2] + w[4:] for w in words] == [
        ["#1", "ingested", "superseded", "by", "2", "2", "quotes", *"Turkey says it will not retreat on S-400".split()],
        ["#2", "ingested", "current", "2", "quotes", *"Turkey says it will not retreat, minister says on S-400".split()],
    ]
    assert main(["versions", "7", "--db", db]) == 1
    assert capsys.readouterr().err == "quotes versions: no document with id 7\n"


def test_a_schema_10_database_holding_two_versions_is_classified_at_migration(db_url: str, tmp_path: Path):
    """A database of schema 10 kept both versions current (and warned): opening it supersedes the older one."""
    from quotes.store.engine import open_backend

    story, draft = tmp_path / "story.txt", tmp_path / "draft.txt"
    story.write_text(STORY)
    draft.write_text(EDITED)
    with QuoteDB(db_url) as db:
        db.ingest(story)
        db.ingest(draft)
        assert db.count() == 4 and db.search('"never back down"')[0].sources == 2
    b = open_backend(db_url)  # what schema 10 stored for the same story ingested twice from story.txt
    with b.transaction():
        for table in ("documents", "publications"):
            b.execute(f"UPDATE {table} SET path = :p WHERE path = :d", {"p": str(story), "d": str(draft)})
        b.execute("DROP TABLE superseded_quotes")
        b.execute("DROP INDEX ix_publications_path")
        b.execute("DROP INDEX ix_publications_url")
        b.execute("ALTER TABLE documents DROP COLUMN superseded_by")
        b.execute("UPDATE meta SET value = '10' WHERE key = 'schema_version'")
    b.close()
    with QuoteDB(db_url) as db:
        assert [(v.document_id, v.superseded_by) for v in db.versions(1)] == [(1, 2), (2, None)]
        (q,) = db.search('"never back down"')
        assert (q.document_id, q.sources, db.count()) == (2, 1, 2)
        assert db.get(1) is not None and db.get(1).superseded_by == 2
        _assert_totals_are_exact(db)


def test_another_article_stored_from_a_reused_place_is_kept_current_beside_the_first(
    db_url: str, tmp_path: Path, seeds: Path
):
    """A journalist saves one article after another to ``tmp.txt``: each used to replace the last, so
    yesterday's article left every search. Two articles on the S-400 purchase (001 rewrites 000's wire
    report: half their text is shared) are two articles; a correction appended to one is its version."""
    first, second = (p.read_text() for p in sorted(seeds.glob("00[01]_*.txt")))
    scratch = tmp_path / "tmp.txt"
    with QuoteDB(db_url) as db:
        scratch.write_text(first)
        assert _notes(db, scratch) == []
        one = db.count()
        scratch.write_text(second)
        assert _notes(db, scratch) == [
            f"{scratch}: stored from the place of document 1, but another article: both kept current"
        ]
        both = db.count()
        assert one < both and {q.document_id for q in db.search(limit=None)} == {1, 2}
        assert [(v.document_id, v.current) for v in db.versions(1)] == [(1, True)]
        assert [(v.document_id, v.current) for v in db.versions(2)] == [(2, True)]
        _assert_totals_are_exact(db)

        scratch.write_text(second + "\nCorrection: an earlier version of this article misspelt a name.\n")
        assert _notes(db, scratch) == [  # (document 1 is another article there: nothing to say)
            f"{scratch}: a new version of document 2, stored from the same place: document 2 is kept as history,"
            " out of searches and counts (quotes versions 3)",
        ]
        assert db.count() == both and {q.document_id for q in db.search(limit=None)} == {1, 3}
        assert [(v.document_id, v.superseded_by) for v in db.versions(3)] == [(2, 3), (3, None)]
        scratch.write_text(first)  # the first article again: it is current, the other article is not its version
        assert _notes(db, scratch) == [] and {q.document_id for q in db.search(limit=None)} == {1, 3}
        scratch.write_text(second)  # the correction withdrawn: the second article's old text is current again
        assert _notes(db, scratch) == [
            f"{scratch}: a version stored before (document 2) again: it is current again, document 3 kept as history"
            " (quotes versions 2)"
        ]
        assert {q.document_id for q in db.search(limit=None)} == {1, 2} and db.count() == both
        assert [(v.document_id, v.superseded_by) for v in db.versions(1)] == [(1, None)]
        scratch.write_text(next(seeds.glob("003_*.txt")).read_text())
        assert _notes(db, scratch) == [
            f"{scratch}: stored from the place of documents 1 and 2, but another article: all kept current"
        ]
        assert {q.document_id for q in db.search(limit=None)} == {1, 2, 4}
        _assert_totals_are_exact(db)


def test_the_migration_supersedes_only_versions_at_a_reused_place(db_url: str, tmp_path: Path, seeds: Path):
    """Schema 10 kept every text current; the schema 11 migration classifies them as an ingest would:
    another article stored from the same path stays current, an edited version supersedes its original."""
    from quotes.store.engine import open_backend

    story = tmp_path / "story.txt"
    with QuoteDB(db_url) as db:
        for i, text in enumerate((STORY, next(seeds.glob("000_*.txt")).read_text(), EDITED)):
            (tmp_path / f"{i}.txt").write_text(text)
            db.ingest(tmp_path / f"{i}.txt")
    b = open_backend(db_url)
    with b.transaction():
        for table in ("documents", "publications"):
            b.execute(f"UPDATE {table} SET path = :p", {"p": str(story)})
        b.execute("DROP TABLE superseded_quotes")
        b.execute("DROP INDEX ix_publications_path")
        b.execute("DROP INDEX ix_publications_url")
        b.execute("ALTER TABLE documents DROP COLUMN superseded_by")
        b.execute("UPDATE meta SET value = '10' WHERE key = 'schema_version'")
    b.close()
    with QuoteDB(db_url) as db:
        assert [(v.document_id, v.superseded_by) for v in db.versions(1)] == [(1, 3), (3, None)]
        assert [(v.document_id, v.superseded_by) for v in db.versions(2)] == [(2, None)]
        assert {q.document_id for q in db.search(limit=None)} == {2, 3}
        _assert_totals_are_exact(db)
