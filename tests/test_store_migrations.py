"""Schema migrations, tested on a database made by schema version 1 (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from quotes import QuoteDB
from quotes.store.engine import open_backend
from quotes.store.migrations import SCHEMA_VERSION, SchemaError, ensure_schema

MEASURES = "Turkey and Russia are taking many measures, whether with the S-400 or other areas of the defense industry."
REFRAIN = "will not refrain from taking measures it considers necessary for ensuring its national security"

# What quotes wrote for schema version 1, verbatim.
V1_TABLES = """
CREATE TABLE meta (key VARCHAR NOT NULL PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE documents (id {pk}, sha256 VARCHAR NOT NULL UNIQUE, path VARCHAR, url VARCHAR, outlet VARCHAR,
  title VARCHAR, published DATE, ingested {ts} NOT NULL, parser_version VARCHAR, text TEXT NOT NULL);
CREATE INDEX ix_documents_outlet ON documents (outlet);
CREATE TABLE speakers (id {pk}, name VARCHAR NOT NULL UNIQUE, kind VARCHAR NOT NULL, folded VARCHAR NOT NULL);
CREATE INDEX ix_speakers_folded ON speakers (folded);
CREATE TABLE aliases (id {pk}, speaker_id INTEGER NOT NULL REFERENCES speakers (id), alias VARCHAR NOT NULL,
  folded VARCHAR NOT NULL);
CREATE INDEX ix_aliases_folded ON aliases (folded);
CREATE TABLE statements (id {pk}, speaker_id INTEGER REFERENCES speakers (id), key TEXT NOT NULL,
  key_hash BIGINT NOT NULL, text TEXT NOT NULL);
CREATE INDEX ix_statements_key_hash ON statements (key_hash);
CREATE TABLE quotes (id {pk}, document_id INTEGER NOT NULL REFERENCES documents (id),
  statement_id INTEGER REFERENCES statements (id), speaker_id INTEGER REFERENCES speakers (id), text TEXT NOT NULL,
  start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, kind VARCHAR NOT NULL, mention VARCHAR,
  mention_start INTEGER, mention_end INTEGER, cue VARCHAR, via VARCHAR, method VARCHAR, confidence FLOAT NOT NULL,
  utterance INTEGER NOT NULL, published DATE, outlet VARCHAR, search_text TEXT NOT NULL,
  search_speaker TEXT DEFAULT '' NOT NULL);
CREATE INDEX ix_quotes_speaker_published ON quotes (speaker_id, published);
CREATE INDEX ix_quotes_outlet_published ON quotes (outlet, published);
CREATE INDEX ix_quotes_published ON quotes (published);
CREATE INDEX ix_quotes_statement_document ON quotes (statement_id, document_id);
CREATE INDEX ix_quotes_document_start ON quotes (document_id, start_char)
"""
V1_FTS = {
    "sqlite": [
        "CREATE VIRTUAL TABLE quotes_fts USING fts5(search_text, search_speaker, content='quotes',"
        " content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
        "CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN INSERT INTO quotes_fts(rowid, search_text,"
        " search_speaker) VALUES (new.id, new.search_text, new.search_speaker); END",
        "CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN INSERT INTO quotes_fts(quotes_fts, rowid,"
        " search_text, search_speaker) VALUES ('delete', old.id, old.search_text, old.search_speaker); END",
        "CREATE TRIGGER quotes_fts_update AFTER UPDATE OF search_text, search_speaker ON quotes BEGIN"
        " INSERT INTO quotes_fts(quotes_fts, rowid, search_text, search_speaker)"
        " VALUES ('delete', old.id, old.search_text, old.search_speaker);"
        " INSERT INTO quotes_fts(rowid, search_text, search_speaker)"
        " VALUES (new.id, new.search_text, new.search_speaker); END",
    ],
    "postgres": [
        "ALTER TABLE quotes ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
        "setweight(to_tsvector('simple', search_text), 'A') || setweight(to_tsvector('simple', search_speaker), 'B'))"
        " STORED",
        "CREATE INDEX ix_quotes_search_vector ON quotes USING GIN (search_vector)",
    ],
}
V1_ROWS = [
    "INSERT INTO meta (key, value) VALUES ('schema_version', '1')",
    "INSERT INTO documents (id, sha256, path, outlet, title, published, ingested, text) VALUES"
    " (1, 'v1-doc', 'old/article.txt', 'Old Outlet', 'An old article', '2021-09-20', '2021-09-21 10:00:00',"
    " :text)",
    "INSERT INTO speakers (id, name, kind, folded) VALUES (1, 'Recep Tayyip Erdogan', 'person', 'recep tayyip erdogan')",
    "INSERT INTO aliases (id, speaker_id, alias, folded) VALUES (1, 1, 'Erdoğan', 'erdogan')",
    "INSERT INTO statements (id, speaker_id, key, key_hash, text) VALUES (1, 1, :key, :hash, :measures)",
    "INSERT INTO quotes (id, document_id, statement_id, speaker_id, text, start_char, end_char, kind, mention,"
    " confidence, utterance, published, outlet, search_text, search_speaker) VALUES (1, 1, 1, 1, :measures, 9,"
    " :end, 'direct', 'Erdogan', 0.9, 0, '2021-09-20', 'Old Outlet', :key, 'recep tayyip erdogan')",
]


def make_v1(url: str) -> None:
    from quotes.store.statements import key_hash, statement_key

    b = open_backend(url)
    ddl = V1_TABLES.format(
        pk="INTEGER NOT NULL PRIMARY KEY" if b.name == "sqlite" else "SERIAL PRIMARY KEY",
        ts="DATETIME" if b.name == "sqlite" else "TIMESTAMP",
    )
    key = statement_key(MEASURES)
    params = {"text": f'Erdogan: "{MEASURES}"', "key": key, "hash": key_hash(key), "measures": MEASURES,
              "end": 9 + len(MEASURES)}
    with b.transaction():
        for stmt in [*ddl.split(";"), *V1_FTS[b.name]]:
            b.execute(stmt)
        for stmt in V1_ROWS:
            b.execute(stmt, {k: v for k, v in params.items() if f":{k}" in stmt})
        if b.name == "postgres":
            for table in ("documents", "speakers", "aliases", "statements", "quotes"):
                b.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))")
    b.close()


def _index_names(b) -> set[str]:
    return {r[0] for r in b.rows("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}


def test_a_version_1_database_is_migrated_and_keeps_its_data(db_url, seeds):
    make_v1(db_url)
    with QuoteDB(db_url) as db:
        old = db.get(1)
        assert old is not None and old.text == MEASURES and old.outlet == "Old Outlet"
        assert [r.id for r in db.search("many measures")] == [1]
        assert [r.id for r in db.search(speaker="Erdoğan")] == [1]
        assert [(s.name, s.quotes, s.documents) for s in db.speakers()] == [("Recep Tayyip Erdogan", 1, 1)]
        assert dict(db.facets().outlets) == {"Old Outlet": 1} and db.count() == 1
        assert db.context(1).paragraph == f'Erdogan: "{MEASURES}"'

        # New articles link to the migrated statement: exactly, and through the blocks the migration filled.
        report = db.ingest([seeds])
        assert report.ok
        taking = [r for r in db.search("taking many", limit=100) if "taking many" in r.text]
        assert len(taking) == 3 and {r.statement_id for r in taking} == {1}
        assert {r.document_id for r in taking} == {1, taking[-1].document_id}


def test_a_migrated_schema_equals_a_fresh_one(db_url, tmp_path):
    from quotes.store import tables

    make_v1(db_url)
    QuoteDB(db_url).close()
    b = open_backend(db_url)
    try:
        assert b.scalar("SELECT value FROM meta WHERE key = 'schema_version'") == str(SCHEMA_VERSION)
        for table in tables.metadata.sorted_tables:
            expected = {c.name for c in table.columns}
            if table.name == "quotes" and b.name == "postgres":
                expected.add("search_vector")
            assert set(b.columns(table.name)) == expected, table.name
        if b.name == "sqlite":
            fresh = open_backend(str(tmp_path / "fresh.sqlite"))
            ensure_schema(fresh)
            assert _index_names(b) == _index_names(fresh)
            fresh.close()
            assert b.scalar("SELECT 1 FROM sqlite_master WHERE name = 'quotes_fts_insert'") is None  # v8
    finally:
        b.close()


def test_a_database_from_a_newer_quotes_is_refused(db_url):
    QuoteDB(db_url).close()
    b = open_backend(db_url)
    b.execute("UPDATE meta SET value = :v WHERE key = 'schema_version'", {"v": str(SCHEMA_VERSION + 1)})
    b.close()
    with pytest.raises(SchemaError, match="upgrade quotes"):
        QuoteDB(db_url)


def test_opening_twice_migrates_once(db_url):
    make_v1(db_url)
    QuoteDB(db_url).close()
    with QuoteDB(db_url) as db:
        assert db.count() == 1


def _sqlite_schema(path) -> set[tuple[str, str, str]]:
    b = open_backend(str(path))
    try:
        rows = b.rows("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL")
    finally:
        b.close()
    return {(t, n, " ".join(s.split()).replace("( ", "(").replace(" )", ")")) for t, n, s in rows}


def test_a_new_sqlite_database_gets_the_tables_of_tables_py_without_sqlalchemy(tmp_path) -> None:
    from quotes.store.migrations import create_schema, create_tables

    fast = open_backend(str(tmp_path / "fast.sqlite"))
    create_schema(fast)
    fast.close()
    reference = open_backend(str(tmp_path / "reference.sqlite"))
    create_tables(reference)
    reference.close()
    made = _sqlite_schema(tmp_path / "fast.sqlite")
    assert {r for r in made if not r[1].startswith("quotes_fts")} == _sqlite_schema(tmp_path / "reference.sqlite")
    assert {"quotes_fts", "quotes_fts_delete", "quotes_fts_update"} <= {n for _, n, _ in made}
