"""Schema creation and versioned migrations.

A new database gets the SQLModel tables (``tables.py``) plus the full-text
index, stamped with ``SCHEMA_VERSION``. An older one is migrated step by step,
each step in its own transaction. Opening an up-to-date database runs one
query and imports nothing heavy.

History:
  1. documents, speakers, aliases, statements, quotes, meta; full-text index.
  2. near-duplicate blocking table ``statement_blocks`` (filled from the
     statements), ``quotes.parser_version``; on SQLite the full-text insert
     trigger lets an ingest batch index its rows in bulk.
  3. running totals: ``speakers.quotes``/``speakers.documents`` and the
     ``facet_counts`` table (see ``stats.py``); the filter indexes carry the
     facet columns.
  4. ``statements.sources``: a running total of the documents reporting it.
  5. near-duplicate blocks from pairs of words (blocks of single words grew
     with the corpus); recomputed from every stored wording.
  6. PostgreSQL: the date indexes put undated quotes first, so that read
     backwards they give "newest first, undated last" as SQLite's do.
  7. blocks keyed by the speaker's name (workers compute them with the
     parse), recomputed; ``ix_quotes_facets``, a narrow covering index for
     the facets and counts of full-text matches.
  8. SQLite: no insert trigger on ``quotes``; whoever inserts quotes indexes
     them (see ``index_quotes_after``). Even a trigger whose WHEN clause is
     false tripled the cost of inserting a quote row.
  9. ``publications``: every place a stored text was published (a wire story
     carried by several outlets is one document); filled with each document's
     own metadata. ``statements.sources`` counts publications.
 10. ``dated_by``/``titled_by`` on documents and publications: where the date
     and title came from (``quotes.provenance``), so that a reparse derives
     again what was guessed from the text; judged from the text for what
     was stored before (``sources.stored_provenance``).
 11. versions: ``documents.superseded_by`` and ``superseded_quotes`` (an older text from the
     same file path or URL, of which a later text is a version, is kept as history, out of searches
     and counts), indexes on the publications' paths and URLs; the documents a later version from
     their place replaced superseded as an ingest would have (``versions.py``; another article
     stored from a reused place stays current: ``same_article.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from .engine import Backend, SqliteBackend

__all__ = [
    "SCHEMA_VERSION", "SchemaError", "ensure_schema", "schema_version", "MIGRATIONS", "index_quotes_after",
    "last_quote_id",
]

SCHEMA_VERSION = 11

_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5("
    "search_text, search_speaker, content='quotes', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN"
    " INSERT INTO quotes_fts(quotes_fts, rowid, search_text, search_speaker)"
    " VALUES ('delete', old.id, old.search_text, old.search_speaker); END",
    "CREATE TRIGGER IF NOT EXISTS quotes_fts_update AFTER UPDATE OF search_text, search_speaker ON quotes BEGIN"
    " INSERT INTO quotes_fts(quotes_fts, rowid, search_text, search_speaker)"
    " VALUES ('delete', old.id, old.search_text, old.search_speaker);"
    " INSERT INTO quotes_fts(rowid, search_text, search_speaker)"
    " VALUES (new.id, new.search_text, new.search_speaker); END",
]

_POSTGRES_FTS = [
    "ALTER TABLE quotes ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('simple', search_text), 'A')"
    " || setweight(to_tsvector('simple', search_speaker), 'B')) STORED",
    "CREATE INDEX IF NOT EXISTS ix_quotes_search_vector ON quotes USING GIN (search_vector)",
]


class SchemaError(RuntimeError):
    """The database was made by a newer quotes, or is not a quotes database."""


def fts_ddl(backend: Backend) -> list[str]:
    return _SQLITE_FTS if backend.name == "sqlite" else _POSTGRES_FTS


def schema_version(backend: Backend) -> int | None:
    """The stamped version; None for an empty database (SchemaError for one that holds other tables)."""
    tables = {t for t in backend.table_names() if not t.startswith("sqlite_")}
    if "meta" not in tables:
        if tables:  # another program's database (a mistyped path): creating ours in it would change it
            shown = ", ".join(sorted(tables)[:3]) + (", ..." if len(tables) > 3 else "")
            raise SchemaError(
                f"{backend.url} is not a quotes database: it holds other tables ({shown}) and is left as it is"
            )
        return None
    value = backend.scalar("SELECT value FROM meta WHERE key = 'schema_version'")
    return int(value) if value is not None else None


def _stamp(backend: Backend, version: int) -> None:
    backend.execute("DELETE FROM meta WHERE key = 'schema_version'")
    backend.execute("INSERT INTO meta (key, value) VALUES ('schema_version', :v)", {"v": str(version)})


def create_schema(backend: Backend) -> None:
    """Create every table of the current version in an empty database."""
    if backend.name == "sqlite":
        from .sqlite_schema import TABLES_DDL

        with backend.transaction():
            for ddl in TABLES_DDL:
                backend.execute(ddl)
            _finish_schema(backend)
        return
    create_tables(backend)
    with backend.transaction():
        _finish_schema(backend)


def create_tables(backend: Backend) -> None:
    """The tables of ``tables.py``, created by SQLAlchemy."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from . import tables

    memory = backend if isinstance(backend, SqliteBackend) and backend.path == ":memory:" else None
    if memory is not None:
        engine = create_engine("sqlite://", creator=lambda: memory.conn, poolclass=StaticPool)
    else:
        engine = create_engine(backend.sqlalchemy_url())
    try:
        ours = [t for name, t in tables.metadata.tables.items() if name in _TABLES]
        tables.metadata.create_all(engine, tables=ours)
    finally:
        if memory is None:
            engine.dispose()


