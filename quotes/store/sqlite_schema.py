"""The SQLite tables and indexes of a new database, as SQL (no SQLAlchemy import: 0.4 s less to create one).

This is what ``tables.metadata.create_all`` emits for SQLite, whitespace aside;
``tests/test_store_migrations.py`` checks that they stay the same. PostgreSQL
databases are still created from ``tables.py``.
"""

from __future__ import annotations

__all__ = ["TABLES_DDL", "SUPERSEDED_QUOTES_DDL"]

SUPERSEDED_QUOTES_DDL = (
    'CREATE TABLE superseded_quotes (id INTEGER NOT NULL, document_id INTEGER NOT NULL, statement_id INTEGER,'
    ' speaker_id INTEGER, text TEXT NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,'
    ' kind VARCHAR NOT NULL, mention VARCHAR, mention_start INTEGER, mention_end INTEGER, cue VARCHAR,'
    ' via VARCHAR, method VARCHAR, confidence FLOAT NOT NULL, utterance INTEGER NOT NULL,'
    ' parser_version VARCHAR, published DATE, outlet VARCHAR, search_text TEXT NOT NULL,'
    " search_speaker TEXT DEFAULT '' NOT NULL, PRIMARY KEY (id))"
)

TABLES_DDL = (
    'CREATE TABLE meta ("key" VARCHAR NOT NULL, value VARCHAR NOT NULL, PRIMARY KEY ("key"))',
    (
        'CREATE TABLE documents (id INTEGER NOT NULL, sha256 VARCHAR NOT NULL, path VARCHAR, url VARCHAR,'
        ' outlet VARCHAR, title VARCHAR, published DATE, ingested DATETIME NOT NULL, parser_version VARCHAR,'
        ' text TEXT NOT NULL, dated_by VARCHAR, titled_by VARCHAR, superseded_by INTEGER, PRIMARY KEY (id),'
        ' UNIQUE (sha256))'
    ),
    'CREATE INDEX ix_documents_outlet ON documents (outlet)',
    (
        'CREATE TABLE publications (id INTEGER NOT NULL, document_id INTEGER NOT NULL, match_key VARCHAR NOT NULL,'
        ' outlet VARCHAR, url VARCHAR, path VARCHAR, title VARCHAR, published DATE, dated_by VARCHAR,'
        ' titled_by VARCHAR, PRIMARY KEY (id),'
        ' UNIQUE (document_id, match_key), FOREIGN KEY(document_id) REFERENCES documents (id))'
    ),
    'CREATE INDEX ix_publications_path ON publications (path)',
    'CREATE INDEX ix_publications_url ON publications (url)',
    (
        'CREATE TABLE speakers (id INTEGER NOT NULL, name VARCHAR NOT NULL, kind VARCHAR NOT NULL,'
        " folded VARCHAR NOT NULL, quotes INTEGER DEFAULT '0' NOT NULL,"
        " documents INTEGER DEFAULT '0' NOT NULL, PRIMARY KEY (id), UNIQUE (name))"
    ),
    'CREATE INDEX ix_speakers_quotes ON speakers (quotes)',
    'CREATE INDEX ix_speakers_folded ON speakers (folded)',
    (
        'CREATE TABLE facet_counts (facet VARCHAR NOT NULL, value VARCHAR NOT NULL, n BIGINT NOT NULL,'
        ' PRIMARY KEY (facet, value))'
    ),
    (
        'CREATE TABLE aliases (id INTEGER NOT NULL, speaker_id INTEGER NOT NULL, alias VARCHAR NOT NULL,'
        ' folded VARCHAR NOT NULL, PRIMARY KEY (id), FOREIGN KEY(speaker_id) REFERENCES speakers (id))'
    ),
    'CREATE INDEX ix_aliases_folded ON aliases (folded)',
    (
        'CREATE TABLE statements (id INTEGER NOT NULL, speaker_id INTEGER, "key" TEXT NOT NULL,'
        " key_hash BIGINT NOT NULL, text TEXT NOT NULL, sources INTEGER DEFAULT '0' NOT NULL,"
        ' PRIMARY KEY (id), FOREIGN KEY(speaker_id) REFERENCES speakers (id))'
    ),
    'CREATE INDEX ix_statements_key_hash ON statements (key_hash)',
    (
        'CREATE TABLE statement_blocks (block BIGINT NOT NULL, statement_id INTEGER NOT NULL,'
        ' PRIMARY KEY (block, statement_id), FOREIGN KEY(statement_id) REFERENCES statements (id))'
    ),
    (
        'CREATE TABLE quotes (id INTEGER NOT NULL, document_id INTEGER NOT NULL, statement_id INTEGER,'
        ' speaker_id INTEGER, text TEXT NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,'
        ' kind VARCHAR NOT NULL, mention VARCHAR, mention_start INTEGER, mention_end INTEGER, cue VARCHAR,'
        ' via VARCHAR, method VARCHAR, confidence FLOAT NOT NULL, utterance INTEGER NOT NULL,'
        ' parser_version VARCHAR, published DATE, outlet VARCHAR, search_text TEXT NOT NULL,'
        " search_speaker TEXT DEFAULT '' NOT NULL, PRIMARY KEY (id),"
        ' FOREIGN KEY(document_id) REFERENCES documents (id),'
        ' FOREIGN KEY(statement_id) REFERENCES statements (id),'
        ' FOREIGN KEY(speaker_id) REFERENCES speakers (id))'
    ),
    'CREATE INDEX ix_quotes_speaker_published ON quotes (speaker_id, published, kind, outlet)',
    'CREATE INDEX ix_quotes_published ON quotes (published, kind, speaker_id, outlet)',
    'CREATE INDEX ix_quotes_facets ON quotes (id, speaker_id, kind, outlet, published)',
    'CREATE INDEX ix_quotes_statement_document ON quotes (statement_id, document_id)',
    'CREATE INDEX ix_quotes_document_start ON quotes (document_id, start_char)',
    'CREATE INDEX ix_quotes_outlet_published ON quotes (outlet, published, kind, speaker_id)',
    SUPERSEDED_QUOTES_DDL,
    'CREATE INDEX ix_superseded_quotes_document ON superseded_quotes (document_id)',
)