def _finish_schema(backend: Backend) -> None:
    for ddl in fts_ddl(backend):
        backend.execute(ddl)
    _date_indexes(backend)
    _stamp(backend, SCHEMA_VERSION)


_TABLES = {
    "meta", "documents", "publications", "speakers", "aliases", "statements", "statement_blocks", "quotes", "facet_counts",
    "superseded_quotes",
}


# --- migrations -----------------------------------------------------------
def _v1_to_v2(backend: Backend) -> None:
    from .statements import blocks

    backend.execute(
        "CREATE TABLE statement_blocks (block BIGINT NOT NULL,"
        " statement_id INTEGER NOT NULL REFERENCES statements (id),"
        " PRIMARY KEY (block, statement_id))"
    )
    backend.execute("ALTER TABLE quotes ADD COLUMN parser_version VARCHAR")
    rows = [
        {"b": b, "s": sid}
        for sid, speaker, key in backend.rows(
            "SELECT st.id, sp.name, st.key FROM statements st LEFT JOIN speakers sp ON sp.id = st.speaker_id"
        )
        for b in blocks(key, speaker)
    ]
    if rows:
        backend.executemany(
            "INSERT INTO statement_blocks (block, statement_id) VALUES (:b, :s) ON CONFLICT DO NOTHING", rows
        )


_COVERING = {
    "ix_quotes_speaker_published": "speaker_id, published, kind, outlet",
    "ix_quotes_outlet_published": "outlet, published, kind, speaker_id",
    "ix_quotes_published": "published, kind, speaker_id, outlet",
}


def _v2_to_v3(backend: Backend) -> None:
    from .stats import recompute_counts

    backend.execute("ALTER TABLE speakers ADD COLUMN quotes INTEGER DEFAULT 0 NOT NULL")
    backend.execute("ALTER TABLE speakers ADD COLUMN documents INTEGER DEFAULT 0 NOT NULL")
    backend.execute("CREATE INDEX ix_speakers_quotes ON speakers (quotes)")
    for name, columns in _COVERING.items():
        backend.execute(f"DROP INDEX {name}")
        backend.execute(f"CREATE INDEX {name} ON quotes ({columns})")
    backend.execute(
        "CREATE TABLE facet_counts (facet VARCHAR NOT NULL, value VARCHAR NOT NULL, n BIGINT NOT NULL,"
        " PRIMARY KEY (facet, value))"
    )
    recompute_counts(backend)


def _v3_to_v4(backend: Backend) -> None:
    backend.execute("ALTER TABLE statements ADD COLUMN sources INTEGER DEFAULT 0 NOT NULL")
    backend.execute(  # one source per document (before version 9's publications)
        "UPDATE statements SET sources = c.d FROM"
        " (SELECT statement_id, COUNT(DISTINCT document_id) AS d FROM quotes"
        "  WHERE statement_id IS NOT NULL GROUP BY statement_id) AS c WHERE statements.id = c.statement_id"
    )


def _refill_blocks(backend: Backend) -> None:
    """Recompute the near-duplicate blocks from every stored wording."""
    from .statements import blocks

    backend.execute("DELETE FROM statement_blocks")
    after = 0
    while rows := backend.rows(
        "SELECT q.id, q.statement_id, sp.name, q.search_text FROM quotes q"
        " LEFT JOIN speakers sp ON sp.id = q.speaker_id"
        " WHERE q.id > :a AND q.statement_id IS NOT NULL ORDER BY q.id LIMIT 20000",
        {"a": after},
    ):
        after = rows[-1][0]
        found = {(b, sid) for _, sid, spk, key in rows for b in blocks(key, spk)}
        backend.executemany(
            "INSERT INTO statement_blocks (block, statement_id) VALUES (:b, :s) ON CONFLICT DO NOTHING",
            [{"b": b, "s": s} for b, s in found],
        )


_PG_DATE_INDEXES = {
    "ix_quotes_speaker_published": "speaker_id, published NULLS FIRST, kind, outlet",
    "ix_quotes_outlet_published": "outlet, published NULLS FIRST, kind, speaker_id",
    "ix_quotes_published": "published NULLS FIRST, kind, speaker_id, outlet",
}


def _date_indexes(backend: Backend) -> None:
    """On PostgreSQL, the date indexes in the order ``published DESC NULLS LAST`` reads backwards.

    (SQLite sorts NULL first already.)
    """
    if backend.name != "postgres":
        return
    for name, columns in _PG_DATE_INDEXES.items():
        backend.execute(f"DROP INDEX IF EXISTS {name}")
        backend.execute(f"CREATE INDEX {name} ON quotes ({columns})")


def _v6_to_v7(backend: Backend) -> None:
    _refill_blocks(backend)
    backend.execute(f"CREATE INDEX IF NOT EXISTS ix_quotes_facets ON quotes ({_FACETS_INDEX})")


_FACETS_INDEX = "id, speaker_id, kind, outlet, published"


def _v7_to_v8(backend: Backend) -> None:
    if backend.name == "sqlite":
        backend.execute("DROP TRIGGER IF EXISTS quotes_fts_insert")


def _v8_to_v9(backend: Backend) -> None:
    """The publications table, one row per document (its own metadata); the sources counts stay."""
    from .publications import insert_publications, publications_ddl

    backend.execute(publications_ddl(backend))
    after = 0
    while rows := backend.rows(
        "SELECT id, outlet, url, path, title, published, NULL, NULL FROM documents WHERE id > :a ORDER BY id LIMIT 20000",
        {"a": after},
    ):
        after = rows[-1][0]
        insert_publications(backend, rows)


def _v9_to_v10(backend: Backend) -> None:
    """Provenance columns, filled by judging each stored date and title against its text."""
    from .sources import stored_provenance

    for table in ("documents", "publications"):
        have = set(backend.columns(table))  # publications made by the version 9 step have them
        for column in ("dated_by", "titled_by"):
            if column not in have:
                backend.execute(f"ALTER TABLE {table} ADD COLUMN {column} VARCHAR")
    after = 0
    while docs := backend.rows(
        "SELECT id, SUBSTR(text, 1, 5000) FROM documents WHERE id > :a ORDER BY id LIMIT 1000", {"a": after}
    ):
        after = docs[-1][0]
        texts = dict(docs)
        for table, key in (("documents", "id"), ("publications", "document_id")):
            rows = backend.rows(
                f"SELECT id, {key}, published, title FROM {table} WHERE {key} > :lo AND {key} <= :hi",
                {"lo": docs[0][0] - 1, "hi": after},
            )
            backend.executemany_rows(
                f"UPDATE {table} SET dated_by = ?, titled_by = ? WHERE id = ?",
                [(*stored_provenance(texts[doc], _as_date(pub), title), rid) for rid, doc, pub, title in rows],
            )


def _v10_to_v11(backend: Backend) -> None:
    """Versions: the column, the history table and the place indexes; old versions superseded (by the
    rule an ingest follows: not another article stored from the same place)."""
    from .sqlite_schema import SUPERSEDED_QUOTES_DDL
    from .versions import supersede_all_earlier

    if "superseded_by" not in backend.columns("documents"):  # (a database made newer, then stamped older, has it)
        backend.execute("ALTER TABLE documents ADD COLUMN superseded_by INTEGER")
    backend.execute(SUPERSEDED_QUOTES_DDL.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", 1))
    backend.execute("CREATE INDEX IF NOT EXISTS ix_superseded_quotes_document ON superseded_quotes (document_id)")
    backend.execute("CREATE INDEX IF NOT EXISTS ix_publications_path ON publications (path)")
    backend.execute("CREATE INDEX IF NOT EXISTS ix_publications_url ON publications (url)")
    supersede_all_earlier(backend)


def _as_date(value: object) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value and not isinstance(value, date) else value  # type: ignore[return-value]


def index_quotes_after(backend: Backend, last_id: int) -> None:
    """Add the quotes with ids above ``last_id`` to the full-text index (SQLite; PostgreSQL's is a
    generated column). One statement for many rows: FTS5 writes its pending terms once."""
    if backend.name == "sqlite":
        backend.execute(
            "INSERT INTO quotes_fts (rowid, search_text, search_speaker)"
            " SELECT id, search_text, search_speaker FROM quotes WHERE id > :last",
            {"last": last_id},
        )


def last_quote_id(backend: Backend) -> int:
    return int(backend.scalar("SELECT COALESCE(MAX(id), 0) FROM quotes"))

MIGRATIONS: dict[int, Callable[[Backend], None]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _refill_blocks,
    5: _date_indexes,
    6: _v6_to_v7,
    7: _v7_to_v8,
    8: _v8_to_v9,
    9: _v9_to_v10,
    10: _v10_to_v11,
}
"""``MIGRATIONS[n]`` turns a version-n database into version n+1."""


def ensure_schema(backend: Backend) -> int:
    """Create or migrate the schema to ``SCHEMA_VERSION``; returns the version found."""
    found = schema_version(backend)
    if found == SCHEMA_VERSION:
        return found
    if found is not None and found > SCHEMA_VERSION:
        raise SchemaError(
            f"{backend.url} has schema version {found}; this quotes knows up to {SCHEMA_VERSION}: upgrade quotes"
        )
    if found is not None and getattr(backend, "read_only", False):  # upgrading it writes to it
        why, _ = getattr(backend, "read_only_reason", ("", ""))
        advice = "make it writable once (chmod u+w), or work on a copy" if why.startswith("the file") else "work on a copy"
        raise SchemaError(
            f"{backend.url} was made by an older quotes (schema {found}) and must be upgraded to schema"
            f" {SCHEMA_VERSION} before it is read, which writes to it, but it is read-only ({why}): {advice}"
        )
    with backend.schema_lock():
        found = schema_version(backend)  # again: another process may have made or migrated it meanwhile
        if found is None:
            create_schema(backend)
            return SCHEMA_VERSION
        for version in range(found, SCHEMA_VERSION):
            with backend.transaction():
                MIGRATIONS[version](backend)
                _stamp(backend, version + 1)
    return found
